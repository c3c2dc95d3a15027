// Pairing of P2P Learning cycles: the weights of the criteria, as the weights dialog and the
// pairing tab name them (the same labels as the server's score explanations).

import { tick } from 'svelte';
import type { PairCriterion, PairSource } from '../ipc/bindings';
import { plural } from '../shared/stores.svelte';

/** The highest weight of a criterion (the lowest is 0: not counted). */
export const MAX_WEIGHT = 10;

/** Each criterion's weight, in the order the server explains a score. */
export const WEIGHT_FIELDS: readonly { key: PairCriterion; label: string; hint: string }[] = [
  { key: 'shared_sectors', label: 'Shared sectors', hint: 'Sectors both hubs work in' },
  { key: 'shared_language', label: 'Shared language', hint: 'A working language in common' },
  { key: 'maturity', label: 'Maturity', hint: 'Emerging hubs visiting established ones' },
  { key: 'different_country', label: 'Different countries', hint: 'Hubs in different countries' },
  { key: 'new_pair', label: 'New collaboration', hint: 'Hubs never paired in an earlier cycle' },
  { key: 'distance', label: 'Distance', hint: 'Closer hubs: cheaper and greener travel' },
  { key: 'preference', label: "Applicants' preference", hint: 'Partners the applicants proposed' },
];

/** The tag of a pair's or a placement's source. */
export const SOURCE_LABELS: Record<PairSource, string> = {
  proposed: 'Proposed',
  locked: 'Locked',
  suggested: 'Suggested',
};

/** Why a pair or a placement is there, for the tag's tooltip (`proposed`: who proposed it). */
export function sourceHint(source: PairSource, proposed: string): string {
  switch (source) {
    case 'proposed':
      return proposed;
    case 'locked':
      return 'Locked by staff: kept in every re-run';
    default:
      return 'Suggested from the weighted criteria';
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
 * The question before a plan is confirmed: "Confirm 13 pairs? The grants will use each pair's
 * host; …", then `left` (who stays without a partner) when it is not empty.
 */
export function confirmQuestion(rows: string, whose: string, left: string): string {
  const parts = [`Confirm ${rows}?`, `The grants will use each ${whose} host; the cycle can then move to Awarded.`];
  if (left !== '') parts.push(left);
  return parts.join(' ');
}

/** "2 hubs stay unpaired (see Not paired).": `n` left out of a plan, and where they are listed. */
export function leftOut(n: number, one: string, many: string, where: string): string {
  return `${plural(n, one, many)} ${n === 1 ? 'stays' : 'stay'} ${where}`;
}
