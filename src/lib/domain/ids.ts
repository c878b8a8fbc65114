/**
 * Identifiers for stored things: random UUIDs (Web Crypto exists in browsers, workers and Node).
 *
 * @example
 * newId() // '3f0c9a4e-…'
 */
export function newId(): string {
	return crypto.randomUUID();
}
