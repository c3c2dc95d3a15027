// The window's words and figures in the language of the person at this desk.
//
// Every word the window shows is a Fluent message in `ui/src/locales/<language>/*.ftl` (the
// letters, mails and reports use Fluent too, in `crates/core/locales`). A language is a folder
// there: adding one needs no code, the list of languages is read from the folders. Figures,
// dates, country and language names come from the engine's own CLDR data (`Intl`), in the
// same language, so that "1 175,00 €" and "5 déc. 2026" follow the words.
//
// The language is chosen before the first screen is drawn (`startLanguage`) and never changes
// while a page lives: choosing another reloads the window, so no text made once (a constant,
// a column's heading) is left in the old language.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/**
 * Each language's message files, loaded when that language is chosen: the window's own, and
 * the core's messages for people (errors, reasons), which it answers as an id and arguments.
 */
const FILES = {
  ...import.meta.glob('../../locales/*/*.ftl', { query: '?raw', import: 'default' }),
  ...import.meta.glob('../../../../crates/core/locales/*/said-*.ftl', { query: '?raw', import: 'default' }),
} as Record<string, () => Promise<string>>;

/** The language every message exists in (a test checks the others have the same keys). */
export const SOURCE_LANGUAGE = 'en';

/** The language of a message file: its folder's name. */
function languageOf(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2] ?? '';
}

/** The languages the window is written in, from its folders: ['de', 'en', 'fr']. */
export const LANGUAGES: readonly string[] = [...new Set(Object.keys(FILES).map(languageOf))].filter((l) => l !== '').sort();

/** How each language writes its figures and dates: English as in Europe (day month year). */
const REGION: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

const STORED = 'mobility-desk.language';

let language = SOURCE_LANGUAGE;
let locale = REGION[SOURCE_LANGUAGE];
/**
 * A language's words: its files fetched at start, each parsed the first time one of its
 * messages is asked for (reading every file at start cost the first screen some 20 ms, for
 * words most screens never show). An index of which file holds which message is made at once.
 */
interface Words {
  bundle: FluentBundle;
  /** The files not parsed yet, by path. */
  unread: Map<string, string>;
  /** The file of each message and term. */
  owner: Map<string, string>;
}

let bundle: Words | null = null;
let fallback: Words | null = null;

async function load(lang: string): Promise<Words> {
  const made = new FluentBundle(REGION[lang] ?? lang, {
    useIsolating: false,
    // The core's messages carry amounts as cents and dates as ISO text, written here.
    functions: {
      MONEY: ([cents]) => formatMoney(Number(cents?.valueOf() ?? 0)),
      DATE: ([iso]) => formatDate(String(iso?.valueOf() ?? '')),
    },
  });
  const paths = Object.keys(FILES).filter((p) => languageOf(p) === lang).sort();
  // The files are fetched together; each is indexed now and read when first needed.
  const texts = await Promise.all(paths.map((path) => FILES[path]()));
  const words: Words = { bundle: made, unread: new Map(), owner: new Map() };
  paths.forEach((path, i) => {
    words.unread.set(path, texts[i]);
    for (const m of texts[i].matchAll(/^(-?[a-zA-Z][\w-]*) *=/gm)) {
      if (!words.owner.has(m[1])) words.owner.set(m[1], path);
    }
  });
  return words;
}

/** Parse the file that holds `id`, if it is not yet: whether anything was read. */
function read(words: Words, id: string): boolean {
  const path = words.owner.get(id);
  const text = path === undefined ? undefined : words.unread.get(path);
  if (path === undefined || text === undefined) return false;
  words.unread.delete(path);
  const errors = words.bundle.addResource(new FluentResource(text));
  for (const e of errors) console.error(`${path}: ${e.message}`);
  return true;
}

