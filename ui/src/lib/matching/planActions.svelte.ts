// The state and the actions of a plan that gives applicants their hosts: the pairs of a P2P
// Learning cycle (PairingView) or the placements of a Staff Exchange cycle (PlacementView).
// The plan is loaded with the cycle; it is run again, confirmed, a row locked, unlocked,
// forbidden or given another host, a lock or a ban removed: one change at a time, each told
// in a toast, and the focus put back where the change took away the button that had it.
//
// Create it while the component initialises (its CycleData starts an effect); PlanFrame draws
// what every plan shows around the view's own table.

import type { ConstraintKind, Cycle, PairingWeights, PairScore, PairSource, Phrase } from '../ipc/bindings';
import { CycleData, type CycleKey } from '../shared/cycleData.svelte';
import { showError, toast } from '../shared/stores.svelte';
import { formatTimestamp, phrase, t } from '../shared/i18n';
import { refocusAfterChange, WEIGHT_FIELDS } from './pairing';

/** What every plan carries that the frame and the actions read. */
export interface Plan {
  weights: PairingWeights;
  weights_version: number;
  total_score: number;
  total_grant_cents: number;
  /** Everyone has a host. */
  complete: boolean;
  /** Why the plan is partial, in words; empty when it is complete. */
  message: Phrase;
  confirmed_at: string | null;
  matches_confirmed: boolean;
}

/** The props of a plan tab (PairingView, PlacementView). */
export interface PlanViewProps {
  cycle: Cycle;
  /** Bumped by the parent after any change to the cycle's applications. */
  version: number;
  /** Called after the plan is confirmed, so the parent's data follows. */
  onchanged: () => void;
}

/** What every row of a plan carries (a pair, a placement). */
export interface PlanRow {
  score: PairScore;
  source: PairSource;
  /** The grants of the row under the cycle's rules, cents. */
  grant_cents: number;
}

/** A lock or a ban as its list shows it: its applicant's and host's ids, and what it says. */
export interface ConstraintLine {
  ids: [number, number];
  kind: ConstraintKind;
  text: string;
  /** Who set it, and when. */
  by?: string;
  /** Why a lock is not kept, if it is not. */
  note?: string;
}

/** The words of one kind of plan. */
export interface PlanWords {
  /** The class of the rows and the prefix of their buttons': `pair`, `placement`. */
  one: string;
  /**
   * The kind of plan: the prefix of the table's ids, the weights dialog's subject, and the
   * `$plan` of the plan's messages (`pairing-plan-…`), which word each sentence for it.
   */
  many: 'pairs' | 'placements';
  /** The Re-run button's tooltip. */
  rerunTitle: string;
  /** Said when no one is selected. */
  emptyTitle: string;
  /** The title of the list of locks and bans. */
  constraintsTitle: string;
  /** The tooltip of a ban's Remove button. */
  allowTitle: string;
  /** Told when a ban is removed. */
  banRemoved: string;
  /** The source tag's tooltip on a row the applicants proposed. */
  proposedHint: string;
  /** The tooltips of a row's buttons (PlanRowActions). */
  titles: { explain: string; unlock: string; lock: string; forbid: string; change: string };
  /** Under a row's score breakdown. */
  breakdownNote: string;
  /** The heads of the table's first three columns and of its grants' column. */
  columns: [string, string, string];
  grantsHead: string;
  /** Said instead of the table when the plan has no row. */
  none: string;
  /** The Change host dialog: the prefix of its ids, and its button. */
  changeIdPrefix: string;
  changeLabel: string;
}

export interface PlanSetup<P extends Plan, R> {
  /** The prefix of the view's ids: `pairing` (`#pairing-rerun`, …) or `placement`. */
  idPrefix: string;
  words: PlanWords;
  /** What the plan follows (cycleId null: nothing to load). */
  key: () => CycleKey;
  cycle: () => Cycle;
  /** The core's calls; each answers with the plan as it is after them. */
  get: (cycleId: number) => Promise<P>;
  constrain: (cycleId: number, rowId: number, hostId: number, kind: ConstraintKind | null) => Promise<P>;
  confirm: (cycleId: number) => Promise<P>;
  saveWeights: (cycleId: number, weights: PairingWeights, expectedVersion: number | null) => Promise<P>;
  /** The rows of a plan. */
  rows: (plan: P) => R[];
  /** A row's applicant (its application) and host, as the constraint call takes them. */
  ids: (row: R) => [number, number];
  /**
   * How a row's two sides end the ids of their names in the view's cells (`pair-{key}-visiting`
   * and `-hosting`): the buttons of the row name them.
   */
  sides: [string, string];
  /** The names of the data attributes (without `data-`) of a row's applicant and host. */
  dataNames: [string, string];
  /** The ids of the locks and bans: `{constraintId}-{applicant}-{host}`, their list's `{constraintId}s`. */
  constraintId: string;
  /** Told when a row is forbidden. */
  forbidden: (row: R) => string;
  /** Called after the plan is confirmed, so the parent's data follows. */
  onchanged: () => void;
}

