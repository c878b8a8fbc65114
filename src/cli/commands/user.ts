/**
 * duiyi user add NAME [--admin] | user list | user remove NAME   [--data DIR]
 *
 * Users of the team server, in the same store `duiyi serve` uses (SQLite in --data DIR, or
 * DATABASE_URL). `add` reads the password from standard input (first line).
 * list: {"users":[{"name":"li","admin":true,"createdAt":…}]}
 */
import { hashPassword, MIN_PASSWORD_LENGTH, USER_NAME } from '../../server/auth.ts';
import { describeStore, storeOptions } from '../../server/options.ts';
import { openStore, type ServerStore } from '../../server/store.ts';
import { CliError, writeJson } from '../io.ts';
import { parseCommandArgs } from './server-args.ts';

export const summary =
	'Team server users: add NAME [--admin] (password on standard input), list, remove NAME.';
export const usage = 'user add NAME [--admin] | user list | user remove NAME  [--data DIR]';

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) process.stderr.write('Password: ');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

export async function run(args: string[]): Promise<number> {
	const { values, positionals } = parseCommandArgs(args, usage, {
		admin: { type: 'boolean' },
		data: { type: 'string' }
	});
	const [action, name, ...extra] = positionals;
	const wantsName = action === 'add' || action === 'remove';
	if (
		!['add', 'list', 'remove'].includes(action ?? '') ||
		extra.length > 0 ||
		(wantsName ? !name : name !== undefined) ||
		(values.admin && action !== 'add')
	) {
		throw new CliError(`usage: duiyi ${usage}`, 2);
	}
	if (wantsName && !USER_NAME.test(name)) {
		throw new CliError(
			`"${name}" is not a user name: use letters, digits, dot, dash or underscore (at most 64)`,
			2
		);
	}
	const password = action === 'add' ? await readStdin() : '';
	if (action === 'add' && password.length < MIN_PASSWORD_LENGTH) {
		throw new CliError(
			`the password (first line of standard input) must have at least ${MIN_PASSWORD_LENGTH} characters`,
			2
		);
	}
	const options = storeOptions(values.data as string | undefined);
	let store: ServerStore;
	try {
		store = await openStore(options);
	} catch (err) {
		throw new CliError(`cannot open ${describeStore(options)}: ${(err as Error).message}`, 2);
	}
	try {
		if (action === 'list') {
			const users = await store.listUsers();
			writeJson({
				users: users.map((u) => ({ name: u.name, admin: u.admin, createdAt: u.createdAt }))
			});
		} else if (action === 'add') {
			if (await store.getUser(name)) throw new CliError(`the user "${name}" already exists`, 2);
			const passwordHash = await hashPassword(password);
			await store.addUser({
				name,
				passwordHash,
				admin: values.admin === true,
				createdAt: Date.now()
			});
			writeJson({ added: name, admin: values.admin === true });
		} else {
			if (!(await store.removeUser(name))) throw new CliError(`there is no user "${name}"`, 2);
			writeJson({ removed: name });
		}
	} finally {
		await store.close();
	}
	return 0;
}
