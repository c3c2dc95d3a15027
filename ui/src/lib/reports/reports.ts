// Words and counts for the Reports tab and its stories dialog. The stories themselves (their
// checks, the photos scaled down, the publication set as a PDF) are made in the Rust core
// (crates/core/src/stories.rs, publication.rs); this only words what the window says about them.

import type { ConsentScope, Grant, Shape, Story, StoryPhoto } from '../ipc/bindings';
import { formatDate, t } from '../shared/i18n';

/** What a participant's consent to publish their story covers, in words. */
export const CONSENT_LABELS: Record<ConsentScope, string> = {
  none: t('reports-consent-none'),
  publication: t('reports-consent-publication'),
  publication_and_online: t('reports-consent-publication-and-online'),
};

/** The most photos a story takes (the core refuses a fifth, and says so). */
export const MAX_PHOTOS = 4;

/** The height of a photo's thumbnail in the stories dialog, in CSS pixels. */
export const THUMB_HEIGHT = 96;

/** Stories come with the reports of P2P Learning and Staff Exchange grants only. */
export function takesStories(shape: Shape): boolean {
  return shape === 'p2p' || shape === 'staff_exchange';
}

/** The grants the tab lists: awarded and cancelled ones (a draft has no report). */
export function reportGrants(grants: readonly Grant[]): Grant[] {
  return grants.filter((g) => g.state === 'awarded' || g.state === 'cancelled');
}

/** How many stories each grant has, by grant id. */
export function storyCounts(stories: readonly Story[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of stories) counts.set(s.grant_id, (counts.get(s.grant_id) ?? 0) + 1);
  return counts;
}

/** The report column: "Received 2 Oct 2027", "Awaited", or "Cancelled" for a cancelled grant. */
export function reportStatusText(grant: Grant): string {
  if (grant.state === 'cancelled') return t('reports-status-cancelled');
  return grant.report_received_on ? t('reports-status-received', { date: formatDate(grant.report_received_on) }) : t('reports-status-awaited');
}

/** 'received', 'awaited' or 'cancelled': the report status as a class and a data attribute. */
export function reportStatusKey(grant: Grant): 'received' | 'awaited' | 'cancelled' {
  if (grant.state === 'cancelled') return 'cancelled';
  return grant.report_received_on ? 'received' : 'awaited';
}

/** "3 stories", "1 story", "—" when none. */
export function storyCountText(n: number): string {
  return n === 0 ? '—' : t('reports-story-count', { count: n });
}

/**
 * "4 of 6 reports received · 3 stories": the reports of the awarded grants (a cancelled one
 * owes none) and every story of the cycle.
 */
export function summaryText(grants: readonly Grant[], stories: number): string {
  const awarded = grants.filter((g) => g.state === 'awarded');
  const received = awarded.filter((g) => g.report_received_on !== null).length;
  return t('reports-summary', { received, awarded: awarded.length, stories });
}

/** The first `max` characters or so of a story, its paragraphs run together, cut at a word. */
export function excerpt(body: string, max = 200): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The size a photo's thumbnail is shown at: at most THUMB_HEIGHT high, never enlarged. */
export function thumbSize(photo: StoryPhoto): { width: number; height: number } {
  const height = Math.max(1, Math.min(THUMB_HEIGHT, photo.height || THUMB_HEIGHT));
  const width = photo.height > 0 ? Math.max(1, Math.round((photo.width * height) / photo.height)) : height;
  return { width, height };
}

/** A file's size in KB, at least 1: "380 KB". */
function kilobytes(bytes: number): string {
  return t('reports-size-kb', { size: Math.max(1, Math.round(bytes / 1024)) });
}

/** "Scaled down from beach.jpg (4,210 KB) to 1,600 × 1,200 (380 KB)", the title of the mark. */
export function scaledText(photo: StoryPhoto): string {
  return t('reports-photo-scaled', {
    name: photo.original_name,
    original: kilobytes(photo.original_bytes),
    width: photo.width,
    height: photo.height,
    size: kilobytes(photo.bytes),
  });
}

/** "Photos 2 of 4", shown beside the photo controls of a story. */
export function photosText(story: Story): string {
  return t('reports-photos-count', { count: story.photos.length, max: MAX_PHOTOS });
}
