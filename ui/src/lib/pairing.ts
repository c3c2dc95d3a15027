// Pairing of P2P Learning cycles: the weights of the criteria, as the weights dialog and the
// pairing tab name them (the same labels as the server's score explanations).

import type { PairCriterion } from './bindings';

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
