// What the Outbox screen and its dialogs say about messages, sends and the mail server.

import type { ComposeSummary, MailState, Security, SendSummary } from '../ipc/bindings';
import { fmt, plural } from '../shared/stores.svelte';
import type { PillTone } from '../shared/pill';
import { KIND_NOTHING } from './kinds';

/** A message's state in words (a discarded one is never listed). */
export const STATE_LABELS: Record<MailState, string> = {
  draft: 'Draft',
  queued: 'Queued',
  sent: 'Sent',
  discarded: 'Discarded',
};

/** The colour of each state's pill. */
export const STATE_TONES: Record<MailState, PillTone> = {
  draft: 'draft',
  queued: 'amber',
  sent: 'green',
  discarded: 'gone',
};

/** The languages messages are written in, each named in its own language. */
export const MAIL_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
];

/** A language's name ("Français"), or its code when it is not one of the known ones. */
export function languageName(code: string): string {
  return MAIL_LANGUAGES.find((l) => l.code === code)?.name ?? code.toUpperCase();
}

/** How the connection to the mail server is protected, in words, and its usual port. */
export const SECURITY_OPTIONS: readonly { value: Security; label: string; port: number }[] = [
  { value: 'starttls', label: 'STARTTLS (port 587)', port: 587 },
  { value: 'tls', label: 'TLS (port 465)', port: 465 },
  { value: 'none', label: 'None — local network only', port: 25 },
];

/** The usual port of a kind of security. */
export function usualPort(security: Security): number {
  return SECURITY_OPTIONS.find((o) => o.value === security)?.port ?? 587;
}

/** A file's size: "124 KB" (at least 1 KB, so that a small file does not read as empty). */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 10) return `${fmt(Math.round(bytes / (1024 * 1024)))} MB`;
  return `${fmt(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** "Tried 2 times" (nothing before the first try). */
export function attemptsText(attempts: number): string {
  return attempts === 1 ? 'Tried once' : `Tried ${fmt(attempts)} times`;
}

/** What a send did, in one line: "2 sent; 1 still queued: the server did not answer". */
export function sendText(summary: SendSummary): string {
  const problem = summary.problem.trim();
  let text = summary.sent === 0 && summary.queued === 0 ? 'Nothing was sent' : `${fmt(summary.sent)} sent`;
  if (summary.queued > 0) text += `; ${fmt(summary.queued)} still queued`;
  return problem ? `${text}: ${problem}` : `${text}.`;
}

/** What composing did, in one line: "3 drafts written." / "Nothing new: 4 were composed before." */
export function composeText(summary: ComposeSummary): string {
  const before = (n: number) => `${fmt(n)} ${n === 1 ? 'was' : 'were'} composed before`;
  if (summary.created > 0) {
    const written = `${plural(summary.created, 'draft')} written.`;
    return summary.already > 0 ? `${written} ${before(summary.already)} and ${summary.already === 1 ? 'is' : 'are'} not written again.` : written;
  }
  if (summary.already > 0) return `Nothing new: ${before(summary.already)}.`;
  if (summary.skipped.length > 0) return 'No draft written.';
  return `Nothing to write: ${KIND_NOTHING[summary.kind]}`;
}
