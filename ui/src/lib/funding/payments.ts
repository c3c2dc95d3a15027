// Labels and formats for the payments of a grant (in the grant dialog) and of a cycle (the
// Payments tab). The schedule, the states and the statuses are computed in the Rust core
// (crates/core/src/payments.rs); this only words them.

import type { GrantPayments, Payment, PaymentRow, PaymentStatus } from '../ipc/bindings';
import { formatDate, formatMoney, t } from '../shared/i18n';
import type { PillTone } from '../shared/pill';
import { badInput } from '../shared/forms';

export const STATUS_LABELS: Record<PaymentStatus, string> = {
  waiting: t('funding-payments-status-waiting'),
  scheduled: t('funding-payments-status-scheduled'),
  due: t('funding-payments-status-due'),
  overdue: t('funding-payments-status-overdue'),
  paid: t('funding-payments-status-paid'),
  waived: t('funding-payments-status-waived'),
  cancelled: t('funding-payments-status-cancelled'),
};

/** The colour of each status's tag. */
export const STATUS_TONES: Record<PaymentStatus, PillTone> = {
  waiting: 'draft',
  scheduled: 'accent',
  due: 'amber',
  overdue: 'danger',
  paid: 'green',
  waived: 'void',
  cancelled: 'void',
};

/** The status tag's text: "Overdue", "Paid 20 Nov 2026 · VIR-1". */
export function statusText(p: Payment): string {
  if (p.status !== 'paid') return STATUS_LABELS[p.status];
  const parts = [p.paid_on ? t('funding-payments-status-paid-on', { date: formatDate(p.paid_on) }) : STATUS_LABELS.paid];
  if (p.reference.trim() !== '') parts.push(p.reference.trim());
  return parts.join(' · ');
}

/** When it falls due: the date, "after the report" for a balance still waiting for it, or "—". */
export function dueText(p: Payment): string {
  if (p.due_on) return formatDate(p.due_on);
  return p.due === 'after_report' ? t('funding-payments-due-after-report') : '—';
}

export const isRecovery = (p: Payment) => p.kind === 'recovery';

/** "Owed €1,175.00 · Paid €822.50 · Still to pay €352.50 · To recover €100.00". */
export function paymentsSummary(gp: GrantPayments): string {
  const parts = [
    t('funding-payments-summary-owed', { amount: formatMoney(gp.owed_cents) }),
    t('funding-payments-summary-paid', { amount: formatMoney(gp.paid_cents) }),
    t('funding-payments-summary-outstanding', { amount: formatMoney(gp.outstanding_cents) }),
  ];
  if (gp.to_recover_cents > 0) parts.push(t('funding-payments-summary-to-recover', { amount: formatMoney(gp.to_recover_cents) }));
  return parts.join(' · ');
}

export type PaymentsFilter = 'all' | 'open' | 'due' | 'waiting' | 'paid' | 'closed';

export const FILTER_LABELS: Record<PaymentsFilter, string> = {
  all: t('funding-payments-filter-all'),
  open: t('funding-payments-filter-open'),
  due: t('funding-payments-filter-due'),
  waiting: t('funding-payments-filter-waiting'),
  paid: t('funding-payments-filter-paid'),
  closed: t('funding-payments-filter-closed'),
};

export const FILTERS = Object.keys(FILTER_LABELS) as PaymentsFilter[];

export function matchesFilter(row: PaymentRow, filter: PaymentsFilter): boolean {
  const p = row.payment;
  switch (filter) {
    case 'open':
      return p.state === 'open';
    case 'due':
      return p.status === 'due' || p.status === 'overdue';
    case 'waiting':
      return p.status === 'waiting';
    case 'paid':
      return p.state === 'paid';
    case 'closed':
      return p.state === 'cancelled' || p.state === 'waived';
    default:
      return true;
  }
}

/** "Jan Novák · jan@example.org · Brno, CZ": who to contact about the payee's payments. */
export function payeeContact(row: PaymentRow): string {
  const place = [row.hub_city.trim(), row.hub_country.trim()].filter(Boolean).join(', ');
  return [row.contact_name.trim(), place].filter(Boolean).join(' · ');
}

export type ReasonAction = 'waive' | 'reopen';

/** The confirm button of the reason form. */
export function reasonConfirmLabel(action: ReasonAction, p: Payment): string {
  if (action === 'waive') return t('funding-payments-reason-waive');
  return p.state === 'waived' ? t('funding-payments-reason-undo-waiver') : t('funding-payments-reason-undo-payment');
}

export const REASON_CONSEQUENCES: Record<ReasonAction, string> = {
  waive: t('funding-payments-reason-consequence-waive'),
  reopen: t('funding-payments-reason-consequence-reopen'),
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Today as YYYY-MM-DD, the default of the payment and report dates. The core's "today" is the
 * UTC date (a later date is refused as in the future), so this is too.
 */
export function todayIso(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

/**
 * Why the report date typed in the input of this id is refused before asking the core: a
 * partial date, which the input does not give as a value (the input then takes the focus);
 * '' when there is none.
 */
export function partialDate(inputId: string): string {
  if (!badInput(inputId)) return '';
  document.getElementById(inputId)?.focus();
  return t('funding-payments-partial-date');
}

/** The message of a finance export, in the toast and under the toolbar. */
export function exportMessage(result: { payments: number; grants: number; path: string }): string {
  return t('funding-payments-export-done', { payments: result.payments, grants: result.grants, path: result.path });
}
