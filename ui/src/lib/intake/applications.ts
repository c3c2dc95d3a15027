// Labels and formats for the applications screen. The rules (and their wording) live in the
// Rust core (crates/core/src/applications.rs), which computes eligibility and judges saving.

import type { Application, Role, ScoreBasis, Shape, StaffFormat, Status, TravelMode } from '../ipc/bindings';
import { formatDate, formatDateSpan, formatNumber, t } from '../shared/i18n';

export const STATUS_LABELS: Record<Status, string> = {
  received: t('applications-status-received'),
  selected: t('applications-status-selected'),
  waiting: t('applications-status-waiting'),
  declined: t('applications-status-declined'),
  withdrawn: t('applications-status-withdrawn'),
};

/** The status as a list shows it: an application declined for its eligibility reads "Not eligible". */
export function statusText(a: Application): string {
  return a.status === 'declined' && !a.eligibility.eligible ? t('applications-status-not-eligible') : STATUS_LABELS[a.status];
}

/**
 * The name that signs the secretariat's own scores in a blind review (the criteria marked "by
 * staff", scored once it knows who applied); the core's `STAFF_SIGNATURE`, which it matches:
 * the same in every language, so it is a value and not a message.
 */
export const STAFF_SIGNATURE = 'Secretariat'; // words: not shown — a value stored with the scores, not a message

/** Who applied, as the selection lists them: the hub, or "person (hub)" for a traveller. */
export function applicantName(a: Application): string {
  return a.role === 'visitor' && a.person_name.trim() !== '' ? `${a.person_name} (${a.hub_name})` : a.hub_name;
}

export const ROLE_LABELS: Record<Role, string> = {
  visiting: t('applications-role-visiting'),
  hosting: t('applications-role-hosting'),
  visitor: t('applications-role-visitor'),
  proposer: t('applications-role-proposer'),
};

export const FORMATS: readonly StaffFormat[] = ['job_shadowing', 'project_based', 'workshop', 'lecture', 'other'];

export const FORMAT_LABELS: Record<StaffFormat, string> = {
  job_shadowing: t('applications-format-job-shadowing'),
  project_based: t('applications-format-project-based'),
  workshop: t('applications-format-workshop'),
  lecture: t('applications-format-lecture'),
  other: t('applications-format-other'),
};

export const TRAVEL_LABELS: Record<TravelMode, string> = {
  standard: t('applications-travel-standard'),
  green: t('applications-travel-green'),
};

/** Suggestions for a Staff Exchange traveller's job. */
export const PERSON_ROLES: readonly string[] = [
  t('applications-person-role-production-manager'),
  t('applications-person-role-communication-officer'),
  t('applications-person-role-bar-manager'),
  t('applications-person-role-technician'),
  t('applications-person-role-curator'),
  t('applications-person-role-educator'),
  t('applications-person-role-administrator'),
];

/** The one role an application of this shape takes (P2P starts as visiting). */
export function defaultRole(shape: Shape): Role {
  switch (shape) {
    case 'p2p':
      return 'visiting';
    case 'workshops':
      return 'proposer';
    default:
      return 'visitor';
  }
}

/** What the Role column shows: the P2P role, the traveller, or the workshop's title. */
export function roleText(a: Application, shape: Shape): string {
  switch (shape) {
    case 'p2p':
      return ROLE_LABELS[a.role];
    case 'workshops':
      return a.title;
    default:
      return [a.person_name, a.person_role].filter((part) => part.trim() !== '').join(' · ');
  }
}

/** "Green · 2 travellers" for P2P, "Standard" for people, '' for workshops. */
export function travelText(a: Application, shape: Shape): string {
  if (shape === 'workshops') return '';
  if (shape === 'p2p') return t('applications-travel-with-travellers', { mode: TRAVEL_LABELS[a.travel_mode], count: a.travellers });
  return TRAVEL_LABELS[a.travel_mode];
}

// ---- Scores ---------------------------------------------------------------------------

/** A score out of 100 kept in hundredths, as the ranking shows it: 7850 → "78.50" / "78,50". */
export function centiText(n: number): string {
  return formatNumber(n / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A score that may not exist yet (no review): "—" then. */
export function scoreText(n: number | null): string {
  return n === null ? '—' : centiText(n);
}

/** The choices of which score ranks a cycle selecting by ranking. */
export const SCORE_BASIS_LABELS: Record<ScoreBasis, string> = {
  mean: t('applications-score-basis-mean'),
  normalised: t('applications-score-basis-normalised'),
};

/** The score that ranks, as a sentence names it ("ranks by the reviewers' mean"). */
export const SCORE_BASIS_NAMES: Record<ScoreBasis, string> = {
  mean: t('applications-score-basis-name-mean'),
  normalised: t('applications-score-basis-name-normalised'),
};

// ---- Dates ----------------------------------------------------------------------------

/** "28 Apr" / "28 avr.": a day of a span whose year is written once, at its end. */
const pad = (n: number) => String(n).padStart(2, '0');

function parts(iso: string | null): { y: number; m: number; d: number } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim()) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/**
 * "5–30 Apr 2027", "28 Apr – 3 May 2027", "28 Dec 2026 – 3 Jan 2027"; one date alone when the
 * other is missing ("from 5 Apr 2027", "until 30 Apr 2027"); '' when both are.
 */
export function formatSpan(from: string | null, to: string | null): string {
  const a = parts(from);
  const b = parts(to);
  // Each date stays on one line.
  const keep = (text: string) => text.replace(/ /g, '\u00a0');
  const day = (p: { y: number; m: number; d: number }) => keep(formatDate(`${p.y}-${pad(p.m)}-${pad(p.d)}`));
  if (a && b && from && to) return formatDateSpan(from, to);
  if (a) return t('applications-span-from', { date: day(a) });
  if (b) return t('applications-span-until', { date: day(b) });
  return '';
}

/** The value of a datetime-local input ("2027-01-10T09:30", local time) for a stored UTC time. */
export function localInput(at: string | null): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2027-01-10T08:30:00Z" from a datetime-local value in local time; null when it is not one. */
export function utcFromLocal(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text.trim());
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00Z`;
}
