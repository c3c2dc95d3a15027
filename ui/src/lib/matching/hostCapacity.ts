// A host's room in a Staff Exchange or Hubs Alliance cycle (how many people it takes, 0 to
// 50), as HostPlaces and the Alliance's host checks set it: what is typed is judged here only
// as far as it cannot be sent at all; the range is the server's to judge.

import { tick } from 'svelte';
import * as api from '../ipc/api';
import { showError } from '../shared/stores.svelte';
import { t } from '../shared/i18n';

/** The message for a room that cannot be sent. */
export const CAPACITY_PROBLEM = t('pairing-capacity-problem');

/** The room typed (`text`, in the input `inputId`) as a number, or null when it cannot be sent. */
export function capacityTyped(inputId: string, text: string): number | null {
  const input = document.getElementById(inputId) as HTMLInputElement | null;
  const trimmed = text.trim();
  return input?.validity.badInput || !/^\d{1,6}$/.test(trimmed) ? null : Number(trimmed);
}

/**
 * The server's message for the room's field when it refused the value; '' when the error is
 * another one, which is then shown.
 */
export function capacityRefusal(reason: unknown): string {
  const err = api.toAppError(reason);
  const field = err.fields.find((f) => f.field === 'capacity');
  if (err.code === 'validation' && field) return field.message;
  showError(err);
  return '';
}

/** Puts the focus back in a room's input once its message is drawn. */
export async function focusCapacity(inputId: string) {
  await tick();
  document.getElementById(inputId)?.focus();
}
