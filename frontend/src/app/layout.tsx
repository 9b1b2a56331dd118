import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

import { SignInStatus } from '../components/layouts/sign-in-status';
import { useIdentity } from '../lib/auth/identity-provider';

const STAFF_ROLES = ['ANALYST', 'REVIEWER', 'ARBITER', 'ASSESSOR', 'OC_CHAIR', 'BOARD_MEMBER', 'ADMIN'];

/** The frame of every page: skip link, header with the person's work, main content, footer. */
export function Layout() {
  const { state } = useIdentity();
  useFocusOnNavigation();
  const roles = state.status === 'signed-in' ? state.person.roles : [];
  const links: { to: string; label: string }[] = [];
  if (roles.includes('APPLICANT')) {
    links.push({ to: '/applications', label: 'Applications' }, { to: '/applications/new', label: 'New application' });
  }
  if (roles.some((role) => STAFF_ROLES.includes(role))) {
    links.push({ to: '/tasks', label: 'Task list' }, { to: '/cases', label: 'Cases' });
  }
  if (roles.includes('ANALYST')) {
    links.push({ to: '/tasks/overdue', label: 'Overdue cases' });
  }
  if (roles.includes('ADMIN')) {
    links.push({ to: '/admin', label: 'Administration' });
  }
  return (
    <>
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header-bar">
          <NavLink to="/" className="wordmark">
            Clearance
          </NavLink>
          {links.length > 0 && (
            <nav aria-label="Your work">
              <ul className="nav-list">
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end>
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <SignInStatus />
        </div>
      </header>
      <main id="main-content" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Clearance — interagency export license review</p>
        </div>
      </footer>
    </>
  );
}

/**
 * After each move to another page, the focus goes to the page's main heading (or to the field the address names
 * after its #), so that a screen reader starts at the new page's top rather than somewhere in the old one.
 */
function useFocusOnNavigation() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    if (!main) {
      return;
    }
    const target = () =>
      (location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null) ??
      main.querySelector<HTMLElement>('h1');
    const focus = (element: HTMLElement) => {
      if (element.tagName === 'H1') {
        element.setAttribute('tabindex', '-1');
      }
      element.focus();
      return true;
    };
    const found = target();
    if (found && (found.tagName !== 'H1' || !location.hash)) {
      focus(found);
      return;
    }
    // the page may still be loading: wait (a little) for what to focus
    const observer = new MutationObserver(() => {
      const element = target();
      if (element && (element.tagName !== 'H1' || !location.hash || document.getElementById(location.hash.slice(1)))) {
        observer.disconnect();
        focus(element);
      }
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => {
      observer.disconnect();
      const element = target();
      if (element) {
        focus(element);
      }
    }, 3000);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [location.pathname, location.hash, location.key]);
}
