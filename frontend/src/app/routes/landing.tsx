import { paths } from '../../config/paths';

const referralAgencies = ['Defense', 'State', 'Energy', 'Justice'] as const;

export function LandingRoute() {
  return (
    <>
        <h1>Clearance — interagency export license review</h1>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading">What it does</h2>
          <p>
            Clearance is a case management system for dual-use export license applications.
            Exporters submit license applications; the Bureau of Industry and Security (BIS)
            reviews each one and refers it to the Departments of{' '}
            {referralAgencies.slice(0, -1).join(', ')} and {referralAgencies.at(-1)}. Each
            reviewing agency records its position on the application, and disputes between
            agencies escalate for resolution until a final licensing decision is reached.
          </p>
        </section>

        <section aria-labelledby="tools-heading">
          <h2 id="tools-heading">Tools</h2>
          <nav aria-labelledby="tools-heading">
            <ul className="link-list">
              <li>
                <a href={paths.swaggerUi}>API documentation</a>
                <span className="link-hint">Interactive Swagger UI for the REST API</span>
              </li>
              <li>
                <a href={paths.openApiJson}>OpenAPI specification</a>
                <span className="link-hint">Machine-readable OpenAPI JSON document</span>
              </li>
              <li>
                <a href={paths.camundaCockpit}>Camunda Cockpit</a>
                <span className="link-hint">Monitor review workflows and process instances</span>
              </li>
            </ul>
          </nav>
        </section>
    </>
  );
}
