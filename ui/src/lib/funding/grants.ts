// Labels and formats for the grants tab, its grant dialog and the rule-set editor. The rules
// (and their wording) live in the Rust core (crates/core/src/rules.rs, grants.rs), which
// computes every grant and judges the rules on saving.

import type { AwardSummary, Grant, GrantLine, Rule, Shape } from '../ipc/bindings';
import { fmt, plural } from '../shared/stores.svelte';
import { formatEuros } from '../cycles/cycles';
import type { PillTone } from '../shared/pill';
import { TRAVEL_LABELS } from '../intake/applications';

export type RuleKind = Rule['kind'];

/** Every kind of component, in the order the "add" menu offers them. */
export const RULE_KINDS: readonly RuleKind[] = [
  'distance_band',
  'capped_travel',
  'subsistence',
  'accommodation',
  'lump_sum',
  'green_top_up',
  'inclusion_top_up',
  'visa_top_up',
  'expensive_travel',
  'grant_cap',
];

export const KIND_LABELS: Record<RuleKind, string> = {
  distance_band: 'Travel by distance band',
  capped_travel: 'Travel up to a cap',
  subsistence: 'Subsistence (day rate)',
  accommodation: 'Accommodation (night rate)',
  lump_sum: 'Lump sum',
  green_top_up: 'Green travel top-up',
  inclusion_top_up: 'Inclusion top-up',
  visa_top_up: 'Visa top-up',
  expensive_travel: 'Expensive travel',
  grant_cap: 'Cap per grant',
};

/** What a kind computes, in a sentence (rules.rs). */
export const KIND_HINTS: Record<RuleKind, string> = {
  distance_band:
    'Per traveller: the amount of the band the one-way distance from the home hub to the host falls in, for the return trip.',
  capped_travel: 'Per traveller: the declared travel cost up to the cap (the cap is reserved while nothing is declared).',
  subsistence:
    'Per traveller: the day rate × the activity days (up to the limit) plus travel days; days after the given day at a reduced percentage.',
  accommodation: 'Per traveller: the night rate × the nights of the stay (activity days − 1, up to the limit).',
  lump_sum: 'Once per grant.',
  green_top_up: 'Per traveller who travels green.',
  inclusion_top_up: 'Once per grant: the declared real costs of inclusion or accessibility, up to the cap.',
  visa_top_up: 'Per traveller who needs a visa.',
  expensive_travel:
    "With a distance band: where the band covers less than a share of the real travel cost declared, a share of that cost is paid instead (Erasmus+: below 70 %, 80 %).",
  grant_cap: 'Applied after every other line: the grant is at most this much (shown as its own line).',
};

/** The name a new component of this kind starts with. */
export const KIND_DEFAULT_NAMES: Record<RuleKind, string> = {
  distance_band: 'Travel',
  capped_travel: 'Travel',
  subsistence: 'Subsistence',
  accommodation: 'Accommodation',
  lump_sum: 'Lump sum',
  green_top_up: 'Green travel top-up',
  inclusion_top_up: 'Inclusion support',
  visa_top_up: 'Visa costs',
  expensive_travel: 'Expensive travel',
  grant_cap: 'Cap per grant',
};

export type GrantStateKind = 'draft' | 'blocked' | 'awarded' | 'cancelled';

/** The state tag of a grant: Draft, Blocked (a draft that cannot be computed), Awarded rev N, Cancelled. */
export function grantState(g: Grant): { kind: GrantStateKind; label: string } {
  switch (g.state) {
    case 'awarded':
      return { kind: 'awarded', label: `Awarded rev ${g.revision}` };
    case 'cancelled':
      return { kind: 'cancelled', label: 'Cancelled' };
    default:
      return g.blocked.trim() !== '' ? { kind: 'blocked', label: 'Blocked' } : { kind: 'draft', label: 'Draft' };
  }
}

/** The colour of each state's tag. */
export const GRANT_STATE_TONES: Record<GrantStateKind, PillTone> = {
  draft: 'draft',
  blocked: 'amber',
  awarded: 'green',
  cancelled: 'gone',
};

/** "2 travellers · Green"; '' for workshops, where nobody travels on the grant. */
export function grantTravel(g: Grant, shape: Shape): string {
  if (shape === 'workshops') return '';
  return `${plural(g.travellers, 'traveller').replace(' ', '\u00a0')} · ${TRAVEL_LABELS[g.travel_mode]}`;
}

export const ACTION_LABELS: Record<string, string> = {
  awarded: 'Awarded',
  amended: 'Amended',
  cancelled: 'Cancelled',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.charAt(0).toUpperCase() + action.slice(1).replace(/_/g, ' ');
}

/** Where a line comes from: "Travel · rules v2". */
export function lineSource(line: GrantLine): string {
  return `${line.rule} · rules v${line.rule_version}`;
}

/** "612 km · 500–1,999 km" for distance-band travel; '' for other lines. */
export function lineDistance(line: GrantLine): string {
  if (line.km === null) return '';
  return `${fmt(line.km)} km · ${line.band ?? 'no band'}`;
}

/** The cap line's amount is the reduction itself, not quantity × rate. */
export function isCapLine(line: GrantLine): boolean {
  return line.kind === 'grant_cap';
}

/** "5 × €165.00"; the cap line says what it does instead. */
export function lineCalculation(line: GrantLine): string {
  if (isCapLine(line)) return line.amount_cents === 0 ? 'within the cap' : 'reduction to the cap';
  return `${fmt(line.quantity)} × ${formatEuros(line.unit_cents)}`;
}

/** A line as one short phrase: "Travel (traveller 2): €350.00". */
export function lineBrief(line: GrantLine): string {
  const who = line.traveller === null ? '' : ` (traveller ${line.traveller})`;
  return `${line.label}${who}: ${formatEuros(line.amount_cents)}`;
}

/** "Awarded 3 grants (€3,525.00 left in the envelope)", after an award. */
export function awardToast(summary: AwardSummary): string {
  const parts = [`Awarded ${plural(summary.awarded, 'grant')}`];
  if (summary.skipped_blocked > 0) parts.push(`${plural(summary.skipped_blocked, 'blocked draft')} left as drafts`);
  const left = summary.budget.envelope_cents - summary.budget.awarded_cents;
  parts.push(left >= 0 ? `${formatEuros(left)} of the envelope not yet awarded` : `${formatEuros(-left)} over the envelope`);
  return parts.join(' · ');
}
