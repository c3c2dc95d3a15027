// Zooming the whole window with the keyboard (Ctrl + / Ctrl − / Ctrl 0, ⌘ on macOS): the shell
// zooms the webview (`window_zoom`), so the layout reflows as at a large system font, and each
// person's level is remembered on this computer and set again at start.
import * as api from '../ipc/api';
import { t } from './i18n';
import { app, toast } from './stores.svelte';

/** The levels the keys step through, as browsers offer them. */
const STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

let level = 1;
/** When the level last stepped: a key the menu took and the page saw as well steps once. */
let steppedAt = 0;

function key(): string {
  return `mobility-desk.zoom.${app.desk?.person.name ?? ''}`;
}

async function set(next: number, say: boolean) {
  level = next;
  await api.windowZoom(next);
  localStorage.setItem(key(), String(next));
  if (say) toast(t('app-zoom', { percent: Math.round(next * 100) }));
}

/** Set the level this person chose last time (100 % the first time). */
export async function restoreZoom() {
  const saved = Number(localStorage.getItem(key()));
  if (STEPS.includes(saved) && saved !== 1) await set(saved, false).catch(() => {});
}

/** One step in (1), out (-1), or back to 100 % (0): the View menu's items and the keys. */
export function zoomBy(step: 1 | -1 | 0) {
  if (Date.now() - steppedAt < 120) return;
  steppedAt = Date.now();
  const next =
    step === 0
      ? 1
      : step > 0
        ? (STEPS.find((s) => s > level + 0.001) ?? level)
        : ([...STEPS].reverse().find((s) => s < level - 0.001) ?? level);
  if (next !== level) void set(next, true).catch(() => {});
}

/** A zoom key pressed where the menu did not take it: zoomed, and true. */
export function zoomKey(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  if (event.key === '+' || event.key === '=') zoomBy(1);
  else if (event.key === '-' || event.key === '_') zoomBy(-1);
  else if (event.key === '0') zoomBy(0);
  else return false;
  event.preventDefault();
  return true;
}
