// The window's start: what it asks for before its code is read, and the moments of the start
// for the start-up trace (`ui_ready`, printed with MOBILITY_DESK_TRACE_STARTUP set):
// milliseconds since the page began loading.
import { appInfo } from '../ipc/commands';
import type { AppInfo } from '../ipc/bindings';

let early: Promise<AppInfo> | null = null;

/** Ask for the data file's state at once, while the words and the code are read. */
export function askInfoEarly() {
  early = appInfo();
  // Answered (or refused) again when the window asks for it.
  early.catch(() => {});
}

/** The data file's state: the answer asked for early, the first time; asked anew after. */
export function startInfo(): Promise<AppInfo> {
  const answer = early ?? appInfo();
  early = null;
  return answer;
}

const moments: [string, number][] = [];

/** Note that the start reached `what` now. */
export function startMark(what: string) {
  if (moments.length < 15) moments.push([what, Math.round(performance.now())]);
}

/** The moments noted so far, and this one. */
export function startMarks(last: string): [string, number][] {
  return [...moments, [last, Math.round(performance.now())]];
}
