// The window's start: what it asks for before its code is read, and the moments of the start
// for the start-up trace (`ui_ready`, printed with MOBILITY_DESK_TRACE_STARTUP set):
// milliseconds since the page began loading.
import { appInfo, hubsFacets, hubsList } from '../ipc/commands';
import type { AppInfo, HubFacets, HubList, HubQuery } from '../ipc/bindings';

let early: Promise<AppInfo> | null = null;

/** Every active hub, by name: the hubs screen's first query, and what pickers search within. */
export const ACTIVE_HUBS_BY_NAME: HubQuery = {
  text: '',
  country: null,
  maturity: null,
  membership: null,
  sector: null,
  available: null,
  alliance: null,
  archived: 'active',
  sort: 'name',
  descending: false,
  limit: 500,
};

let earlyHubs: Promise<HubList> | null = null;
let earlyFacets: Promise<HubFacets> | null = null;

/**
 * Ask for the data file's state and the first screen's hubs at once, while the words and the
 * code are read.
 */
export function askInfoEarly() {
  early = appInfo();
  earlyHubs = hubsList(ACTIVE_HUBS_BY_NAME);
  earlyFacets = hubsFacets();
  // Answered (or refused: a protected file not open yet) again when the window asks for them.
  for (const asked of [early, earlyHubs, earlyFacets]) asked.catch(() => {});
}

/** The hubs asked for early, the first time the screen asks the same; asked anew after. */
export function startHubs(query: HubQuery): Promise<HubList> {
  const answer = earlyHubs !== null && JSON.stringify(query) === JSON.stringify(ACTIVE_HUBS_BY_NAME) ? earlyHubs.catch(() => hubsList(query)) : hubsList(query);
  earlyHubs = null;
  return answer;
}

/** The hubs' filters asked for early, the first time; asked anew after. */
export function startFacets(): Promise<HubFacets> {
  const answer = earlyFacets?.catch(() => hubsFacets()) ?? hubsFacets();
  earlyFacets = null;
  return answer;
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
