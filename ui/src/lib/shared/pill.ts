// The tones of the small coloured pills that show a state or a status (a grant's state, a
// payment's status, a letter's, a report's, a vote's, an application's in the ranking). Their
// look is the `.pill` rules of app.css; a view maps each of its states to a tone and writes
// <span class="{pill(tone)} own-class">, keeping its own class for the tests and its own rules.

/**
 * neutral: grey. green: done (awarded, paid, issued, received). amber: waiting on someone (due,
 * awaited, open, blocked). accent: next to do (scheduled, to issue). danger: overdue, not
 * eligible. dashed: not started yet (a vote being set up). draft: a draft, on white. gone:
 * cancelled or withdrawn. void: nothing to do (no letter, a waived payment), on white. blank:
 * on white, otherwise neutral.
 */
export type PillTone = 'neutral' | 'green' | 'amber' | 'accent' | 'danger' | 'dashed' | 'draft' | 'gone' | 'void' | 'blank';

/** The classes of a pill of this tone. */
export function pill(tone: PillTone): string {
  return tone === 'neutral' ? 'pill' : `pill pill-${tone}`;
}
