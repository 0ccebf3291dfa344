import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium';

/*
 * End-to-end tests in real headless Chromium against the production build served by `vite preview`.
 * The browser is the system's (Debian's chromium package): the test tools cannot download their own here.
 * The web server builds first, so `npx playwright test` on its own never tests a stale dist/.
 */

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // The machine has two cores and other work runs beside the tests.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    // English unless a test switches: the app follows the browser's language until the user picks one.
    locale: 'en-GB',
    timezoneId: 'Europe/Tallinn',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Never test whatever happens to be listening: the port must be free and the build fresh.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
