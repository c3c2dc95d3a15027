// The kinds of message the outbox composes: their names in lists, and what composing one kind
// writes, in the order the Compose dialog offers them.

import type { MailKind } from '../ipc/bindings';
import { t } from '../shared/i18n';

/** A kind of message in words, for lists: "Award letter". */
export const KIND_LABELS: Record<MailKind, string> = {
  award: t('outbox-kind-award'),
  rejection: t('outbox-kind-rejection'),
  waiting_list: t('outbox-kind-waiting-list'),
  payment_made: t('outbox-kind-payment-made'),
  report_reminder: t('outbox-kind-report-reminder'),
  reviewer_invitation: t('outbox-kind-reviewer-invitation'),
};

/** Every kind, in the order they are offered. */
export const KINDS: readonly MailKind[] = ['award', 'rejection', 'waiting_list', 'payment_made', 'report_reminder', 'reviewer_invitation'];

/** What composing a kind writes, in one line. */
export const KIND_DESCRIPTIONS: Record<MailKind, string> = {
  award: t('outbox-kind-award-description'),
  rejection: t('outbox-kind-rejection-description'),
  waiting_list: t('outbox-kind-waiting-list-description'),
  payment_made: t('outbox-kind-payment-made-description'),
  report_reminder: t('outbox-kind-report-reminder-description'),
  reviewer_invitation: t('outbox-kind-reviewer-invitation-description'),
};

/** Why composing a kind found no one to write to (nothing new, nobody left out), in a sentence. */
export const KIND_NOTHING: Record<MailKind, string> = {
  award: t('outbox-kind-award-nothing'),
  rejection: t('outbox-kind-rejection-nothing'),
  waiting_list: t('outbox-kind-waiting-list-nothing'),
  payment_made: t('outbox-kind-payment-made-nothing'),
  report_reminder: t('outbox-kind-report-reminder-nothing'),
  reviewer_invitation: t('outbox-kind-reviewer-invitation-nothing'),
};
