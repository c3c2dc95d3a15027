// The figures a cycle and its programme's defaults share: slots, the activity's length, the
// budget and the payment schedule. CycleForm and ProgrammesDialog check them the same way
// before the core judges them, and show them with SlotFields and BudgetFields.

import type { ProgrammeDefaults } from '../ipc/bindings';
import { amountOf, type AmountReading } from '../shared/amounts';
import { badInput, type FieldProblem } from '../shared/forms';
import { t } from '../shared/i18n';
import { BUDGET_EMPTY, euroText, isEmpty, scheduleOf, scheduleRows, SCHEDULE_PROBLEM, wholeNumber, type Num, type ScheduleRow } from './cycles';

/** The figures as typed. */
export interface FiguresDraft {
  slots_primary: Num;
  slots_secondary: Num;
  min_days: Num;
  max_days: Num;
  budget: string;
  schedule: ScheduleRow[];
}

/** The figures as the form shows them, from a cycle's or a programme's defaults. */
export function figuresDraft(f: ProgrammeDefaults): FiguresDraft {
  return {
    slots_primary: f.slots_primary,
    slots_secondary: f.slots_secondary,
    min_days: f.min_days,
    max_days: f.max_days,
    budget: euroText(f.budget_cents),
    schedule: scheduleRows(f.payment_schedule),
  };
}

/**
 * The figures to send, or null; their problems are added to `problems`. The inputs' ids start
 * with `prefix` (`cycle-slots-primary`, …); `twoSlots`: the shape has hosting slots too (P2P).
 * `budgetText` is the budget as it was when `read` asked the core about it.
 */
export function figuresOf(
  d: FiguresDraft,
  twoSlots: boolean,
  prefix: string,
  read: AmountReading,
  budgetText: string,
  problems: FieldProblem[],
): ProgrammeDefaults | null {
  const bad = (id: string) => badInput(`${prefix}-${id}`);
  const primary = wholeNumber(d.slots_primary);
  if (primary === null || bad('slots-primary')) problems.push({ field: 'slots_primary', message: t('cycles-figures-whole-number') });
  const secondary = twoSlots ? wholeNumber(d.slots_secondary) : 0;
  if (secondary === null || (twoSlots && bad('slots-secondary'))) {
    problems.push({ field: 'slots_secondary', message: t('cycles-figures-whole-number') });
  }
  const days = (v: Num, id: string, field: string): number | null => {
    if (isEmpty(v) && !bad(id)) return null;
    const n = wholeNumber(v);
    if (n === null) problems.push({ field, message: t('cycles-figures-whole-days') });
    return n;
  };
  const minDays = days(d.min_days, 'min-days', 'min_days');
  const maxDays = days(d.max_days, 'max-days', 'max_days');
  const budget = amountOf(read, budgetText, 'budget_cents', problems, { whenEmpty: BUDGET_EMPTY });
  const schedule = scheduleOf(d.schedule);
  if (schedule === null) problems.push({ field: 'payment_schedule', message: SCHEDULE_PROBLEM });
  if (primary === null || secondary === null || budget === null || schedule === null) return null;
  return { slots_primary: primary, slots_secondary: secondary, min_days: minDays, max_days: maxDays, budget_cents: budget, payment_schedule: schedule };
}
