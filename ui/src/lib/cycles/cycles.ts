// Labels and formats shared by the cycle and programme screens. The wording follows the Rust
// core (crates/core/src/cycles.rs, programmes.rs, money.rs), which stays the judge on saving.

import type { Instalment, InstalmentDue, Phase, Shape } from '../ipc/bindings';
import { fmt } from '../shared/stores.svelte';

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
  draft: 'Draft',
  call_open: 'Call open',
  selection: 'Selection',
  matching: 'Matching',
  awarded: 'Awarded',
  in_progress: 'In progress',
  reporting: 'Reporting',
  closed: 'Closed',
};

const FORWARD_LABELS: Partial<Record<Phase, string>> = {
  call_open: 'Open the call',
  selection: 'Start selection',
  matching: 'Start matching',
  // Not "Award": awarding grants is its own decision, on the Grants tab, once the cycle is here.
  awarded: 'Move to Awarded',
  in_progress: 'Start activities',
  reporting: 'Start reporting',
  closed: 'Close the cycle',
};

/** The button that moves a cycle forward into `to`. */
export function forwardLabel(to: Phase): string {
  return FORWARD_LABELS[to] ?? `Move to ${PHASE_LABELS[to]}`;
}

export const SHAPES: readonly Shape[] = ['p2p', 'staff_exchange', 'workshops', 'hubs_alliance'];

export const SHAPE_NAMES: Record<Shape, string> = {
  p2p: 'P2P Learning',
  staff_exchange: 'Staff Exchange',
  workshops: 'Workshops',
  hubs_alliance: 'Hubs Alliance',
};

export const SHAPE_HINTS: Record<Shape, string> = {
  p2p: 'Visiting hubs paired with hosting hubs for a short exchange.',
  staff_exchange: 'A staff member placed at a host hub, from one week to three months.',
  workshops: 'One hub, elected by the community, produces a workshop.',
  hubs_alliance: 'Alliance professionals at another Alliance hub, first come, first served.',
};

/** What a cycle's slots count: P2P has visiting and hosting hubs, the others one figure. */
export function slotLabels(shape: Shape): { primary: string; secondary: string | null } {
  switch (shape) {
    case 'p2p':
      return { primary: 'visiting hubs', secondary: 'hosting hubs' };
    case 'workshops':
      return { primary: 'hubs', secondary: null };
    default:
      return { primary: 'people', secondary: null };
  }
}

const SINGULAR: Record<string, string> = {
  'visiting hubs': 'visiting hub',
  'hosting hubs': 'hosting hub',
  hubs: 'hub',
  people: 'person',
};

/** "13 visiting hubs", "1 person". */
export function slotCount(n: number, label: string): string {
  return `${fmt(n)} ${n === 1 ? (SINGULAR[label] ?? label) : label}`;
}

/** "Visiting hubs": a slot label as a form label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const DUE_LABELS: Record<InstalmentDue, string> = {
  before_activity: 'before the activity',
  after_report: 'after the report',
};

/** "70 % before the activity · 30 % after the report". */
export function scheduleText(schedule: Instalment[]): string {
  return schedule.map((i) => `${i.percent} % ${DUE_LABELS[i.due]}`).join(' · ');
}

/** "4–5 days", "at least 7 days", "up to 6 days"; '' when neither is set. */
export function daysText(min: number | null, max: number | null): string {
  const days = (n: number) => (n === 1 ? '1 day' : `${fmt(n)} days`);
  if (min !== null && max !== null) return min === max ? days(min) : `${fmt(min)}–${days(max)}`;
  if (min !== null) return `at least ${days(min)}`;
  if (max !== null) return `up to ${days(max)}`;
  return '';
}

// ---- Dates ----------------------------------------------------------------------------

// Calendar dates are formatted in UTC from their parts, so no time zone can move them a day.
const calendar = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const localTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "2 Nov 2026" from "2026-11-02"; '' for no date (and the text itself if it is not one). */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return iso;
  return calendar.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** "2 Nov 2026 – 15 Jan 2027", with "not set" for a missing end; '' when both are missing. */
export function formatRange(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  // Each date stays on one line; a narrow table may break the range after the dash.
  const keep = (text: string) => text.replace(/ /g, '\u00a0');
  return `${keep(formatDate(from) || 'not set')}\u00a0– ${keep(formatDate(to) || 'not set')}`;
}

/** "2 Nov 2026 14:03" in local time, from a UTC timestamp "2026-11-02T13:03:00Z". */
export function formatTimestamp(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${localDay.format(date)} ${localTime.format(date)}`;
}

// ---- Money: integer euro cents, never floating point in what is saved --------------------

const currency = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

/** "€21,775.00" from 2177500. */
export function formatEuros(cents: number): string {
  return currency.format(cents / 100);
}

/** "21,775.00" from 2177500: the text of a budget input. */
export function euroText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${fmt(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** The message for a budget left empty (0 is an amount: "not known yet"). */
export const BUDGET_EMPTY = 'Enter the budget in euros, e.g. 21,775 (0 when it is not known yet).';

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

export const SCHEDULE_PROBLEM = 'Each instalment is between 1 % and 100 %.';
