// A component kept in a chunk of its own (a map and its country shapes, say), loaded the first
// time it is needed rather than with the app.

/** A loader of a chunk's default export: loaded once, and tried again after a failure. */
export function lazy<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().then(
      (m) => m.default,
      (reason) => {
        pending = null;
        throw reason;
      },
    );
    return pending;
  };
}
