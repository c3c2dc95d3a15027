// The kinds of message the outbox composes: their names in lists, and what composing one kind
// writes, in the order the Compose dialog offers them.

import type { MailKind } from '../ipc/bindings';

/** A kind of message in words, for lists: "Award letter". */
export const KIND_LABELS: Record<MailKind, string> = {
  award: 'Award letter',
  rejection: 'Not selected',
  waiting_list: 'Waiting list',
  payment_made: 'Payment made',
  report_reminder: 'Report reminder',
  reviewer_invitation: 'Reviewer invitation',
};

/** Every kind, in the order they are offered. */
export const KINDS: readonly MailKind[] = ['award', 'rejection', 'waiting_list', 'payment_made', 'report_reminder', 'reviewer_invitation'];

/** What composing a kind writes, in one line. */
export const KIND_DESCRIPTIONS: Record<MailKind, string> = {
  award: "One e-mail per award letter issued, the letter's PDF attached, in the letter's language.",
  rejection: 'One per application not selected.',
  waiting_list: 'One per application on the waiting list.',
  payment_made: 'One per instalment paid.',
  report_reminder: "Reminders due today by the cycle's schedule, for reports not received.",
  reviewer_invitation: 'One per reviewer with applications to score, their sheet attached.',
};

/** Why composing a kind found no one to write to (nothing new, nobody left out). */
export const KIND_NOTHING: Record<MailKind, string> = {
  award: 'no award letter has been issued in this cycle yet.',
  rejection: 'no application of this cycle is marked as not selected.',
  waiting_list: 'no application of this cycle is on the waiting list.',
  payment_made: 'no instalment of this cycle has been paid yet.',
  report_reminder: 'no reminder is due today.',
  reviewer_invitation: 'no reviewer of this cycle has applications to score.',
};
