// Helpers every form shares: sorting messages to their fields (see FormErrors), the save
// shortcut, and the user's own edits after a stale save.

import { t } from './i18n';

export type FieldErrors = Record<string, string>;

/** One message about one field, as the server (or a form's own checks) reports it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Sort field messages into those shown at their input (a key of `fieldIds`, several messages
 * of a field joined) and the others, shown at the top of the form. With `onPage`, a field
 * counts only when its input is on the page now (forms that show some fields only sometimes).
 */
export function splitFieldErrors(
  fields: FieldProblem[],
  fieldIds: Record<string, string>,
  onPage = false,
): { known: FieldErrors; other: FieldProblem[] } {
  const known: FieldErrors = {};
  const other: FieldProblem[] = [];
  for (const f of fields) {
    if (f.field in fieldIds && (!onPage || document.getElementById(fieldIds[f.field]))) {
      known[f.field] = known[f.field] ? `${known[f.field]} ${f.message}` : f.message;
    } else {
      other.push(f);
    }
  }
  return { known, other };
}

/** The errors without those of `fields`; the same object when none of them was set. */
export function withoutErrors(errors: FieldErrors, fields: string[]): FieldErrors {
  if (!fields.some((f) => f in errors)) return errors;
  const next = { ...errors };
  for (const f of fields) delete next[f];
  return next;
}

/** Focus the first field, in form order (the key order of `fieldIds`), that has an error. */
export function focusFirstInvalid(errors: FieldErrors, fieldIds: Record<string, string>) {
  const first = Object.keys(fieldIds).find((f) => f in errors);
  if (first) document.getElementById(fieldIds[first])?.focus();
}

/** Ctrl+S (Cmd+S on macOS). */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';
}

/** A form's keydown handler: Ctrl+S (Cmd+S) saves. */
export function onSaveKey(save: () => unknown): (event: KeyboardEvent) => void {
  return (event) => {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      void save();
    }
  };
}

/** A form's submit handler: the page stays, the form saves. */
export function onSubmit(save: () => unknown): (event: SubmitEvent) => void {
  return (event) => {
    event.preventDefault();
    void save();
  };
}

/** One field the user had changed, shown after a reload of a record saved by someone else meanwhile. */
export interface TypedValue {
  key: string;
  label: string;
  value: string;
}

/**
 * The user's own edits: the fields of `mine` that differ from `base` (the record as the form
 * read it), labelled by `labels` (fields without a label are listed under their key).
 */
export function editsOf<T extends object>(base: T, mine: T, labels: Record<string, string>): TypedValue[] {
  const shown = (v: unknown) =>
    v === null || v === undefined || v === '' ? t('shared-value-empty') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const a = base as Record<string, unknown>;
  const b = mine as Record<string, unknown>;
  return Object.keys(b)
    .filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
    .map((k) => ({ key: k, label: labels[k] ?? k.replace(/_/g, ' '), value: shown(b[k]) }));
}

/** `target` with the fields of `edits` taken from `mine`. */
export function withEdits<T extends object>(target: T, mine: T, edits: TypedValue[]): T {
  const out = { ...target } as Record<string, unknown>;
  for (const e of edits) out[e.key] = (mine as Record<string, unknown>)[e.key];
  return out as T;
}

/** The browser holds text it cannot read in the input `id` (a number input holding letters). */
export function badInput(id: string): boolean {
  return (document.getElementById(id) as HTMLInputElement | null)?.validity.badInput ?? false;
}

/**
 * An action for a small form inside a dialog: Escape in it runs `cancel` and goes no further,
 * so it closes the form only, not the dialog around it (whose Modal would see the key after).
 */
export function escapeCancels(node: HTMLElement, cancel: () => void) {
  let current = cancel;
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    current();
  };
  node.addEventListener('keydown', keydown);
  return {
    update(next: () => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener('keydown', keydown);
    },
  };
}
