// What a view shows of one cycle, fetched from the core whenever the cycle, the parent's data or
// the view's own changes, with the answers that come late dropped. Every tab of a cycle (grants,
// payments, letters, reports, the cycle report, selection, pairing, placement, the alliance) and
// the Votes screen keep their data in one, so that none of them writes the loading dance again.
//
// Create it while the component initialises (it starts an effect):
//
//   const data = new CycleData(() => ({ cycleId: cycle.id, version }), (id) => api.paymentsOverview(id));
//   const shown = $derived(data.of(cycle.id));

import { showError } from './stores.svelte';

/** What the load follows: the cycle (null: nothing to load) and anything whose change reloads it. */
export interface CycleKey {
  cycleId: number | null;
  /** Read only to be followed: a parent's counter bumped after its own changes. */
  version?: unknown;
}

export class CycleData<T> {
  /** The last answer, with the cycle it belongs to. */
  private loaded = $state<{ cycleId: number; value: T } | null>(null);
  /** A load is under way. */
  loading = $state(false);
  /** The last load failed (its error was shown). */
  failed = $state(false);
  /** Bumped by `reload`. */
  private reloads = $state(0);
  /** The number of the latest load; an answer to an older one is dropped. */
  private seq = 0;

  /**
   * @param key what to load: read inside an effect, so every value it reads is followed.
   * @param fetch asks the core for the cycle's data.
   * @param after runs once an answer is kept (to put the focus back, say).
   */
  constructor(
    key: () => CycleKey,
    private fetch: (cycleId: number) => Promise<T>,
    private after?: (value: T) => unknown,
  ) {
    $effect(() => {
      const { cycleId, version } = key();
      void version;
      void this.reloads;
      this.start(cycleId);
    });
  }

  private start(cycleId: number | null) {
    const mine = ++this.seq;
    if (cycleId === null) {
      this.loaded = null;
      this.loading = false;
      return;
    }
    this.loading = true;
    this.fetch(cycleId)
      .then(
        (value) => {
          if (mine !== this.seq) return;
          this.loaded = { cycleId, value };
          this.failed = false;
          void this.after?.(value);
        },
        (reason) => {
          if (mine !== this.seq) return;
          this.failed = true;
          showError(reason);
        },
      )
      .finally(() => {
        if (mine === this.seq) this.loading = false;
      });
  }

  /** The data of this cycle: never another cycle's while the next one loads. */
  of(cycleId: number | null): T | null {
    const loaded = this.loaded;
    return loaded !== null && loaded.cycleId === cycleId ? loaded.value : null;
  }

  /** Loads again (after a change made here). */
  reload() {
    this.reloads += 1;
  }

  /** Keeps the data an action answered with, as if it had been loaded. */
  set(cycleId: number, value: T) {
    this.seq += 1;
    this.loaded = { cycleId, value };
    this.failed = false;
    this.loading = false;
  }
}
