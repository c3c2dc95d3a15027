// State shared across screens: the error banner, the toast, open dialogs, reference data.

import type { AppInfo, Country, DeskStatus, NetworkSettings, SyncReport } from '../ipc/bindings';
import { toAppError, type AppError } from '../ipc/api';
import { countryName as nameOfRegion, formatNumber } from './i18n';

/** 'pairing', 'grants' and 'letters' are the Applications screen opened at that tab. */
export type Screen = 'hubs' | 'cycles' | 'applications' | 'pairing' | 'grants' | 'letters' | 'votes' | 'outbox' | 'settings';

/**
 * The cycle the Applications screen shows when it opens: the one last looked at there, kept
 * while the app runs, or the one another screen sends it to (the Votes screen's winner).
 */
export const lastCycle = { id: null as number | null };

interface Toast {
  id: number;
  text: string;
}

export const ui = $state({
  error: null as AppError | null,
  toast: null as Toast | null,
  /** How many modal dialogs are open; global shortcuts pause while any is. */
  modals: 0,
  /** The last menu command meant for the hubs screen; `seq` changes on every click. */
  command: null as { id: string; seq: number } | null,
});

let commandSeq = 0;

/** Hand a menu command (new_hub, import_hubs, export_hubs, find) to the hubs screen. */
export function sendCommand(id: string) {
  ui.command = { id, seq: ++commandSeq };
}

export const app = $state({
  info: null as AppInfo | null,
  /** This desk and the person at it (Settings → Team). */
  desk: null as DeskStatus | null,
  /** Clashes waiting for a decision (the badge on Settings). */
  clashes: 0,
  /** The last sync made without being asked (the folder changed), and why one could not be. */
  autoSync: null as SyncReport | null,
  autoSyncCount: 0,
  offline: '',
  /** Raised when changes of other desks were applied: the screen shown reloads its data. */
  dataVersion: 0,
  /** Changes arrived while a dialog was open: the screen reloads once it closes. */
  reloadPending: false,
  settings: null as NetworkSettings | null,
  countries: [] as Country[],
});

let countryNames = new Map<string, string>();

export function setCountries(list: Country[]) {
  app.countries = list;
  countryNames = new Map(list.map((c) => [c.code, c.name]));
}

/** The name of an ISO code in the window's language (the core's English name if the engine has none), or '' when unknown. */
export function countryName(code: string): string {
  return nameOfRegion(code) || (countryNames.get(code.toUpperCase()) ?? '');
}

/** Show any failure in the global banner (as its message, never as a dump). */
export function showError(reason: unknown) {
  const err = toAppError(reason);
  if (err.code === 'cancelled') return;
  ui.error = err;
}

export function dismissError() {
  ui.error = null;
}

let toastSeq = 0;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** A short confirmation that fades after about four seconds. */
export function toast(text: string) {
  clearTimeout(toastTimer);
  ui.toast = { id: ++toastSeq, text };
  toastTimer = setTimeout(() => (ui.toast = null), 4000);
}

/** A whole number as the window's language writes it: "1,175", "1 175". */
export function fmt(n: number): string {
  return formatNumber(n);
}
