// What the Outbox screen and its dialogs say about messages, sends and the mail server.

import type { ComposeSummary, MailState, Security, SendSummary } from '../ipc/bindings';
import type { PillTone } from '../shared/pill';
import { formatTimestamp, ownName, phrase, t } from '../shared/i18n';
import { KIND_NOTHING } from './kinds';

/** A message's state in words (a discarded one is never listed). */
export const STATE_LABELS: Record<MailState, string> = {
  draft: t('outbox-state-draft'),
  queued: t('outbox-state-queued'),
  sent: t('outbox-state-sent'),
  discarded: t('outbox-state-discarded'),
};

/** The colour of each state's pill. */
export const STATE_TONES: Record<MailState, PillTone> = {
  draft: 'draft',
  queued: 'amber',
  sent: 'green',
  discarded: 'gone',
};

/** The languages messages are written in, each named in its own language. */
export const MAIL_LANGUAGES: readonly { code: string; name: string }[] = ['en', 'fr'].map((code) => ({ code, name: ownName(code) }));

/** A language's name in its own language ("Français"), or its code when it is not one of the known ones. */
export function languageName(code: string): string {
  return MAIL_LANGUAGES.find((l) => l.code === code)?.name ?? code.toUpperCase();
}

/** How the connection to the mail server is protected, in words, and its usual port. */
export const SECURITY_OPTIONS: readonly { value: Security; label: string; port: number }[] = [
  { value: 'starttls', label: t('outbox-security-starttls'), port: 587 },
  { value: 'tls', label: t('outbox-security-tls'), port: 465 },
  { value: 'none', label: t('outbox-security-none'), port: 25 },
];

/** The usual port of a kind of security. */
export function usualPort(security: Security): number {
  return SECURITY_OPTIONS.find((o) => o.value === security)?.port ?? 587;
}

/** A file's size: "124 KB" (at least 1 KB, so that a small file does not read as empty). */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 10) return t('outbox-size-mb', { size: Math.round(bytes / (1024 * 1024)) });
  return t('outbox-size-kb', { size: Math.max(1, Math.round(bytes / 1024)) });
}

/** "Tried 2 times, last on 5 Dec 2026, 14:03" (the last try when known; nothing before the first try). */
export function attemptsText(attempts: number, lastAt: string | null): string {
  return lastAt ? t('outbox-attempts-last', { count: attempts, when: formatTimestamp(lastAt) }) : t('outbox-attempts', { count: attempts });
}

/** What a send did, in one line: "2 sent; 1 still queued: the server did not answer". */
export function sendText(summary: SendSummary): string {
  const problem = summary.problem.text.trim() ? phrase(summary.problem).trim() : '';
  if (summary.sent === 0 && summary.queued === 0) return problem ? t('outbox-send-nothing-problem', { problem }) : t('outbox-send-nothing');
  const counts = { sent: summary.sent, queued: summary.queued };
  return problem ? t('outbox-send-done-problem', { ...counts, problem }) : t('outbox-send-done', counts);
}

/** What composing did, in one line: "3 drafts written." / "Nothing new: 4 were composed before." */
export function composeText(summary: ComposeSummary): string {
  if (summary.created > 0) {
    return summary.already > 0
      ? t('outbox-compose-written-already', { created: summary.created, already: summary.already })
      : t('outbox-compose-written', { created: summary.created });
  }
  if (summary.already > 0) return t('outbox-compose-nothing-new', { already: summary.already });
  if (summary.skipped.length > 0) return t('outbox-compose-none');
  return KIND_NOTHING[summary.kind];
}
