// Pairing of P2P Learning cycles: the weights of the criteria, as the weights dialog and the
// pairing tab name them (the same labels as the server's score explanations).

import { tick } from 'svelte';
import type { Maturity, PairCriterionScore, PairCriterion, PairSource, Unpaired } from '../ipc/bindings';
import { languageList, phrase, said, t } from '../shared/i18n';

/** The highest weight of a criterion (the lowest is 0: not counted). */
export const MAX_WEIGHT = 10;

/** Each criterion's weight, in the order the server explains a score. */
export const WEIGHT_FIELDS: readonly { key: PairCriterion; label: string; hint: string }[] = [
  { key: 'shared_sectors', label: t('pairing-criterion-shared-sectors'), hint: t('pairing-criterion-shared-sectors-hint') },
  { key: 'shared_language', label: t('pairing-criterion-shared-language'), hint: t('pairing-criterion-shared-language-hint') },
  { key: 'maturity', label: t('pairing-criterion-maturity'), hint: t('pairing-criterion-maturity-hint') },
  { key: 'different_country', label: t('pairing-criterion-different-country'), hint: t('pairing-criterion-different-country-hint') },
  { key: 'new_pair', label: t('pairing-criterion-new-pair'), hint: t('pairing-criterion-new-pair-hint') },
  { key: 'distance', label: t('pairing-criterion-distance'), hint: t('pairing-criterion-distance-hint') },
  { key: 'preference', label: t('pairing-criterion-preference'), hint: t('pairing-criterion-preference-hint') },
];

/** A criterion of a score's breakdown, named in the window's language (the core's label else). */
export function criterionLabel(c: PairCriterionScore): string {
  return WEIGHT_FIELDS.find((f) => f.key === c.criterion)?.label ?? phrase(c.label);
}

/**
 * Why a criterion scores, as the core says it; the working languages two hubs share, which the
 * core gives as codes ("el, en"), named ("both work in Greek and English").
 */
export function reasonText(c: PairCriterionScore): string {
  const codes = c.reason.said?.id === 'said-matching-why-languages' ? c.reason.said.args?.languages : undefined;
  if (typeof codes !== 'string') return phrase(c.reason);
  return t('pairing-why-languages', { languages: languageList(codes.split(',').map((code) => code.trim())) });
}

/**
 * Why a hub is left without a partner; when no allowed host is free, with why each free host
 * cannot take it, each in the window's language ("Tallinn: …; Riga: …").
 */
export function unpairedReason(u: Unpaired): string {
  if (!u.reason.said || u.refusals.length === 0) return phrase(u.reason);
  return said({ id: u.reason.said.id, args: { ...u.reason.said.args, hosts: u.refusals.map(phrase).join(t('pairing-list-separator')) } });
}

/** The tag of a pair's or a placement's source. */
export const SOURCE_LABELS: Record<PairSource, string> = {
  proposed: t('pairing-source-proposed'),
  locked: t('pairing-source-locked'),
  suggested: t('pairing-source-suggested'),
};

/** A hub's maturity, as a pair's place line shows it ("emerging"). */
export const MATURITY_LABELS: Record<Maturity, string> = {
  emerging: t('pairing-maturity-emerging'),
  established: t('pairing-maturity-established'),
};

/** Why a pair or a placement is there, for the tag's tooltip (`proposed`: who proposed it). */
export function sourceHint(source: PairSource, proposed: string): string {
  switch (source) {
    case 'proposed':
      return proposed;
    case 'locked':
      return t('pairing-source-locked-hint');
    default:
      return t('pairing-source-suggested-hint');
  }
}

/**
 * After a change, the focus goes to the first of `selectors` found (then `fallback`) when the
 * element that had it is gone or disabled (a Lock button that became Unlock, a re-assigned row).
 */
export async function refocusAfterChange(fallback: string, ...selectors: string[]) {
  await tick();
  const active = document.activeElement as HTMLElement | null;
  const lost = !active || active === document.body || !active.isConnected || (active instanceof HTMLButtonElement && active.disabled);
  if (!lost) return;
  for (const selector of [...selectors, fallback]) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el && !(el instanceof HTMLButtonElement && el.disabled)) {
      el.focus();
      return;
    }
  }
}

/**
 * The question before a plan is confirmed (`question`: "Confirm 13 pairs? The grants will use
 * each pair's host; …"), then `left` (who stays without a partner) when it is not empty.
 */
export function confirmQuestion(question: string, left: string): string {
  return left !== '' ? `${question} ${left}` : question;
}
