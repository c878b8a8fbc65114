import { defineConfig } from '@playwright/test';
import { e2ePort } from './scripts/e2e-port.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

// One artifacts folder per run, so runs on the same machine do not clean each other's traces.
process.env.DUIYI_E2E_RUN ??= process.env.CI ? 'ci' : String(Date.now());
// A free port, never a server left running from elsewhere (an old build would pass for ours).
const port = e2ePort();

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: `test-results/e2e-${process.env.DUIYI_E2E_RUN}`,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	webServer: {
		command: `npx sirv build --single --dev --quiet --port ${port} --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 120_000
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS
		}
	}
});
