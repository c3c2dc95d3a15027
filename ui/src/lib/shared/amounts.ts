// Amounts typed in the window are read by the core (platform/money.rs), the same way the
// imports and the command line read them: the window asks, in one call per save, and never
// parses euros itself.

import { tick } from 'svelte';
import * as api from '../ipc/api';
import type { AmountRead } from '../ipc/bindings';
import type { FieldProblem } from './forms';
import { amountText, said } from './i18n';
import { t } from './i18n';

/** How the core reads a text: `read(text)` answers for each of the texts asked about. */
export type AmountReading = (text: string) => AmountRead;

const NOTHING: AmountRead = { cents: null, shown: null, problem: null, problem_said: null };

/** Ask the core how it reads each text as an amount of euros. */
export async function readAmounts(texts: string[]): Promise<AmountReading> {
  const asked = [...new Set(texts.filter((t) => t.trim() !== ''))];
  const answers = asked.length > 0 ? await api.amountsRead(asked) : [];
  const byText = new Map(asked.map((t, i) => [t, answers[i]]));
  return (text) => {
    if (text.trim() === '') return NOTHING;
    const answer = byText.get(text);
    if (!answer) throw new Error(t('shared-amount-not-read', { text }));
    return answer;
  };
}

/**
 * The cents of a typed amount, or null: when the text is empty (with `whenEmpty` as the
 * field's message, if the amount is required) or not an amount (with the core's reason and
 * `note`, e.g. "Leave it empty when nothing is declared.").
 */
export function amountOf(
  read: AmountReading,
  text: string,
  field: string,
  problems: FieldProblem[],
  { whenEmpty, note }: { whenEmpty?: string; note?: string } = {},
): number | null {
  const answer = read(text);
  const problem = answer.problem_said ? said(answer.problem_said) : answer.problem;
  if (problem !== null) problems.push({ field, message: note ? `${problem} ${note}` : problem });
  else if (answer.cents === null && whenEmpty) problems.push({ field, message: whenEmpty });
  return answer.cents;
}

/** Amounts being tidied now (their fields show the text as read once each resolves). */
const tidying = new Set<Promise<unknown>>();

/** The amount as it reads back ("1175" → "1,175.00", "1 175,00" in French); the text itself when it is not one. */
export async function tidyAmount(text: string): Promise<string> {
  if (text.trim() === '') return text;
  const asked = readAmounts([text]);
  tidying.add(asked);
  try {
    // Read by the core, written back in the window's language ("1 175,00" in French).
    const { cents } = (await asked)(text);
    return cents === null ? text : amountText(cents);
  } catch {
    return text;
  } finally {
    tidying.delete(asked);
  }
}

/** An amount field of `holder` shown as the core reads it, unless the user typed on meanwhile. */
export async function tidyField<T>(holder: T, key: keyof T) {
  const typed = holder[key];
  if (typeof typed !== 'string') return;
  const shown = await tidyAmount(typed);
  if (holder[key] === typed) holder[key] = shown as T[keyof T];
}

/**
 * Once every amount being tidied reads back: a form asks before it judges whether anything
 * changed (leaving a field with "165" for Cancel is no change when "165.00" was read).
 */
export async function amountsTidied(): Promise<void> {
  while (tidying.size > 0) await Promise.allSettled([...tidying]);
  await tick();
}
