/**
 * The light English normalisation shared by the dictionary glosses and the English side of an
 * alignment: lower case, a stop list, a handful of irregular forms and a suffix-stripping
 * stemmer. It only has to map both sides to the same key, not to produce real lemmas.
 */

const STOP_WORDS = new Set(
	(
		'a an the and or but nor so yet if then than that this these those there here of to in on at by for ' +
		"from with without into onto upon over under about above below up down out off as it its it's " +
		'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself ' +
		'she her hers herself they them their theirs themselves one oneself ones who whom whose which what ' +
		'when where why how all any both each few more most other some such no not only own same too very ' +
		'can will just should now be am is are was were been being have has had having do does did doing ' +
		'would could might must shall may ought also again further once while because until against ' +
		'between through during before after s t d ll m re ve sb sth someone something somebody etc ' +
		'let lets get got gets getting oh ah yes ok okay mr mrs miss ms sir'
	).split(' ')
);

/**
 * Irregular forms folded to the form the stemmer gives their base word. Read through the Map
 * below: a plain object also answered `constructor` (Object.prototype's), which made that
 * word's key a function.
 */
const IRREGULAR_FORMS: Record<string, string> = {
	went: 'go',
	gone: 'go',
	goes: 'go',
	said: 'say',
	says: 'say',
	saw: 'see',
	seen: 'see',
	came: 'come',
	took: 'take',
	taken: 'take',
	gave: 'give',
	given: 'give',
	made: 'make',
	thought: 'think',
	told: 'tell',
	knew: 'know',
	known: 'know',
	left: 'leave',
	felt: 'feel',
	found: 'find',
	heard: 'hear',
	stood: 'stand',
	sat: 'sit',
	ran: 'run',
	held: 'hold',
	brought: 'bring',
	began: 'begin',
	begun: 'begin',
	kept: 'keep',
	wrote: 'write',
	written: 'write',
	spoke: 'speak',
	spoken: 'speak',
	ate: 'eat',
	eaten: 'eat',
	drank: 'drink',
	drunk: 'drink',
	fell: 'fall',
	fallen: 'fall',
	became: 'become',
	sent: 'send',
	bought: 'buy',
	caught: 'catch',
	taught: 'teach',
	fought: 'fight',
	lay: 'lie',
	lain: 'lie',
	laid: 'lay',
	led: 'lead',
	lost: 'lose',
	meant: 'mean',
	met: 'meet',
	paid: 'pay',
	rode: 'ride',
	rose: 'rise',
	risen: 'rise',
	sang: 'sing',
	slept: 'sleep',
	spent: 'spend',
	stole: 'steal',
	struck: 'strike',
	swore: 'swear',
	threw: 'throw',
	thrown: 'throw',
	understood: 'understand',
	woke: 'wake',
	wore: 'wear',
	won: 'win',
	broke: 'break',
	broken: 'break',
	chose: 'choose',
	drove: 'drive',
	driven: 'drive',
	flew: 'fly',
	forgot: 'forget',
	forgotten: 'forget',
	grew: 'grow',
	grown: 'grow',
	hid: 'hide',
	hidden: 'hide',
	hung: 'hang',
	shook: 'shake',
	shot: 'shoot',
	sold: 'sell',
	sought: 'seek',
	stuck: 'stick',
	tore: 'tear',
	torn: 'tear',
	men: 'man',
	women: 'woman',
	children: 'child',
	feet: 'foot',
	teeth: 'tooth',
	mice: 'mouse',
	people: 'person',
	wives: 'wife',
	lives: 'life',
	knives: 'knife',
	leaves: 'leaf',
	better: 'good',
	best: 'good',
	worse: 'bad',
	worst: 'bad',
	an: 'a',
	'—': ''
};
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));

/**
 * Strips common English suffixes so inflected forms share a key.
 *
 * @example
 * stem('wondering') // 'wonder'
 * stem('cities') // 'city'
 */
export function stem(word: string): string {
	let w = word.toLowerCase();
	const irregular = IRREGULAR.get(w);
	if (irregular !== undefined) w = irregular;
	if (w.length <= 3) return w;
	if (w.endsWith("'s")) w = w.slice(0, -2);
	if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
	else if (endsWithSibilantEs(w)) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
		w = w.slice(0, -1);
	if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
	else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
	else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
	if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
	if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
	if (w.length > 3 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
	return w;
}

/** Whether w ends in -sses, -xes, -ches, -shes or -zzes (as /(ss|x|ch|sh|zz)es$/, without a regular expression per word). */
function endsWithSibilantEs(w: string): boolean {
	if (!w.endsWith('es')) return false;
	return (
		w.endsWith('sses') ||
		w.endsWith('xes') ||
		w.endsWith('ches') ||
		w.endsWith('shes') ||
		w.endsWith('zzes')
	);
}

function undouble(w: string): string {
	const last = w[w.length - 1];
	if (w.length > 3 && last === w[w.length - 2] && last !== 'l' && last !== 's' && last !== 'z')
		return w.slice(0, -1);
	return w;
}

/** Whether a lower-case English word carries no content for alignment. */
export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(word);
}

/** An English word as found in a text, with its alignment key. */
export interface EnglishToken {
	/** The word as written (without surrounding punctuation). */
	text: string;
	/** Stemmed lower-case key, as the dictionary glosses are stored. */
	key: string;
	/** Whether the word starts with a capital letter (a possible name). */
	capitalised: boolean;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)*/g;

/**
 * The content words of an English text, stop words removed, stemmed.
 *
 * @example
 * englishContentWords('She was wondering about the cities.').map((t) => t.key) // ['wonder', 'city']
 */
export function englishContentWords(text: string): EnglishToken[] {
	const out: EnglishToken[] = [];
	// An exec loop, not matchAll: matchAll copies the regular expression on every call, and
	// this runs on every unit of every document and on every gloss of the dictionary.
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
		const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
		const lower = raw.toLowerCase();
		if (isStopWord(lower)) continue;
		const key = stem(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
		if (!key || isStopWord(key)) continue;
		const first = raw.charCodeAt(0);
		out.push({ text: raw, key, capitalised: first >= 65 && first <= 90 });
	}
	return out;
}