export class PlanActions<P extends Plan, R> {
  readonly data: CycleData<P>;
  /** A change is under way: further clicks wait for it (the buttons keep their focus). */
  busy = $state(false);
  /** A re-run is under way. */
  private rerunning = $state(false);
  /** The rows whose score is explained under them, by key. */
  expanded = $state<Record<string, boolean>>({});
  editingWeights = $state(false);
  confirming = $state(false);
  /** The plan was just confirmed: offer to move the cycle on. */
  offeringMove = $state(false);
  /** The row whose host is being changed, and the host chosen in the dialog. */
  changing = $state<{ row: R; hostId: number } | null>(null);

  constructor(readonly setup: PlanSetup<P, R>) {
    this.data = new CycleData(setup.key, setup.get);
  }

  get words(): PlanWords {
    return this.setup.words;
  }

  private get cycleId(): number {
    return this.setup.cycle().id;
  }

  /** The plan of the cycle shown (never the previous cycle's while the next one loads). */
  get shown(): P | null {
    return this.data.of(this.cycleId);
  }

  get loading(): boolean {
    return this.data.loading || this.rerunning;
  }

  /** Why the cycle's phase keeps the plan as it is ('' in Matching). */
  get matchingGate(): string {
    return phrase(this.setup.cycle().gates.find((g) => g.work === 'matching')?.blocked ?? { text: '' });
  }

  get matchingOpen(): boolean {
    return this.matchingGate === '';
  }

  /** The weights in force, in a line: "Shared sectors 3 · … · never the same country". */
  get weightsText(): string {
    const plan = this.shown;
    if (!plan) return '…';
    return [
      ...WEIGHT_FIELDS.map((f) => `${f.label} ${plan.weights[f.key]}`),
      plan.weights.forbid_same_country ? t('pairing-weights-same-country-never') : t('pairing-weights-same-country-allowed'),
    ].join(' · ');
  }

  get status(): { kind: 'none' | 'confirmed' | 'changed'; text: string } {
    const plan = this.shown;
    if (!plan || !plan.confirmed_at) return { kind: 'none', text: t('pairing-plan-not-confirmed') };
    const when = formatTimestamp(plan.confirmed_at);
    if (plan.matches_confirmed) return { kind: 'confirmed', text: t('pairing-plan-confirmed-on', { when }) };
    return { kind: 'changed', text: t('pairing-plan-changed-since', { plan: this.words.many, when }) };
  }

  /** Why Confirm is not available, or '' when it is. */
  get confirmBlocked(): string {
    const plan = this.shown;
    const kind = this.words.many;
    if (!plan) return t('pairing-plan-loading-blocked', { plan: kind });
    if (this.matchingGate !== '') return this.matchingGate;
    if (this.setup.rows(plan).length === 0) return t('pairing-plan-nothing-to-confirm', { plan: kind });
    if (plan.matches_confirmed) return t('pairing-plan-all-confirmed', { plan: kind });
    return '';
  }

  /** Shows a plan answered by a change (a load still under way is dropped: it is older). */
  apply(next: P) {
    this.data.set(this.cycleId, next);
  }

  /** After a change, the focus goes to the first of `selectors` found, then Re-run, if it was lost. */
  refocus(...selectors: string[]): Promise<void> {
    return refocusAfterChange(`#${this.setup.idPrefix}-rerun`, ...selectors);
  }

