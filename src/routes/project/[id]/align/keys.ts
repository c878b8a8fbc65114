/**
 * The alignment view's keys: one table drives both the key handling and the `?` help, so the
 * help cannot drift from what the keys do.
 */
export const ALIGN_ACTIONS = [
	'previous',
	'next',
	'first',
	'last',
	'merge',
	'merge_previous',
	'unlink',
	'split',
	'en_up',
	'en_down',
	'zh_up',
	'zh_down',
	'missing',
	'extra',
	'lock',
	'attach',
	'realign',
	'undo',
	'redo',
	'help'
] as const;
export type AlignAction = (typeof ALIGN_ACTIONS)[number];

interface Binding {
	action: AlignAction;
	key: string;
	alt?: boolean;
	shift?: boolean;
	ctrl?: boolean;
}

const BINDINGS: Binding[] = [
	{ action: 'previous', key: 'arrowup' },
	{ action: 'previous', key: 'k' },
	{ action: 'next', key: 'arrowdown' },
	{ action: 'next', key: 'j' },
	{ action: 'first', key: 'home' },
	{ action: 'last', key: 'end' },
	{ action: 'merge', key: 'm' },
	{ action: 'merge_previous', key: 'm', shift: true },
	{ action: 'unlink', key: 'u' },
	{ action: 'split', key: 's' },
	{ action: 'en_up', key: 'arrowup', alt: true },
	{ action: 'en_down', key: 'arrowdown', alt: true },
	{ action: 'zh_up', key: 'arrowup', alt: true, shift: true },
	{ action: 'zh_down', key: 'arrowdown', alt: true, shift: true },
	{ action: 'missing', key: 'x' },
	{ action: 'extra', key: 'e' },
	{ action: 'lock', key: 'l' },
	{ action: 'attach', key: 'a' },
	{ action: 'realign', key: 'r' },
	{ action: 'undo', key: 'z', ctrl: true },
	{ action: 'redo', key: 'y', ctrl: true },
	{ action: 'redo', key: 'z', ctrl: true, shift: true }
];

/** The action a key press asks for in the ladder, or null. */
export function actionFor(event: KeyboardEvent): AlignAction | null {
	if (event.key === '?') return 'help';
	const key = event.key.toLowerCase();
	const ctrl = event.ctrlKey || event.metaKey;
	const found = BINDINGS.find(
		(b) =>
			b.key === key && !!b.alt === event.altKey && !!b.shift === event.shiftKey && !!b.ctrl === ctrl
	);
	return found?.action ?? null;
}

const SYMBOLS: Record<string, string> = { arrowup: '↑', arrowdown: '↓', home: 'Home', end: 'End' };

/** The keys of an action as shown in the help ("Alt+↑"). */
export function keysOf(action: AlignAction): string[] {
	if (action === 'help') return ['?'];
	return BINDINGS.filter((b) => b.action === action).map((b) =>
		[
			b.ctrl ? 'Ctrl' : '',
			b.alt ? 'Alt' : '',
			b.shift ? 'Shift' : '',
			SYMBOLS[b.key] ?? b.key.toUpperCase()
		]
			.filter(Boolean)
			.join('+')
	);
}
