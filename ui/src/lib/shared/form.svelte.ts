// What a form keeps of the messages about its fields: those shown at their input, the others
// listed at the top, and the links (`aria-describedby`) from each input to its message.
// Used with Field, InputField, FieldError and FormProblems; the core decides what is wrong.

import { tick } from 'svelte';
import type { AppError } from '../ipc/api';
import { showError } from './stores.svelte';
import type { StaleGuard } from './stale.svelte';
import { focusFirstInvalid, splitFieldErrors, withoutErrors, type FieldErrors, type FieldProblem } from './forms';

export class FormErrors {
  /** Messages shown at their field, by field name. */
  errors = $state<FieldErrors>({});
  /** Messages about fields this form has no input for (shown at the top). */
  other = $state<FieldProblem[]>([]);

  /** Put before a message's id (`{prefix}{field}-error`), for forms sharing a page. */
  readonly prefix: string;
  /** The id of the list of other messages, focused when no field has a message. */
  readonly problemsId: string | undefined;
  private onPage: boolean;
  private reveal: ((known: FieldErrors) => void) | undefined;

  private ids: Record<string, string> | (() => Record<string, string>);

  /**
   * `fieldIds`: each field's input id, in form order (the first invalid one gets the focus); a
   * function for forms whose rows come and go. `onPage`: a field counts only while its input is
   * on the page (forms that show some fields only sometimes).
   */
  constructor(
    fieldIds: Record<string, string> | (() => Record<string, string>),
    options: {
      prefix?: string;
      onPage?: boolean;
      problemsId?: string;
      errorId?: (field: string) => string;
      /** Open what hides a field with a message (a folded part) before the focus moves. */
      reveal?: (known: FieldErrors) => void;
    } = {},
  ) {
    this.ids = fieldIds;
    this.prefix = options.prefix ?? '';
    if (options.errorId) this.errorId = options.errorId;
    this.reveal = options.reveal;
    this.onPage = options.onPage ?? false;
    this.problemsId = options.problemsId;
  }

  /** Each field's input id, in form order. */
  get fieldIds(): Record<string, string> {
    return typeof this.ids === 'function' ? this.ids() : this.ids;
  }

  /** The id of a field's message (by default `{prefix}{field}-error`). */
  errorId = (field: string): string => `${this.prefix}${field}-error`;

  /** The message of a field, if any. */
  of(field: string): string | undefined {
    return this.errors[field];
  }

  clear(...fields: string[]) {
    this.errors = withoutErrors(this.errors, fields);
  }

  reset() {
    this.errors = {};
    this.other = [];
  }

  /** Forget the messages of fields starting with `prefix` (rows numbered by position, once one goes). */
  drop(prefix: string) {
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => !k.startsWith(prefix)));
    this.other = this.other.filter((e) => !e.field.startsWith(prefix));
  }

  /** `aria-describedby` for a field: its message and its hint. */
  describe(field: string, hint?: string): string | undefined {
    return [this.errors[field] ? this.errorId(field) : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  }

  /**
   * Show the messages (each at its field, or at the top) and focus the first invalid field;
   * `reveal` (by default the form's) runs first with the fields shown, to open a folded part
   * holding one.
   */
  async show(fields: FieldProblem[], reveal = this.reveal) {
    // Fields shown only sometimes: wait for the page to show those it now has.
    if (this.onPage) await tick();
    const ids = this.fieldIds;
    const { known, other } = splitFieldErrors(fields, ids, this.onPage);
    this.errors = known;
    this.other = other;
    reveal?.(known);
    await tick();
    if (Object.keys(known).length > 0) focusFirstInvalid(known, ids);
    else if (other.length > 0 && this.problemsId) document.getElementById(this.problemsId)?.focus();
  }

  /**
   * A save failed: refused as stale (the changed fields marked, the focus on "Reload", whose id
   * is `{staleId}-stale-reload`), refused with messages about fields (shown at them), or for
   * another reason (the error banner).
   */
  async failed(err: AppError, stale?: StaleGuard<object>, staleId?: string) {
    if (stale?.refused(err)) {
      await this.show(err.fields);
      document.getElementById(`${staleId}-stale-reload`)?.focus();
    } else if ((err.code === 'validation' || err.code === 'conflict') && err.fields.length > 0) {
      await this.show(err.fields);
    } else {
      showError(err);
    }
  }

  /**
   * A save failed, judged by the core: refused as stale (the focus on "Reload", whose id is
   * `{staleId}-stale-reload`), refused with messages about fields (shown at them, unless
   * `fields` is false), or for another reason (the error banner).
   */
  async rejected(err: AppError, stale: StaleGuard<object>, staleId: string, fields = true) {
    if (stale.refused(err)) {
      await tick();
      document.getElementById(`${staleId}-stale-reload`)?.focus();
    } else if (fields && err.code === 'validation' && err.fields.length > 0) {
      await this.show(err.fields);
    } else {
      showError(err);
    }
  }
}
