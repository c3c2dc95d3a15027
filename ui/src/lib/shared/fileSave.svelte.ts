// A file a view writes from its toolbar through the save dialog (the Payments tab's export for
// finance, the Reports tab's publication, the cycle report): which one is being written, the
// buttons waiting for it, the error shown, and the focus given back to the button, which lost
// it while disabled.

import { tick } from 'svelte';
import { showError } from './stores.svelte';

export class FileSave<K extends string> {
  /** The file being written (the buttons wait for it). */
  busy = $state<K | null>(null);

  /**
   * Writes one file, unless one is being written already.
   * @param kind which of the view's files.
   * @param buttonId the button that gets the focus back.
   * @param write asks the core to write it; nothing when the save dialog was cancelled.
   * @param done runs with the core's answer once the file is written (to say so).
   */
  async run<T>(kind: K, buttonId: string, write: () => Promise<T | null>, done: (result: T) => void) {
    if (this.busy !== null) return;
    this.busy = kind;
    try {
      const result = await write();
      if (result) done(result);
    } catch (reason) {
      showError(reason);
    } finally {
      this.busy = null;
    }
    await tick();
    if (document.activeElement === document.body) document.getElementById(buttonId)?.focus();
  }
}
