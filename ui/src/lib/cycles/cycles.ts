// Labels and formats shared by the cycle and programme screens. The wording follows the Rust
// core (crates/core/src/cycles.rs, programmes.rs, money.rs), which stays the judge on saving.

import type { Instalment, InstalmentDue, Phase, Shape } from '../ipc/bindings';
import { fmt } from '../shared/stores.svelte';
import { amountText, formatDate as i18nFormatDate, formatMoney, formatTimestamp as i18nFormatTimestamp, t } from '../shared/i18n';

/** Every phase, in the order cycles go through them. */
export const PHASES: readonly Phase[] = [
  'draft',
  'call_open',
  'selection',
  'matching',
  'awarded',
  'in_progress',
  'reporting',
  'closed',
];

export const PHASE_LABELS: Record<Phase, string> = {
  draft: t('cycles-phase-draft'),
  call_open: t('cycles-phase-call-open'),
  selection: t('cycles-phase-selection'),
  matching: t('cycles-phase-matching'),
  awarded: t('cycles-phase-awarded'),
  in_progress: t('cycles-phase-in-progress'),
  reporting: t('cycles-phase-reporting'),
  closed: t('cycles-phase-closed'),
};

const FORWARD_LABELS: Partial<Record<Phase, string>> = {
  call_open: t('cycles-forward-call-open'),
  selection: t('cycles-forward-selection'),
  matching: t('cycles-forward-matching'),
  // Not "Award": awarding grants is its own decision, on the Grants tab, once the cycle is here.
  awarded: t('cycles-forward-awarded'),
  in_progress: t('cycles-forward-in-progress'),
  reporting: t('cycles-forward-reporting'),
  closed: t('cycles-forward-closed'),
};

/** The button that moves a cycle forward into `to`. */
export function forwardLabel(to: Phase): string {
  return FORWARD_LABELS[to] ?? t('cycles-move-to', { phase: PHASE_LABELS[to] });
}

export const SHAPES: readonly Shape[] = ['p2p', 'staff_exchange', 'workshops', 'hubs_alliance'];

export const SHAPE_NAMES: Record<Shape, string> = {
  p2p: t('cycles-shape-p2p'),
  staff_exchange: t('cycles-shape-staff-exchange'),
  workshops: t('cycles-shape-workshops'),
  hubs_alliance: t('cycles-shape-hubs-alliance'),
};

export const SHAPE_HINTS: Record<Shape, string> = {
  p2p: t('cycles-shape-p2p-hint'),
  staff_exchange: t('cycles-shape-staff-exchange-hint'),
  workshops: t('cycles-shape-workshops-hint'),
  hubs_alliance: t('cycles-shape-hubs-alliance-hint'),
};

/** What slots count, lowercase ("visiting hubs"), and that many of them ("1 visiting hub"). */
const SLOT_KINDS: readonly { label: string; count: (n: number) => string }[] = [
  { label: t('cycles-slots-visiting'), count: (n) => t('cycles-slots-visiting-count', { count: n }) },
  { label: t('cycles-slots-hosting'), count: (n) => t('cycles-slots-hosting-count', { count: n }) },
  { label: t('cycles-slots-hubs'), count: (n) => t('cycles-slots-hubs-count', { count: n }) },
  { label: t('cycles-slots-people'), count: (n) => t('cycles-slots-people-count', { count: n }) },
];
const [VISITING, HOSTING, HUBS, PEOPLE] = SLOT_KINDS;

/** What a cycle's slots count: P2P has visiting and hosting hubs, the others one figure. */
export function slotLabels(shape: Shape): { primary: string; secondary: string | null } {
  switch (shape) {
    case 'p2p':
      return { primary: VISITING.label, secondary: HOSTING.label };
    case 'workshops':
      return { primary: HUBS.label, secondary: null };
    default:
      return { primary: PEOPLE.label, secondary: null };
  }
}

/** "13 visiting hubs", "1 person": `label` is one of `slotLabels`. */
export function slotCount(n: number, label: string): string {
  const kind = SLOT_KINDS.find((k) => k.label === label);
  return kind ? kind.count(n) : `${fmt(n)} ${label}`;
}

/** "Visiting hubs": a slot label as a form label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const DUE_LABELS: Record<InstalmentDue, string> = {
  before_activity: t('cycles-due-before-activity'),
  after_report: t('cycles-due-after-report'),
};

/** "70 % before the activity · 30 % after the report". */
export function scheduleText(schedule: Instalment[]): string {
  return schedule.map((i) => t('cycles-schedule-instalment', { percent: i.percent, due: DUE_LABELS[i.due] })).join(' · ');
}

/** "4–5 days", "at least 7 days", "up to 6 days"; '' when neither is set. */
export function daysText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? t('cycles-days', { count: min }) : t('cycles-days-range', { min, max });
  if (min !== null) return t('cycles-days-at-least', { count: min });
  if (max !== null) return t('cycles-days-up-to', { count: max });
  return '';
}

// ---- Dates ----------------------------------------------------------------------------

/** "2 Nov 2026" from "2026-11-02"; '' for no date (and the text itself if it is not one). */
export function formatDate(iso: string | null): string {
  return i18nFormatDate(iso);
}

/** "2 Nov 2026 – 15 Jan 2027", with "not set" for a missing end; '' when both are missing. */
export function formatRange(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  // Each date stays on one line; a narrow table may break the range after the dash.
  const keep = (text: string) => text.replace(/ /g, '\u00a0');
  const notSet = t('cycles-date-not-set');
  return t('cycles-date-range', { from: keep(formatDate(from) || notSet), to: keep(formatDate(to) || notSet) });
}

/** "2 Nov 2026, 14:03" in local time, from a UTC timestamp "2026-11-02T13:03:00Z". */
export function formatTimestamp(at: string): string {
  return i18nFormatTimestamp(at);
}

// ---- Money: integer euro cents, never floating point in what is saved --------------------

/** "€21,775.00" from 2177500. */
export function formatEuros(cents: number): string {
  return formatMoney(cents);
}

/** "21,775.00" from 2177500: the text of a budget input. */
export function euroText(cents: number): string {
  return amountText(cents);
}

/** The message for a budget left empty (0 is an amount: "not known yet"). */
export const BUDGET_EMPTY = t('cycles-budget-empty');

// ---- Numbers typed in number inputs ------------------------------------------------------

/** What a bound number input holds: a number, or undefined/null (or NaN) when empty. */
export type Num = number | null | undefined;

export function isEmpty(v: Num): boolean {
  return typeof v !== 'number' || Number.isNaN(v);
}

/** A whole number from `min` up, or null. */
export function wholeNumber(v: Num, min = 0): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= min ? v : null;
}

/** One row of the payment schedule editor, before it is checked. */
export interface ScheduleRow {
  percent: Num;
  due: InstalmentDue;
}

export function scheduleRows(schedule: Instalment[]): ScheduleRow[] {
  return schedule.map((i) => ({ percent: i.percent, due: i.due }));
}

/** The schedule to save, or null when an instalment is not a whole percent from 1 to 100. */
export function scheduleOf(rows: ScheduleRow[]): Instalment[] | null {
  const out: Instalment[] = [];
  for (const row of rows) {
    const percent = wholeNumber(row.percent, 1);
    if (percent === null || percent > 100) return null;
    out.push({ percent, due: row.due });
  }
  return out;
}

export const SCHEDULE_PROBLEM = t('cycles-schedule-problem');
