/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths served by the Spring Boot backend. In `npm run dev` they are proxied
// to the backend so the UI can link to them with same-origin URLs.
const BACKEND = 'http://127.0.0.1:8080';
const backendPaths = ['/api', '/v3', '/swagger-ui', '/camunda', '/engine-rest'];

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    // Packaged by Maven into the jar under META-INF/resources/.
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(backendPaths.map((path) => [path, { target: BACKEND }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Spies and stubbed globals (fetch) never carry over from one test to the next.
    restoreMocks: true,
    unstubGlobals: true,
  },
});
