// The skeleton every form that edits one record shares: the draft and whether it differs from
// what was read, the save under way, the question asked before unsaved changes are dropped, and
// a save refused as stale (the version read, reload the saved one, save over it). Each form
// keeps its own fields, checks and calls to the core; FormErrors keeps its messages.
//
// Create it while the component initialises:
//
//   const record = new RecordForm({ draft, form, idPrefix: 'hub', version, save, onclose, fetch });
//   <StaleNotice {...record.notice} />
//
// A draft may be null until the record is loaded (the dialogs of a cycle's settings).

import * as api from '../ipc/api';
import type { AppError } from '../ipc/api';
import { amountsTidied } from './amounts';
import type { FormErrors } from './form.svelte';
import { onSaveKey, onSubmit } from './forms';
import { StaleGuard } from './stale.svelte';
import { showError } from './stores.svelte';

export interface RecordFormOptions<D extends object | null> {
  /** The draft the form starts with (null until the record is loaded). */
  draft: D;
  /** The form's field messages, cleared when the saved record is shown again. */
  form: FormErrors;
  /** Names the stale notice's elements (`{idPrefix}-stale-reload`). */
  idPrefix: string;
  /** The version of the record as read; none for a new record (or one loaded later, see `read`). */
  version?: number | null;
  /** The form's save: Ctrl+S, submitting the form, and "Save mine over it". */
  save: () => unknown;
  /** What "Save mine over it" sends again, when it may be other than the save. */
  resend?: () => unknown;
  /** Closes the form (once unsaved changes are dropped); none for a screen. */
  onclose?: () => void;
  /** Fetches the record as saved now and shows it (with `read`); none where there is nothing to reload. */
  fetch?: () => Promise<void>;
  /** A reload holds the form (its buttons off) until the saved record is back. */
  holdOnReload?: boolean;
  /** The stale notice's names of the fields, and how one shows a value (see StaleGuard). */
  labels?: Record<string, string>;
  show?: (key: string, value: unknown) => string | null;
  /** Whether closing with unsaved changes asks first (always, by default). */
  asks?: () => boolean;
  /** What "changed" is judged on; the whole draft by default. */
  key?: (draft: NonNullable<D>) => string;
}

export class RecordForm<D extends object | null> {
  /** What the form shows, edited in place. */
  draft = $state<D>() as D;
  /** A save (or, with `holdOnReload`, a reload) is under way. */
  saving = $state(false);
  /** The question before unsaved changes are dropped is open. */
  discarding = $state(false);
  /** The version read, a refusal to save over a later one, and the user's edits to put back. */
  readonly stale: StaleGuard<NonNullable<D>>;
  readonly form: FormErrors;
  readonly idPrefix: string;

  /** The draft as it counts for "changed", when last read or saved. */
  private pristine = $state('');
  private options: RecordFormOptions<D>;

  constructor(options: RecordFormOptions<D>) {
    this.options = options;
    this.form = options.form;
    this.idPrefix = options.idPrefix;
    this.stale = new StaleGuard<NonNullable<D>>(options.labels, options.show);
    this.draft = options.draft;
    this.clean();
    if (this.draft !== null && options.version !== undefined && options.version !== null) {
      this.stale.read(this.draft, options.version);
    }
  }

  /**
   * A form for one record read by its id: `record` shown with `draftOf` (`blank()` when there
   * is none: a new record); a reload reads it again with `get`, holding the form meanwhile, and
   * with `cleanOnReload` what counts as unchanged is then the record read.
   */
  static ofRecord<R extends { id: number; version: number }, D extends object>(
    record: R | null,
    get: (id: number) => Promise<R>,
    draftOf: (record: R) => D,
    options: Omit<RecordFormOptions<D>, 'draft' | 'version' | 'fetch' | 'holdOnReload'> & { blank: () => D; cleanOnReload?: boolean },
  ): RecordForm<D> {
    const { blank, cleanOnReload, ...rest } = options;
    const form: RecordForm<D> = new RecordForm<D>({
      ...rest,
      draft: record ? draftOf(record) : blank(),
      version: record?.version,
      holdOnReload: true,
      fetch: record
        ? async () => {
            const fresh = await get(record.id);
            form.read(draftOf(fresh) as NonNullable<D>, fresh.version);
            if (cleanOnReload) form.clean();
          }
        : undefined,
    });
    return form;
  }

  private keyOf(draft: NonNullable<D>): string {
    return this.options.key ? this.options.key(draft) : JSON.stringify(draft);
  }

  /** The draft differs from what was read or saved. */
  get dirty(): boolean {
    return this.draft !== null && this.keyOf(this.draft) !== this.pristine;
  }

  /** What counts as unchanged from now on: `draft` (by default the one shown). */
  clean(draft: D = this.draft) {
    this.pristine = draft === null ? '' : this.keyOf(draft);
  }

  /** Show a record as read (loaded, or saved) at `version`. */
  read(draft: NonNullable<D>, version: number) {
    this.draft = draft;
    this.stale.read(draft, version);
  }

  /** Show the record as saved now; what the user typed stays listed, to put back. */
  reload = async () => {
    const draft = this.draft;
    const fetch = this.options.fetch;
    if (draft === null || !fetch || this.saving) return;
    const hold = this.options.holdOnReload ?? false;
    if (hold) this.saving = true;
    try {
      await this.stale.reload(draft, fetch);
      this.form.reset();
    } catch (reason) {
      showError(reason);
    } finally {
      if (hold) this.saving = false;
    }
  };

  /** Save what the user typed over the change made in the meantime. */
  overwrite = () => {
    if (this.stale.overwrite()) void (this.options.resend ?? this.options.save)();
  };

  /** Put back what the user typed before the reload. */
  putBack = () => {
    if (this.draft !== null) this.draft = this.stale.putBack(this.draft);
  };

  /** What StaleNotice shows and does. */
  get notice() {
    return {
      stale: this.stale,
      busy: this.saving,
      idPrefix: this.idPrefix,
      onreload: this.reload,
      onoverwrite: this.overwrite,
      onputback: this.putBack,
    };
  }

  /**
   * Runs a save: one at a time, the form held meanwhile. A refusal is shown by `failed` (by
   * default at its fields, as stale, or in the error banner: FormErrors.failed).
   */
  async run(task: () => Promise<void>, failed?: (err: AppError) => Promise<void>) {
    if (this.saving || this.discarding) return;
    this.saving = true;
    try {
      await task();
    } catch (reason) {
      const err = api.toAppError(reason);
      await (failed ? failed(err) : this.form.failed(err, this.stale, this.idPrefix));
    } finally {
      this.saving = false;
    }
  }

  /** Close, asking first when there are unsaved changes. */
  requestClose = async () => {
    if (this.saving) return;
    // An amount just left may still be reading back as the core reads it.
    await amountsTidied();
    if (this.dirty && (this.options.asks?.() ?? true)) this.discarding = true;
    else this.options.onclose?.();
  };

  /** The changes are dropped: close. */
  discard = () => {
    this.discarding = false;
    this.options.onclose?.();
  };

  /** The changes are kept: back to the form. */
  keepEditing = () => {
    this.discarding = false;
  };

  /** The form's keydown handler: Ctrl+S (Cmd+S) saves. */
  readonly keydown = onSaveKey(() => this.options.save());

  /** The form's submit handler. */
  readonly submit = onSubmit(() => this.options.save());
}
