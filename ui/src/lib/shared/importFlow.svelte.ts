// What an import dialog keeps while it runs: the preview of the picked file (checked once, or
// again whenever the dialog asks, the answers that come late dropped), the commit, and what
// failed on the way. Used by the hubs' CSV import and the applications' form-export import,
// with ImportFrame, ImportCounts and ImportRows for what they show.
//
// Create it while the dialog initialises (it hooks into the dialog's mount):
//
//   const flow = new ImportFlow<ImportPreview>(() => void flow.check(() => api.hubsImportPreview(file.token)));

import { onMount } from 'svelte';
import * as api from '../ipc/api';
import type { AppError } from '../ipc/api';
import type { ImportSummary } from '../ipc/bindings';

/** A column of an import's row table, after the row number. */
export interface ImportColumn<R> {
  label: string;
  text: (row: R) => string;
  /** The text is a name from the file (a column header, a key), set in monospace. */
  code?: boolean;
  /** Shown, muted, when the text is empty. */
  empty?: string;
  /** Long values break anywhere instead of widening the table. */
  wrap?: boolean;
}

export class ImportFlow<P> {
  /** The last preview kept; it stays shown while a new check runs. */
  preview = $state<P | null>(null);
  /** The file cannot be read (or checked): the dialog shows why and offers only Close. */
  fileError = $state<AppError | null>(null);
  commitError = $state<AppError | null>(null);
  /** A check of the file is under way. */
  checking = $state(false);
  committing = $state(false);
  /** The dialog is gone: answers that come now are dropped. */
  private closed = false;
  /** The number of the latest check; an answer to an older one is dropped. */
  private sequence = 0;

  /** @param start runs once the dialog is shown (the first check). */
  constructor(start: () => void) {
    onMount(() => {
      start();
      return () => {
        this.closed = true;
      };
    });
  }

  /**
   * Checks the file. `kept` runs with an answer that is still wanted, after it is shown;
   * `failed` gets the error of one (without it, the file counts as unreadable).
   */
  async check(request: () => Promise<P>, kept?: (preview: P) => void, failed?: (error: AppError) => void) {
    const mine = ++this.sequence;
    const wanted = () => !this.closed && mine === this.sequence;
    this.checking = true;
    try {
      const result = await request();
      if (!wanted()) return;
      this.preview = result;
      this.fileError = null;
      kept?.(result);
    } catch (reason) {
      if (!wanted()) return;
      const error = api.toAppError(reason);
      if (failed) failed(error);
      else this.fileError = error;
    } finally {
      if (wanted()) this.checking = false;
    }
  }

  /** Commits the import: `done` gets the summary; `failed` sees the error once it is shown. */
  async commit(request: () => Promise<ImportSummary>, done: (summary: ImportSummary) => void, failed?: (error: AppError) => void) {
    this.committing = true;
    this.commitError = null;
    try {
      const summary = await request();
      if (!this.closed) done(summary);
    } catch (reason) {
      if (this.closed) return;
      const error = api.toAppError(reason);
      this.commitError = error;
      failed?.(error);
    } finally {
      this.committing = false;
    }
  }
}
