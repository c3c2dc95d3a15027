// Words and formats for the Letters tab and its dialogs. The letters themselves (their wording
// in each language, their numbers, the PDF and its archive) are made in the Rust core
// (crates/core/src/letters/); this only words what the window says about them.

import type { BatchSummary, LetterRecord, LetterRow, LetterStatus, LettersOverview, Phrase } from '../ipc/bindings';
import { formatDate, formatList, ownName, phrase, t } from '../shared/i18n';
import type { PillTone } from '../shared/pill';

/** A whole cycle's letters go one PDF per letter into a folder, or all into one PDF to print. */
export type BatchMode = 'folder' | 'combined';

/** The languages the core writes letters in, named in their own language. */
export const LANGUAGES: readonly { code: string; name: string }[] = ['en', 'fr'].map((code) => ({ code, name: ownName(code) }));

/** The code itself when letters are written in it, else English (a setting from a later version). */
export function knownLanguage(code: string): string {
  return LANGUAGES.some((l) => l.code === code) ? code : 'en';
}

/** "a", "a and b", "a, b and c" in the window's language ("a, b et c"). */
export function joinAnd(items: readonly string[]): string {
  return formatList(items);
}

/** Why no letter can be issued yet, from the overview's `missing_settings`. */
export function missingSettingsText(items: readonly Phrase[]): string {
  return t('letters-missing-settings', { items: joinAnd(items.map(phrase)) });
}

/** "3 issued · 20 to issue · 1 needs a new version". */
export function summaryText(o: LettersOverview): string {
  return t('letters-summary', { issued: o.issued, toIssue: o.to_issue, outdated: o.outdated });
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
  to_issue: t('letters-status-to-issue'),
  issued: t('letters-status-issued'),
  outdated: t('letters-status-outdated'),
  none: t('letters-status-none'),
};

/** The colour of each status's tag. */
export const STATUS_TONES: Record<LetterStatus, PillTone> = {
  to_issue: 'accent',
  issued: 'green',
  outdated: 'amber',
  none: 'void',
};

/** The status column: "Issued 2 Mar 2027", "To issue", "New version due", "No letter". */
export function statusText(row: LetterRow): string {
  const last = lastLetter(row);
  return row.status === 'issued' && last ? t('letters-status-issued-on', { date: formatDate(last.issued_on) }) : STATUS_LABELS[row.status];
}

/** "38 KB" (at least 1 KB, so a small file does not read as empty). */
export function kilobytes(bytes: number): string {
  return t('letters-kilobytes', { kb: Math.max(1, Math.round(bytes / 1024)) });
}

/** "Issued P2P-2027-001 on 2 Mar 2027 · 2 pages · 38 KB · SHA-256 3f0a9c1b22de…". */
export function issuedText(letter: LetterRecord): string {
  return [
    t('letters-issued-on', { reference: letter.reference, date: formatDate(letter.issued_on) }),
    t('letters-pages', { count: letter.pages }),
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
  if (summary.cancelled) return t('letters-batch-cancelled', { issued: summary.issued });
  const files = summary.files;
  const counts = { issued: summary.issued, reprinted: summary.reprinted, files: files.length };
  if (files.length === 0) return t('letters-batch-done', counts);
  return t('letters-batch-done-to', { ...counts, where: mode === 'folder' ? folderOf(files[0]) : files[0] });
}