/** The message `id` of these words, formatted; null when they lack it. */
function format(words: Words | null, id: string, args?: MessageArgs): string | null {
  if (!words) return null;
  read(words, id);
  const message = words.bundle.getMessage(id);
  if (!message?.value) return null;
  // A message may name another (or a term) of a file not read yet: read it and write again.
  for (;;) {
    const errors: Error[] = [];
    const text = words.bundle.formatPattern(message.value, args, errors);
    if (errors.length === 0) return text;
    const names = errors.map((e) => /^Unknown (?:message|term): (.+)$/.exec(e.message)?.[1] ?? '');
    if (!names.some((name) => name !== '' && read(words, name))) throw errors[0];
  }
}

const SYSTEM_TAGS = 'mobility-desk.system-languages';

/**
 * The languages the system asks for, as the page first saw them in this window: once told
 * the person's language (`windowLanguage`), the webview answers that one instead, and the
 * page is drawn again after a choice in the same window.
 */
function systemTags(): readonly string[] {
  const kept = sessionStorage.getItem(SYSTEM_TAGS);
  if (kept) return JSON.parse(kept) as string[];
  const tags = [...(navigator.languages ?? [navigator.language])];
  sessionStorage.setItem(SYSTEM_TAGS, JSON.stringify(tags));
  return tags;
}
systemTags();

/** The language the system asks for, if the window has it; else English. */
export function systemLanguage(): string {
  for (const tag of systemTags()) {
    const lang = tag.toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(lang)) return lang;
  }
  return SOURCE_LANGUAGE;
}

/**
 * Choose the language before anything is drawn: the one this person chose last on this
 * computer (kept by the webview; the data file has it too, see `followChoice`), else the
 * system's.
 */
export async function startLanguage(): Promise<void> {
  const kept = localStorage.getItem(STORED) ?? '';
  language = LANGUAGES.includes(kept) ? kept : systemLanguage();
  locale = REGION[language] ?? language;
  [bundle, fallback] = await Promise.all([load(language), language === SOURCE_LANGUAGE ? Promise.resolve(null) : load(SOURCE_LANGUAGE)]);
  document.documentElement.lang = language;
}

/**
 * The person's choice as the data file has it ('' for the system's): when it differs from
 * the language the page was drawn in, remember it here and draw the window again in it.
 */
export function followChoice(chosen: string, returnTo?: string): void {
  if (chosen === '') localStorage.removeItem(STORED);
  else localStorage.setItem(STORED, chosen);
  const wanted = LANGUAGES.includes(chosen) ? chosen : systemLanguage();
  if (wanted !== language) {
    // The screen the person chose it on is shown again once the window is drawn anew.
    if (returnTo) sessionStorage.setItem(RETURN_TO, returnTo);
    location.reload();
  }
}

const RETURN_TO = 'mobility-desk.return-to';

/** The screen to show again after the window was drawn anew in another language, once. */
export function screenToReturnTo(): string | null {
  const screen = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return screen;
}

/** The language the window is in ('en', 'fr', …). */
export function currentLanguage(): string {
  return language;
}

/** The locale its figures and dates are written in ('en-GB', 'fr-FR', …). */
export function currentLocale(): string {
  return locale;
}

export type MessageArgs = Record<string, FluentVariable>;

/** A message in the window's language (in English if it lacks it; its id if none has it). */
export function t(id: string, args?: MessageArgs): string {
  for (const words of [bundle, fallback]) {
    const text = format(words, id, args);
    if (text !== null) return text;
  }
  console.error(`No message '${id}' in ${language}.`);
  return id;
}

/** A message of the core: its id and arguments, an argument being words of its own at times (a reason within a sentence). */
export interface SaidWords {
  id: string;
  args?: Partial<Record<string, string | number | SaidWords>>;
}

/** What the core said (an error, a reason): its message, in the window's language. */
export function said(words: SaidWords): string {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(words.args ?? {})) {
    if (value !== undefined) args[name] = typeof value === 'object' ? said(value) : value;
  }
  return t(words.id, args);
}

/** Words the core keeps in data (a reason, a guard, a note): in the window's language when made from a message. */
export function phrase(words: { text: string; said?: SaidWords }): string {
  return words.said ? said(words.said) : words.text;
}

/** A piece of a message shown with markup: text as it stands, or the value of `slot`. */
export interface Piece {
  text: string;
  /** The name of the value this piece is ('' text when the value was not given); null for text. */
  slot: string | null;
}

