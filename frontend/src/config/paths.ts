/**
 * Same-origin URLs served by the Clearance Spring Boot backend.
 * In development `vite.config.ts` proxies them to the backend.
 */
export const paths = {
  swaggerUi: '/swagger-ui/index.html',
  openApiJson: '/v3/api-docs',
  camundaCockpit: '/camunda/app/cockpit/',
} as const;