  /**
   * Makes one change unless another is under way: shows the plan it answers, tells `message`
   * (or what it makes of that plan) and runs `then`. False when nothing changed.
   */
  private async change(
    call: (cycleId: number) => Promise<P>,
    message: string | ((next: P) => string),
    then?: () => void,
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const next = await call(this.cycleId);
      this.apply(next);
      toast(typeof message === 'string' ? message : message(next));
      then?.();
      return true;
    } catch (reason) {
      showError(reason);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Locks, forbids or frees (kind null) a row; then the focus goes to the first of `focus` found. */
  private async constrain(rowId: number, hostId: number, kind: ConstraintKind | null, message: string, focus: string[]) {
    if (await this.change((cycleId) => this.setup.constrain(cycleId, rowId, hostId, kind), message)) {
      await this.refocus(...focus);
    }
  }

  /** The CSS selector of an applicant's row in the table. */
  rowSelector(rowId: number): string {
    const { one, many } = this.words;
    return `#${many}-table tr.${one}-row[data-${this.setup.dataNames[0]}="${rowId}"]`;
  }

  /** The selector of a button of an applicant's row (`lock` is `.pair-lock` in a pair's row). */
  private button(rowId: number, name: string): string {
    return `${this.rowSelector(rowId)} .${this.words.one}-${name}`;
  }

  lock(row: R) {
    const [id, host] = this.setup.ids(row);
    void this.constrain(id, host, 'locked', t('pairing-plan-row-locked', { plan: this.words.many }), [this.button(id, 'unlock')]);
  }

  unlock(row: R) {
    const [id, host] = this.setup.ids(row);
    void this.constrain(id, host, null, t('pairing-plan-row-unlocked', { plan: this.words.many }), [this.button(id, 'lock'), this.button(id, 'explain')]);
  }

  forbid(row: R) {
    const [id, host] = this.setup.ids(row);
    void this.constrain(id, host, 'forbidden', this.setup.forbidden(row), [this.button(id, 'explain')]);
  }

  /** Removes the lock or the ban at `index` in the list; the focus stays in the list. */
  removeConstraint(rowId: number, hostId: number, kind: ConstraintKind, index: number) {
    const list = `#${this.setup.constraintId}s .constraint`;
    void this.constrain(rowId, hostId, null, kind === 'locked' ? t('pairing-plan-lock-removed') : this.words.banRemoved, [
      `${list}:nth-child(${index + 1}) .constraint-remove`,
      `${list}:nth-child(${index}) .constraint-remove`,
    ]);
  }

  /** Runs the plan again with the present selection and weights (the locks are kept). */
  async rerun() {
    if (this.busy) return;
    this.rerunning = true;
    await this.change(this.setup.get, t('pairing-plan-rerun-done', { plan: this.words.many }));
    this.rerunning = false;
  }

  requestConfirm() {
    if (this.busy || this.confirmBlocked !== '') return;
    this.confirming = true;
  }

  async confirm() {
    this.confirming = false;
    if (this.busy) return;
    await this.change(this.setup.confirm, t('pairing-plan-confirmed', { plan: this.words.many }), () => {
      this.setup.onchanged();
      this.offeringMove = true;
    });
    await this.refocus();
  }

  /** Opens or closes a row's score breakdown. */
  toggle(key: string) {
    this.expanded[key] = !this.expanded[key];
  }

  async weightsSaved(next: P) {
    this.editingWeights = false;
    this.apply(next);
    toast(t('pairing-plan-weights-saved', { plan: this.words.many }));
    await this.refocus(`#${this.setup.idPrefix}-weights`);
  }

  openChange(row: R) {
    if (this.busy) return;
    this.changing = { row, hostId: this.setup.ids(row)[1] };
  }

  closeChange() {
    if (this.busy) return;
    this.changing = null;
  }

  /**
   * Locks the row of the Change host dialog at the host chosen there, telling what `message`
   * makes of the plan answered; the dialog stays open with the host chosen if it fails.
   */
  async confirmChange(event: SubmitEvent, message: (next: P, row: R, hostId: number) => string) {
    event.preventDefault();
    if (!this.changing || this.busy) return;
    const { row, hostId } = this.changing;
    const [id] = this.setup.ids(row);
    const changed = await this.change(
      (cycleId) => this.setup.constrain(cycleId, id, hostId, 'locked'),
      (next) => message(next, row, hostId),
      () => (this.changing = null),
    );
    if (changed) await this.refocus(this.button(id, 'change'));
  }
}
