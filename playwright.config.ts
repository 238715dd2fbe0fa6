/**
 * End-to-end tests of the clinician console against a real `tandem serve` (started by
 * e2e/global-setup.ts), in Debian's Chromium: nothing is downloaded. `scripts/ensure-chromium.sh`
 * installs it when missing.
 */
import { defineConfig } from '@playwright/test';

const CHROMIUM = process.env.TANDEM_E2E_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  // One server, one database: specs share it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      // Without the background-networking flags Chromium keeps calling out to a closed network.
      args: [
        '--headless',
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
  projects: [
    { name: 'setup', testMatch: 'setup.spec.ts' },
    { name: 'console', testIgnore: 'setup.spec.ts', dependencies: ['setup'] },
  ],
});
