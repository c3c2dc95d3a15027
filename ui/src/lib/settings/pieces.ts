// A sentence of the Settings screen with markup inside (a folder in a code font, a name in
// bold): one message, whose values are put in their own elements. The message is asked for
// with a mark in place of each value, then cut at the marks, so that a translation may put
// the values where its word order wants them.

import { t } from '../shared/i18n';

/** A piece of a message: text as it stands, or the place of one of its values. */
export type Piece = { text: string; slot?: undefined } | { text?: undefined; slot: string };

const MARK = '\uE000';

/** The message `id` cut at its values `slots` ("folder", "fingerprint"…); `args` are plain. */
export function pieces(id: string, slots: readonly string[], args: Record<string, string | number> = {}): Piece[] {
  const marked: Record<string, string | number> = { ...args };
  for (const slot of slots) marked[slot] = `${MARK}${slot}${MARK}`;
  const parts = t(id, marked).split(MARK);
  // Odd parts are the values' names, even parts the text between them.
  return parts.flatMap((part, i): Piece[] => (i % 2 === 1 ? [{ slot: part }] : part === '' ? [] : [{ text: part }]));
}
