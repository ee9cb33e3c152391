import { defineConfig, devices } from '@playwright/test';

// Several suites can run side by side on one machine: E2E_PORT picks the port, and with it the data folder
// and the embedded PostgreSQL port; CLIENT_DIST_DIR (relative to the repo) picks which client build is served.
const port = Number(process.env.E2E_PORT ?? 4100);
const dataDir = `.data/e2e-${port}`;
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'nb-NO',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // With E2E_BASE_URL the tests run against a server you started yourself.
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // Playwright starts the web server before globalSetup, so the database is reset here,
        // before the server opens it: every run starts from an empty database plus demo data.
        command: `node reset-data.mjs ${dataDir} && node ../server/dist/server/src/main.js`,
        url: `http://localhost:${port}/healthz`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          DATA_DIR: dataDir, // resolved from the repository root by the server
          EMBEDDED_PG_PORT: String(50_000 + (port % 10_000)),
          ...(process.env.CLIENT_DIST_DIR ? { CLIENT_DIST_DIR: process.env.CLIENT_DIST_DIR } : {}),
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          // Event reminders and seat releases every 2 s, so a story can see them (the default is 5 minutes).
          EVENT_JOBS_SECONDS: process.env.EVENT_JOBS_SECONDS ?? '2',
        },
        // SIGTERM lets the server stop its embedded PostgreSQL cleanly.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      },
});
