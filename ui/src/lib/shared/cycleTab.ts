// The props the Applications screen gives each tab that shows one cycle's data (Selection,
// Grants, Payments, Letters, Reports, the cycle report).

import type { Cycle } from '../ipc/bindings';

export interface CycleTabProps {
  cycle: Cycle;
  /** Bumped by the parent after any change to the cycle's applications or grants. */
  version: number;
  /**
   * Called after every change made here (a selection, an award, a payment, a letter issued,
   * which may award a draft grant, a report received, which makes the balance due), so the
   * parent's data follows.
   */
  onchanged: () => void;
}
