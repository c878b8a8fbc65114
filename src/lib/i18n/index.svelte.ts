/**
 * i18next for the UI. Locale files are split by area: locales/<lang>/<area>.json holds the keys
 * `<area>.*` (editor.confirm, projects.create …). `t` reads a $state field, so every string
 * re-renders when the language changes.
 */
import i18next, { type TOptions } from 'i18next';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'duiyi.uiLanguage';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function buildResources(): Record<string, { translation: Tree }> {
	const resources: Record<string, { translation: Tree }> = {};
	for (const [path, tree] of Object.entries(files)) {
		const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
		if (!match) continue;
		const [, lang, area] = match;
		resources[lang] ??= { translation: {} };
		resources[lang].translation[area] = tree;
	}
	return resources;
}

function initialLanguage(): UiLanguage {
	const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
	if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as UiLanguage;
	const nav = typeof navigator !== 'undefined' ? navigator.language : 'en';
	return nav.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = i18next.createInstance();
i18n.init({
	lng: initialLanguage(),
	fallbackLng: 'en',
	resources: buildResources(),
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

export const locale = $state({ lng: i18n.language as UiLanguage });
// The page says which language it is in from the start, not only after a switch.
if (typeof document !== 'undefined') document.documentElement.lang = locale.lng;

/** Translates a key in the current UI language; reactive in components. */
export function t(key: string, options: TOptions = {}): string {
	return i18n.t(key, { ...options, lng: locale.lng });
}

/** Switches the UI language and remembers the choice. */
export async function setLanguage(lng: UiLanguage): Promise<void> {
	await i18n.changeLanguage(lng);
	locale.lng = lng;
	if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lng);
	if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
