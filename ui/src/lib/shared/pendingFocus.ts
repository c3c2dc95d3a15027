// The focus to give back once a view is redrawn after a change made in it: the control used is
// gone (a row's button that no longer applies), so the focus goes to what stands in its place,
// unless the user has put it somewhere else meanwhile.

import { tick } from 'svelte';

export class PendingFocus<T> {
  /** What takes the focus after the next redraw (null: nothing). */
  target: T | null = null;

  /** @param find the element that takes the focus for a target, once the view is redrawn. */
  constructor(private find: (target: T) => HTMLElement | null | undefined) {}

  /** After the redraw: the target's element takes the focus, if the focus was lost. */
  async restore() {
    const target = this.target;
    this.target = null;
    if (target === null) return;
    await tick();
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    this.find(target)?.focus();
  }
}
