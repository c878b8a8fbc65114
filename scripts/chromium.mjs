// The flags Debian's Chromium is started with by the browser tests (playwright.config.ts), the
// benches and the screenshot script: headless, no sandbox (root in CI), and nothing that reaches
// the network on its own.
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
