// Words and formats for the Letters tab and its dialogs. The letters themselves (their wording
// in each language, their numbers, the PDF and its archive) are made in the Rust core
// (crates/core/src/letters/); this only words what the window says about them.

import type { BatchSummary, LetterRecord, LetterRow, LetterStatus, LettersOverview } from '../ipc/bindings';
import { fmt, plural } from '../shared/stores.svelte';
import type { PillTone } from '../shared/pill';

/** A whole cycle's letters go one PDF per letter into a folder, or all into one PDF to print. */
export type BatchMode = 'folder' | 'combined';

/** The languages the core writes letters in, named in their own language. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
];

/** The code itself when letters are written in it, else English (a setting from a later version). */
export function knownLanguage(code: string): string {
  return LANGUAGES.some((l) => l.code === code) ? code : 'en';
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why no letter can be issued yet, from the overview's `missing_settings`. */
export function missingSettingsText(items: readonly string[]): string {
  return `Before letters can be issued, fill in under Settings: ${joinAnd(items)}.`;
}

/** "3 issued · 20 to issue · 1 needs a new version". */
export function summaryText(o: LettersOverview): string {
  return `${fmt(o.issued)} issued · ${fmt(o.to_issue)} to issue · ${fmt(o.outdated)} ${o.outdated === 1 ? 'needs' : 'need'} a new version`;
}

/** The grant's current letter: the last version issued (letters come oldest first), if any. */
export function lastLetter(row: LetterRow): LetterRecord | null {
  return row.letters.length > 0 ? row.letters[row.letters.length - 1] : null;
}

/** A batch writes the letters of awarded grants only: drafts are awarded on the Grants tab first. */
export function inBatch(row: LetterRow): boolean {
  return row.grant_state === 'awarded' && row.status !== 'none';
}

export const STATUS_LABELS: Record<LetterStatus, string> = {
  to_issue: 'To issue',
  issued: 'Issued',
  outdated: 'New version due',
  none: 'No letter',
};

/** The colour of each status's tag. */
export const STATUS_TONES: Record<LetterStatus, PillTone> = {
  to_issue: 'accent',
  issued: 'green',
  outdated: 'amber',
  none: 'void',
};

/** The status column: "Issued 2027-03-02", "To issue", "New version due", "No letter". */
export function statusText(row: LetterRow): string {
  const last = lastLetter(row);
  return row.status === 'issued' && last ? `Issued ${last.issued_on}` : STATUS_LABELS[row.status];
}

/** "38 KB" (at least 1 KB, so a small file does not read as empty). */
export function kilobytes(bytes: number): string {
  return `${fmt(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** "Issued P2P-2027-001 on 2027-03-02 · 2 pages · 38 KB · SHA-256 3f0a9c1b22de…". */
export function issuedText(letter: LetterRecord): string {
  return [
    `Issued ${letter.reference} on ${letter.issued_on}`,
    plural(letter.pages, 'page'),
    kilobytes(letter.bytes),
    `SHA-256 ${letter.sha256.slice(0, 12)}…`,
  ].join(' · ');
}

/** The last part of a path, whichever separator the system uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The folder a file is in (the path itself when it has no folder). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/** What a finished batch did, under its progress bar. */
export function batchResultText(summary: BatchSummary, mode: BatchMode): string {
  if (summary.cancelled) {
    return `Cancelled. ${fmt(summary.issued)} letter(s) issued before stopping; every file written is complete.`;
  }
  const files = summary.files;
  const where = files.length === 0 ? '' : ` to ${mode === 'folder' ? folderOf(files[0]) : files[0]}`;
  return `${fmt(summary.issued)} letter(s) issued, ${fmt(summary.reprinted)} already issued. ${fmt(files.length)} file(s) written${where}.`;
}
