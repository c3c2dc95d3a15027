// What a form keeps to refuse a stale save kindly: the version it read, the draft as read, the
// refusal (who saved what meanwhile) and, after a reload, the user's own edits to put back.
// Used with StaleNotice by the dialogs of a cycle's settings; the core decides what is stale.

import type { AppError } from '../ipc/api';
import { editsOf, withEdits, type TypedValue } from './forms';

export class StaleGuard<D extends object> {
  /** The version the form read; sent with the save. */
  readAt: number | null = null;
  /** The refusal to show (its message), and the version it named. */
  refusal = $state<{ message: string; versionNow: number } | null>(null);
  /** After a reload: the user's edits, not saved. */
  typed = $state<TypedValue[]>([]);
  private base: D | null = null;
  private typedFrom: D | null = null;

  constructor(
    private labels: Record<string, string> = {},
    private show?: (key: string, value: unknown) => string | null,
  ) {}

  /** The record as read (loaded, or saved): `draft` is what the form shows for it. */
  read(draft: D, version: number) {
    this.base = $state.snapshot(draft) as D;
    this.readAt = version;
    this.refusal = null;
  }

  /** A save's failure: true when it was refused as stale (the refusal is then shown). */
  refused(err: AppError): boolean {
    if (err.code !== 'conflict' || err.versionNow === undefined) return false;
    this.refusal = { message: err.message, versionNow: err.versionNow };
    return true;
  }

  /** Before a reload: what the user typed, compared with what the form read. */
  private mine(draft: D): D | null {
    return this.base ? ($state.snapshot(draft) as D) : null;
  }

  /** After a reload (`read` of the fresh record): list the user's edits (`before` is what the form had read). */
  private keep(before: D | null, mine: D | null) {
    if (!before || !mine) return;
    const edits = editsOf(before, mine, this.labels);
    this.typed = this.show
      ? edits.map((e) => ({ ...e, value: this.show!(e.key, (mine as Record<string, unknown>)[e.key]) ?? e.value }))
      : edits;
    this.typedFrom = mine;
  }

  /**
   * Show the record as saved now: `load` fetches and shows it (and calls `read`); what the
   * user had typed (`current`) stays listed, to put back.
   */
  async reload(current: D, load: () => Promise<void>) {
    const before = this.base;
    const mine = this.mine(current);
    await load();
    this.keep(before, mine);
  }

  /** Save over the newer version on purpose: the next save states the version now. */
  overwrite(): boolean {
    if (!this.refusal) return false;
    this.readAt = this.refusal.versionNow;
    this.refusal = null;
    return true;
  }

  /** `target` with the user's edits put back. */
  putBack(target: D): D {
    const out = this.typedFrom ? withEdits(target, this.typedFrom, this.typed) : target;
    this.dismiss();
    return out;
  }

  dismiss() {
    this.typed = [];
    this.typedFrom = null;
  }
}
