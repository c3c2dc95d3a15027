// The keys of the list screens: on a table row that opens its record, and the window-wide
// Ctrl (or Cmd) shortcuts of a screen.

import type { ActionReturn } from 'svelte/action';
import { ui } from './stores.svelte';

/** Keys on a row that opens its record: Enter or Space opens it; the arrows move to the next
 * or previous row, without tabbing through every one. Keys on a control inside the row are the
 * control's. */
export function rowKeydown(event: KeyboardEvent, open: () => void) {
  if (event.target !== event.currentTarget) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    open();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const row = event.currentTarget as HTMLElement;
    const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }
}

/** `<tr use:opens={() => openIt(record)}>`: a table row that opens its record, on a click or
 * the keys of `rowKeydown`; it takes the focus in the Tab order. */
export function opens(row: HTMLElement, open: () => void): ActionReturn<() => void> {
  let current = open;
  const click = () => current();
  const keydown = (event: KeyboardEvent) => rowKeydown(event, current);
  row.tabIndex = 0;
  row.addEventListener('click', click);
  row.addEventListener('keydown', keydown);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      row.removeEventListener('click', click);
      row.removeEventListener('keydown', keydown);
    },
  };
}

/** Runs the action of Ctrl (or Cmd) + a letter, by lower-case letter; not while a dialog is
 * open, nor with Alt or Shift. A letter whose action is undefined is left to the window. */
export function shortcut(event: KeyboardEvent, actions: Record<string, (() => void) | undefined>) {
  if (ui.modals > 0 || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const action = actions[event.key.toLowerCase()];
  if (action) {
    event.preventDefault();
    action();
  }
}
