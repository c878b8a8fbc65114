/**
 * Passwords, session tokens and the sign-in rate limit of the team server.
 * Passwords are hashed with bcrypt (bcryptjs, pure JS); a token is 32 random bytes handed to the
 * client once, and only its SHA-256 is stored, so a copy of the database signs nobody in.
 */
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';

const BCRYPT_COST = 10;
/** The shortest password `user add` accepts. */
export const MIN_PASSWORD_LENGTH = 8;
/** User names: letters, digits, dot, dash, underscore; what people type and read. */
export const USER_NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

export function hashPassword(password: string): Promise<string> {
	return bcrypt.hash(password, BCRYPT_COST);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
	return bcrypt.compare(password, hash);
}

export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/**
 * At most `limit` attempts per key in any window of `windowMs` (a sliding log per key).
 * Kept in the process: behind several servers each counts its own attempts.
 */
export class RateLimiter {
	private readonly attempts = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number
	) {}

	/** Records an attempt; returns the milliseconds to wait when over the limit, else 0. */
	attempt(key: string, now: number): number {
		const recent = (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
		if (recent.length >= this.limit) {
			this.attempts.set(key, recent);
			return recent[0] + this.windowMs - now;
		}
		recent.push(now);
		this.attempts.set(key, recent);
		if (this.attempts.size > 10_000) this.prune(now);
		return 0;
	}

	private prune(now: number): void {
		for (const [key, times] of this.attempts) {
			if (times.every((t) => t <= now - this.windowMs)) this.attempts.delete(key);
		}
	}
}
