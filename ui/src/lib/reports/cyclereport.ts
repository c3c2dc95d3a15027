// Words, numbers and map lines for the Cycle report tab and its emission factors dialog. The
// report itself (which grants count, the distances, the CO₂e estimate, the PDF and the
// workbook) is made in the Rust core (crates/core/src/cycle_report/); this only formats the
// figures it sends and reads back what is typed into the factors dialog.

import type { TravelMode, Trip } from '../ipc/bindings';
import { formatNumber, languageName, t } from '../shared/i18n';
import type { MapFrame } from '../shared/map/europe';

/** A language's name in the window's language, as an item of a list: "French", "Français". */
function listedLanguage(code: string): string {
  const name = languageName(code);
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** The languages the report is written in; '' leaves it to Settings. */
export const REPORT_LANGUAGES: readonly { code: string; name: string }[] = [
  { code: '', name: t('reports-language-settings') },
  { code: 'en', name: listedLanguage('en') },
  { code: 'fr', name: listedLanguage('fr') },
];

/** The most decimals a factor may be typed with (the core keeps milligrams). */
export const FACTOR_DECIMALS = 3;

/** A figure with exactly `decimals` decimals, in the window's language: "1,234.6", "1 234,6". */
function fixedFormat(n: number, decimals: number): string {
  return formatNumber(n, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * `value` thousandths as text with `decimals` decimals (0 to 3), rounded half up as the core
 * rounds them in the PDF: 1234567 → "1,234.6" with one decimal.
 */
function thousandths(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(3, Math.trunc(decimals)));
  const step = 10 ** (3 - d);
  const rounded = Math.floor((Math.abs(value) + step / 2) / step);
  const sign = value < 0 && rounded > 0 ? '-' : '';
  return sign + fixedFormat(rounded / 10 ** d, d);
}

/** Grams as kilograms: `gramsToKg(209_560, 1)` is "209.6", `gramsToKg(1_234_500, 1)` "1,234.5". */
export function gramsToKg(grams: number, decimals = 1): string {
  return thousandths(grams, decimals);
}

/** A factor in mg per passenger-km as grams, two decimals: 125760 → "125.76". */
export function factorText(mg: number): string {
  return thousandths(mg, 2);
}

/**
 * A factor as the dialog's input shows it, in the window's language: grams without grouping,
 * two decimals, three when the milligrams need them (so that saving again keeps the figure
 * exact): 125760 → "125.76" ("125,76"), 35465 → "35.465". `parseFactor` reads either back.
 */
export function factorInput(mg: number): string {
  return formatNumber(Math.trunc(mg) / 1000, { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: FACTOR_DECIMALS });
}

/**
 * Read a factor typed in grams of CO₂e per passenger-km: "125.76", "125,76" (a decimal
 * comma), "35", at most three decimals, spaces ignored. Returns milligrams, or null for
 * anything else (negative figures, thousands separators, letters, nothing at all).
 */
export function parseFactor(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  const m = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(cleaned);
  if (!m) return null;
  const mg = Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(FACTOR_DECIMALS, '0'));
  return Number.isSafeInteger(mg) ? mg : null;
}

/** The message for a factor parseFactor refuses. */
export function factorProblem(text: string): string {
  return text.trim() === '' ? t('reports-factor-empty') : t('reports-factor-invalid', { text: text.trim() });
}

/** Tenths of a percent as a share, always one decimal: 667 → "66.7%" ("66,7 %"), null (nobody to count) → "—". */
export function permilleText(permille: number | null): string {
  if (permille === null) return '—';
  return formatNumber(permille / 1000, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "Green" or "Standard". */
export function modeText(mode: TravelMode): string {
  return mode === 'green' ? t('reports-mode-green') : t('reports-mode-standard');
}

/** The one-way distance of a trip: "1,234 km", or "—" when a hub has no coordinates. */
export function kmText(km: number | null): string {
  return km === null ? '—' : t('reports-km', { km });
}

/** Where a trip starts or ends, for a map title: the city, else the hub. */
function placeName(city: string, hub: string): string {
  return city.trim() !== '' ? city.trim() : hub;
}

/** The title of a journey on the map: "Kraków → Košice · 1 traveller · green · 177 km". */
export function journeyTitle(trip: Trip): string {
  return [
    `${placeName(trip.from_city, trip.from_hub)} → ${placeName(trip.to_city, trip.to_hub)}`,
    t('reports-travellers', { count: trip.travellers }),
    modeText(trip.travel_mode).toLocaleLowerCase(),
    trip.km === null ? t('reports-distance-unknown') : kmText(trip.km),
  ].join(' · ');
}

/** A map point of the report ([latitude, longitude] in microdegrees) as [longitude, latitude]. */
export function lonLat(point: [number, number]): [number, number] {
  return [point[1] / 1e6, point[0] / 1e6];
}

/** Every end of every trip that has coordinates, as [longitude, latitude], to fit the map. */
export function tripPlaces(trips: readonly Trip[]): Array<[number, number]> {
  const places: Array<[number, number]> = [];
  for (const t of trips) {
    if (t.from_point) places.push(lonLat(t.from_point));
    if (t.to_point) places.push(lonLat(t.to_point));
  }
  return places;
}

/** A journey as drawn: its two ends on the map and the SVG path between them. */
export interface JourneyPath {
  from: [number, number];
  to: [number, number];
  d: string;
}

/**
 * The line of a trip on the map, or null when an end has no coordinates or is off the map.
 * The line bows slightly to one side (by an eighth of its length, 40 px at most), so that a
 * journey and one back the other way between the same hubs stay apart.
 */
export function journeyPath(frame: MapFrame, trip: Trip): JourneyPath | null {
  if (!trip.from_point || !trip.to_point) return null;
  const from = frame.project(...lonLat(trip.from_point));
  const to = frame.project(...lonLat(trip.to_point));
  if (!from || !to) return null;
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length < 0.5) return { from, to, d: `M${x1} ${y1}L${x2} ${y2}` };
  const bow = Math.min(length * 0.125, 40);
  const cx = (x1 + x2) / 2 + (dy / length) * bow;
  const cy = (y1 + y2) / 2 - (dx / length) * bow;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { from, to, d: `M${x1} ${y1}Q${r(cx)} ${r(cy)} ${x2} ${y2}` };
}

/** "3 journeys, 2 green": what the map shows, for its accessible name. */
export function mapLabel(drawn: number, green: number): string {
  return t('reports-map-label', { drawn, green });
}
