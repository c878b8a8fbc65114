/** TMX worker: parses one TMX file (domain/formats/tmx parseTmx) off the page's thread. */
import { parseTmx } from '../domain/formats/tmx/parse.ts';
import { newId } from '../domain/ids.ts';

self.onmessage = (event: MessageEvent<Uint8Array>) => {
	try {
		const result = parseTmx(event.data, { newId: () => `tmx:${newId()}` });
		(self as unknown as Worker).postMessage({ type: 'result', result });
	} catch (err) {
		(self as unknown as Worker).postMessage({
			type: 'error',
			message: err instanceof Error ? err.message : String(err)
		});
	}
};
