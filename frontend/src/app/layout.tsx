import { NavLink, Outlet } from 'react-router';

import { SignInStatus } from '../components/layouts/sign-in-status';
import { useIdentity } from '../lib/auth/identity-provider';

const STAFF_ROLES = ['ANALYST', 'REVIEWER', 'ARBITER', 'ASSESSOR', 'OC_CHAIR', 'BOARD_MEMBER', 'ADMIN'];

/** The frame of every page: skip link, header with the person's work, main content, footer. */
export function Layout() {
  const { state } = useIdentity();
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
