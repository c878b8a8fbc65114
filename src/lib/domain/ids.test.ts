import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids.ts';

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('makes distinct version-4 UUIDs', () => {
		const ids = Array.from({ length: 100 }, newId);
		for (const id of ids) expect(id).toMatch(UUID4);
		expect(new Set(ids).size).toBe(100);
	});

	it('makes them without crypto.randomUUID (plain http on a LAN address)', () => {
		vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(crypto) });
		expect(crypto.randomUUID).toBeUndefined();
		const ids = Array.from({ length: 100 }, newId);
		for (const id of ids) expect(id).toMatch(UUID4);
		expect(new Set(ids).size).toBe(100);
	});
});
