// Runs a Node script (argv[2], with the arguments after it) and, as the process exits, writes
// its CPU time and peak memory to file descriptor 3 as one line of JSON:
// {"userMs":…,"systemMs":…,"maxRssKb":…}. bench/xml-stream.ts reads it from each child it spawns;
// it is what `/usr/bin/time -v` reports, without needing that program.
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const script = resolve(process.argv[2]);
process.argv.splice(1, 2, script);
process.on('exit', () => {
	const u = process.resourceUsage();
	const line = {
		userMs: u.userCPUTime / 1000,
		systemMs: u.systemCPUTime / 1000,
		maxRssKb: u.maxRSS
	};
	writeSync(3, JSON.stringify(line) + '\n');
});
await import(pathToFileURL(script).href);
