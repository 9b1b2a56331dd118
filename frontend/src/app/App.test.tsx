import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { App } from './App';

describe('App landing page', () => {
  it('names the product in the only level-one heading', () => {
    render(<App />);

    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('Clearance — interagency export license review');
  });

  it('describes the interagency referral process', () => {
    render(<App />);

    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/exporters submit license applications/i);
    expect(main).toHaveTextContent(/Bureau of Industry and Security/);
    for (const agency of ['Defense', 'State', 'Energy', 'Justice']) {
      expect(main).toHaveTextContent(agency);
    }
  });

  it('links to the API documentation, OpenAPI document and Camunda Cockpit', () => {
    render(<App />);

    const nav = screen.getByRole('navigation', { name: 'Tools' });
    expect(within(nav).getByRole('link', { name: 'API documentation' })).toHaveAttribute(
      'href',
      '/swagger-ui/index.html',
    );
    expect(within(nav).getByRole('link', { name: 'OpenAPI specification' })).toHaveAttribute(
      'href',
      '/v3/api-docs',
    );
    expect(within(nav).getByRole('link', { name: 'Camunda Cockpit' })).toHaveAttribute(
      'href',
      '/camunda/app/cockpit/',
    );
  });

  it('exposes banner, main and contentinfo landmarks', () => {
    render(<App />);

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });
});
