// The rule-set dialog's rows as typed (money as text, counts as the inputs hold them), shared
// by the dialog and its two tables (distance bands, country groups).

import type { Component, Role, UndatedVisits } from '../ipc/bindings';
import type { Num } from '../cycles/cycles';
import { amountText } from '../shared/i18n';
import type { RuleKind } from './grants';

let lastKey = 0;

/** A key for a new row, band or group, unique while the app runs (for keyed lists). */
export function newKey(): number {
  lastKey += 1;
  return lastKey;
}

export interface BandRow {
  key: number;
  from: Num;
  to: Num;
  standard: string;
  green: string;
}

export interface GroupRow {
  key: number;
  name: string;
  countries: string;
  rate: string;
}

/** One component as typed: money as text, every kind's fields (only its own are used). */
export interface Row {
  key: number;
  label: string;
  roles: Role[];
  kind: RuleKind;
  cap: string;
  rate: string;
  amount: string;
  maxDays: Num;
  travelDays: Num;
  greenTravelDays: Num;
  reducedAfter: Num;
  reducedPercent: Num;
  maxNights: Num;
  belowPercent: Num;
  sharePercent: Num;
  bands: BandRow[];
  groups: GroupRow[];
}

export interface Draft {
  rows: Row[];
  note: string;
  undatedVisits: UndatedVisits;
}

const money = (cents: number | null) => (cents === null ? '' : amountText(cents));

/** A new component of a kind, applying to `roles`. */
export function emptyRow(kind: RuleKind, roles: Role[]): Row {
  return {
    key: newKey(),
    label: '',
    roles: [...roles],
    kind,
    cap: '',
    rate: '',
    amount: '',
    maxDays: null,
    travelDays: 0,
    greenTravelDays: 0,
    reducedAfter: null,
    reducedPercent: 100,
    maxNights: null,
    belowPercent: 70,
    sharePercent: 80,
    bands: [],
    groups: [],
  };
}

/** A stored component as the dialog shows it. */
export function rowOf(component: Component, roles: Role[]): Row {
  const row = emptyRow(component.rule.kind, roles);
  row.label = component.label;
  row.roles = [...component.roles];
  const rule = component.rule;
  switch (rule.kind) {
    case 'distance_band':
      row.bands = rule.bands.map((b) => ({
        key: newKey(),
        from: b.from_km,
        to: b.to_km,
        standard: amountText(b.standard_cents),
        green: money(b.green_cents),
      }));
      break;
    case 'capped_travel':
    case 'inclusion_top_up':
    case 'grant_cap':
      row.cap = amountText(rule.cap_cents);
      break;
    case 'lump_sum':
    case 'green_top_up':
    case 'visa_top_up':
      row.amount = amountText(rule.amount_cents);
      break;
    case 'subsistence':
      row.rate = amountText(rule.rate_cents);
      row.groups = rule.groups.map((g) => ({ key: newKey(), name: g.group, countries: g.countries.join(' '), rate: amountText(g.rate_cents) }));
      row.maxDays = rule.max_days;
      row.travelDays = rule.travel_days;
      row.greenTravelDays = rule.green_travel_days;
      row.reducedAfter = rule.reduced_after_day;
      row.reducedPercent = rule.reduced_percent;
      break;
    case 'accommodation':
      row.rate = amountText(rule.rate_cents);
      row.groups = rule.groups.map((g) => ({ key: newKey(), name: g.group, countries: g.countries.join(' '), rate: amountText(g.rate_cents) }));
      row.maxNights = rule.max_nights;
      break;
    case 'expensive_travel':
      row.belowPercent = rule.below_percent;
      row.sharePercent = rule.share_percent;
      break;
  }
  return row;
}

/** Every field's input, in form order (the first invalid one takes the focus). */
export function fieldIdsOf(rows: Row[], roles: Role[]): Record<string, string> {
  const ids: Record<string, string> = {};
  rows.forEach((row, i) => {
    const at = `components.${i}`;
    ids[`${at}.label`] = `rule-label-${i}`;
    ids[`${at}.roles`] = `rule-role-${i}-${roles[0]}`;
    switch (row.kind) {
      case 'distance_band':
        row.bands.forEach((_, r) => {
          ids[`${at}.bands.${r}.from_km`] = `band-${i}-${r}-from`;
          ids[`${at}.bands.${r}.to_km`] = `band-${i}-${r}-to`;
          ids[`${at}.bands.${r}.standard_cents`] = `band-${i}-${r}-standard`;
          ids[`${at}.bands.${r}.green_cents`] = `band-${i}-${r}-green`;
        });
        ids[`${at}.bands`] = row.bands.length > 0 ? `band-${i}-0-from` : `band-add-${i}`;
        break;
      case 'capped_travel':
      case 'inclusion_top_up':
      case 'grant_cap':
        ids[`${at}.cap_cents`] = `rule-cap-${i}`;
        break;
      case 'lump_sum':
      case 'green_top_up':
      case 'visa_top_up':
        ids[`${at}.amount_cents`] = `rule-amount-${i}`;
        break;
      case 'expensive_travel':
        ids[`${at}.below_percent`] = `rule-below-percent-${i}`;
        ids[`${at}.share_percent`] = `rule-share-percent-${i}`;
        break;
      case 'subsistence':
      case 'accommodation':
        ids[`${at}.rate_cents`] = `rule-rate-${i}`;
        if (row.kind === 'subsistence') {
          ids[`${at}.max_days`] = `rule-max-days-${i}`;
          ids[`${at}.travel_days`] = `rule-travel-days-${i}`;
          ids[`${at}.green_travel_days`] = `rule-green-travel-days-${i}`;
          ids[`${at}.reduced_after_day`] = `rule-reduced-after-${i}`;
          ids[`${at}.reduced_percent`] = `rule-reduced-percent-${i}`;
        } else {
          ids[`${at}.max_nights`] = `rule-max-nights-${i}`;
        }
        row.groups.forEach((_, g) => {
          ids[`${at}.groups.${g}.group`] = `group-${i}-${g}-name`;
          ids[`${at}.groups.${g}.countries`] = `group-${i}-${g}-countries`;
          ids[`${at}.groups.${g}.rate_cents`] = `group-${i}-${g}-rate`;
        });
        break;
    }
  });
  ids.components = 'rule-add-kind';
  ids.note = 'rules-note';
  return ids;
}