/**
 * A message some of whose values are shown in markup (a name in bold, a folder in a code
 * font), cut at those values: asked for with a mark in place of each, then split, so the
 * sentence stays one message and each language puts the values where its word order wants.
 */
export function pieces(id: string, slots: readonly string[], args: MessageArgs = {}): Piece[] {
  const marked: MessageArgs = { ...args };
  slots.forEach((slot, i) => (marked[slot] = `\uE000${i}\uE000`));
  return t(id, marked)
    .split(/\uE000(\d+)\uE000/)
    .map((part, i): Piece => (i % 2 === 1 ? { text: String(args[slots[Number(part)]] ?? ''), slot: slots[Number(part)] } : { text: part, slot: null }))
    .filter((p) => p.slot !== null || p.text !== '');
}

/** Whether a message exists (e.g. a label for each value of an enum). */
export function hasMessage(id: string): boolean {
  return [bundle, fallback].some((words) => words !== null && (words.bundle.hasMessage(id) || words.owner.has(id)));
}

// ---- Figures --------------------------------------------------------------------------------

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "1,175" / "1 175". */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(n);
}

/** "€1,175.00" / "1 175,00 €" from 117500 cents (exact: cents are whole numbers). */
export function formatMoney(cents: number): string {
  return numberFormat({ style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "1,175.00" / "1 175,00": the text of an amount field, read back. */
export function amountText(cents: number): string {
  return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** "15 %" / "15 %" from 15. */
export function formatPercent(percent: number, decimals = 0): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: decimals }).format(percent / 100);
}

// ---- Dates: one format throughout ("5 Dec 2026", "5 déc. 2026") ----------------------------

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

/** A calendar date "2026-12-05" as "5 Dec 2026"; '' for none; the text itself if not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return iso;
  // Formatted in UTC from its parts, so that no time zone moves it a day.
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/**
 * Two calendar dates as one span in the window's language, written as formatDate writes a date:
 * "5–9 Apr 2027", "5 Apr – 9 May 2027", "5.–9.4.2027"; one date when both are the same day.
 * Only the dash may end a line.
 */
export function formatDateSpan(from: string, to: string): string {
  const day = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  };
  const [a, b] = [day(from), day(to)];
  if (!a || !b) return `${formatDate(from)} – ${formatDate(to)}`;
  const f = dateFormat({ dateStyle: 'medium', timeZone: 'UTC' });
  const text = a.getTime() === b.getTime() ? f.format(a) : f.formatRange(a, b);
  return text.replace(/[ \u2009\u202f]/g, '\u00a0').replace(/\u00a0([–-])\u00a0/g, '\u00a0$1 ');
}

/** The local day of a moment "2026-12-05T13:03:00Z": "5 Dec 2026"; '' for none. */
export function formatDay(at: string | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : dateFormat({ dateStyle: 'medium' }).format(d);
}

/** A moment in local time: "5 Dec 2026, 14:03" / "5 déc. 2026, 14:03". */
export function formatTimestamp(at: string | null | undefined): string {
  if (!at) return '';
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : dateFormat({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(d);
}

/** The bounds every date field keeps to (no year 275759 from an arrow key). */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2099-12-31';

// ---- Names of countries and languages, in the window's language -----------------------------

let regions: Intl.DisplayNames | null = null;
let tongues: Intl.DisplayNames | null = null;

/** "Belgium" / "Belgique" from "BE"; '' when the code is not a country. */
export function countryName(code: string): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return '';
  regions ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return regions.of(c) ?? '';
}

/** "Greek" / "grec" from "el"; the code itself when unknown. */
export function languageName(code: string): string {
  const c = code.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(c)) return code;
  tongues ??= new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return tongues.of(c) ?? code;
}

/** A language named in itself, as a list of languages to choose from shows it: "Français". */
export function ownName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** "Greek and English" / "grec et anglais". */
export function languageList(codes: readonly string[]): string {
  return formatList(codes.map(languageName));
}
