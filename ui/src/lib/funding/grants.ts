// Labels and formats for the grants tab, its grant dialog and the rule-set editor. The rules
// (and their wording) live in the Rust core (crates/core/src/rules.rs, grants.rs), which
// computes every grant and judges the rules on saving.

import type { AwardSummary, Grant, GrantLine, Rule, Shape } from '../ipc/bindings';
import { formatMoney, phrase, t } from '../shared/i18n';
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
  distance_band: t('funding-rules-kind-distance-band'),
  capped_travel: t('funding-rules-kind-capped-travel'),
  subsistence: t('funding-rules-kind-subsistence'),
  accommodation: t('funding-rules-kind-accommodation'),
  lump_sum: t('funding-rules-kind-lump-sum'),
  green_top_up: t('funding-rules-kind-green-top-up'),
  inclusion_top_up: t('funding-rules-kind-inclusion-top-up'),
  visa_top_up: t('funding-rules-kind-visa-top-up'),
  expensive_travel: t('funding-rules-kind-expensive-travel'),
  grant_cap: t('funding-rules-kind-grant-cap'),
};

/** What a kind computes, in a sentence (rules.rs). */
export const KIND_HINTS: Record<RuleKind, string> = {
  distance_band: t('funding-rules-kind-hint-distance-band'),
  capped_travel: t('funding-rules-kind-hint-capped-travel'),
  subsistence: t('funding-rules-kind-hint-subsistence'),
  accommodation: t('funding-rules-kind-hint-accommodation'),
  lump_sum: t('funding-rules-kind-hint-lump-sum'),
  green_top_up: t('funding-rules-kind-hint-green-top-up'),
  inclusion_top_up: t('funding-rules-kind-hint-inclusion-top-up'),
  visa_top_up: t('funding-rules-kind-hint-visa-top-up'),
  expensive_travel: t('funding-rules-kind-hint-expensive-travel'),
  grant_cap: t('funding-rules-kind-hint-grant-cap'),
};

/** The name a new component of this kind starts with. */
export const KIND_DEFAULT_NAMES: Record<RuleKind, string> = {
  distance_band: t('funding-rules-kind-name-distance-band'),
  capped_travel: t('funding-rules-kind-name-capped-travel'),
  subsistence: t('funding-rules-kind-name-subsistence'),
  accommodation: t('funding-rules-kind-name-accommodation'),
  lump_sum: t('funding-rules-kind-name-lump-sum'),
  green_top_up: t('funding-rules-kind-name-green-top-up'),
  inclusion_top_up: t('funding-rules-kind-name-inclusion-top-up'),
  visa_top_up: t('funding-rules-kind-name-visa-top-up'),
  expensive_travel: t('funding-rules-kind-name-expensive-travel'),
  grant_cap: t('funding-rules-kind-name-grant-cap'),
};

export type GrantStateKind = 'draft' | 'blocked' | 'awarded' | 'cancelled';

/** The state tag of a grant: Draft, Blocked (a draft that cannot be computed), Awarded rev N, Cancelled. */
export function grantState(g: Grant): { kind: GrantStateKind; label: string } {
  switch (g.state) {
    case 'awarded':
      return { kind: 'awarded', label: t('funding-grants-state-awarded', { revision: g.revision }) };
    case 'cancelled':
      return { kind: 'cancelled', label: t('funding-grants-state-cancelled') };
    default:
      return g.blocked.text.trim() !== '' ? { kind: 'blocked', label: t('funding-grants-state-blocked') } : { kind: 'draft', label: t('funding-grants-state-draft') };
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
  return t('funding-grants-travel', { count: g.travellers, mode: TRAVEL_LABELS[g.travel_mode] });
}

export const ACTION_LABELS: Record<string, string> = {
  awarded: t('funding-grants-action-awarded'),
  amended: t('funding-grants-action-amended'),
  cancelled: t('funding-grants-action-cancelled'),
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.charAt(0).toUpperCase() + action.slice(1).replace(/_/g, ' ');
}

/** Where a line comes from: "Travel · rules v2". */
export function lineSource(line: GrantLine): string {
  return t('funding-grants-line-source', { rule: line.rule, version: line.rule_version });
}

/** "612 km · 500–1,999 km" for distance-band travel; '' for other lines. */
export function lineDistance(line: GrantLine): string {
  if (line.km === null) return '';
  return t('funding-grants-line-distance', { km: line.km, band: line.band ?? t('funding-grants-line-no-band') });
}

/** The cap line's amount is the reduction itself, not quantity × rate. */
export function isCapLine(line: GrantLine): boolean {
  return line.kind === 'grant_cap';
}

/** "5 × €165.00"; the cap line says what it does instead. */
export function lineCalculation(line: GrantLine): string {
  if (isCapLine(line)) return line.amount_cents === 0 ? t('funding-grants-line-within-cap') : t('funding-grants-line-reduction-to-cap');
  return t('funding-grants-line-calculation', { quantity: line.quantity, rate: formatMoney(line.unit_cents) });
}

/** A line as one short phrase: "Travel (traveller 2): €350.00". */
export function lineBrief(line: GrantLine): string {
  const amount = formatMoney(line.amount_cents);
  return line.traveller === null
    ? t('funding-grants-line-brief', { label: phrase(line.label), amount })
    : t('funding-grants-line-brief-traveller', { label: phrase(line.label), traveller: line.traveller, amount });
}

/** "Awarded 3 grants (€3,525.00 left in the envelope)", after an award. */
export function awardToast(summary: AwardSummary): string {
  const parts = [t('funding-grants-award-toast-awarded', { count: summary.awarded })];
  if (summary.skipped_blocked > 0) parts.push(t('funding-grants-award-toast-blocked', { count: summary.skipped_blocked }));
  parts.push(envelopeLeft(summary.budget.envelope_cents - summary.budget.awarded_cents));
  return parts.join(' · ');
}

/** "€3,525.00 of the envelope not yet awarded", or "€100.00 over the envelope" when `left` is negative. */
export function envelopeLeft(left: number): string {
  return left >= 0
    ? t('funding-grants-envelope-left', { amount: formatMoney(left) })
    : t('funding-grants-envelope-over', { amount: formatMoney(-left) });
}
