// The port the browser tests serve the built app on. DUIYI_E2E_PORT must be free (a server
// already there may be another checkout's old build); without it a free port is chosen. Checked
// once in Playwright's main process; its workers inherit the result through the environment.
import { spawnSync } from 'node:child_process';

const PROBE = `
const net = require('node:net');
const s = net.createServer();
s.on('error', (e) => { console.log('busy ' + e.code); });
s.listen(Number(process.argv[1]), '127.0.0.1', () => { console.log('free ' + s.address().port); s.close(); });
`;

/** Binds the port (0: any) for an instant; returns the port when it was free, else null. */
export function probePort(port) {
	const r = spawnSync(process.execPath, ['-e', PROBE, String(port)], { encoding: 'utf8' });
	const m = /^free (\d+)/.exec(r.stdout ?? '');
	return m ? Number(m[1]) : null;
}

/**
 * The e2e port for this run, recorded in env so Playwright's workers agree with its main
 * process. Throws, saying what to do, when the requested port is taken.
 */
export function e2ePort(env = process.env) {
	if (env.DUIYI_E2E_PORT_CHECKED) return Number(env.DUIYI_E2E_PORT_CHECKED);
	let port;
	if (env.DUIYI_E2E_PORT) {
		port = probePort(Number(env.DUIYI_E2E_PORT));
		if (port === null) {
			throw new Error(
				`port ${env.DUIYI_E2E_PORT} (DUIYI_E2E_PORT) is in use: stop what serves there, ` +
					'or choose another port, or leave DUIYI_E2E_PORT unset to get a free one'
			);
		}
	} else {
		port = probePort(0);
		if (port === null) throw new Error('no free port for the browser tests');
	}
	env.DUIYI_E2E_PORT_CHECKED = String(port);
	return port;
}
