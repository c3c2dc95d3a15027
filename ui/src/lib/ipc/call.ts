// How the window calls the shell: every rejection is turned into an AppError, so the screens
// can branch on `code` and show `message` without ever dumping raw objects. The typed wrapper
// of each command is generated into commands.ts; screens import both through api.ts.

import { invoke } from '@tauri-apps/api/core';
import type { ErrorCode, FieldError } from './bindings';
import { said, t } from '../shared/i18n';

/** The normalised shape of every failure the UI handles. */
export interface AppError {
  code: ErrorCode;
  message: string;
  fields: FieldError[];
  /** A save refused as stale (`conflict`): the record's version now, to save over it on purpose. */
  versionNow?: number;
}

// Every code the core answers with; a code missing here is a type error, so a new one cannot
// be turned into 'internal' by mistake.
const CODE_SET: Record<ErrorCode, true> = {
  validation: true,
  not_found: true,
  conflict: true,
  not_allowed: true,
  wrong_phase: true,
  needs_amendment: true,
  over_budget: true,
  csv: true,
  not_a_database: true,
  newer_schema: true,
  damaged: true,
  read_only: true,
  locked: true,
  io: true,
  database: true,
  bad_request: true,
  cancelled: true,
  internal: true,
};
const CODES = Object.keys(CODE_SET) as ErrorCode[];

function isCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (CODES as readonly string[]).includes(value);
}

/** What the core said, in the window's language when it said it as a message of its files. */
function words(value: Record<string, unknown>): string {
  const s = value.said as { id?: unknown; args?: unknown } | undefined;
  if (s && typeof s.id === 'string') return said({ id: s.id, args: (s.args ?? undefined) as Record<string, string | number> | undefined });
  return typeof value.message === 'string' ? value.message : '';
}

function cleanFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((f): f is Record<string, unknown> => typeof f === 'object' && f !== null)
    .map((f) => ({ field: String(f.field ?? ''), message: words(f) }))
    .filter((f) => f.message !== '');
}

/** Turn anything a promise may reject with (our error object, a string, an Error) into an AppError. */
export function toAppError(reason: unknown): AppError {
  if (typeof reason === 'string') {
    const text = reason.trim();
    if (text.startsWith('{')) {
      try {
        return toAppError(JSON.parse(text));
      } catch {
        // Not JSON after all: fall through and show the text.
      }
    }
    return { code: 'internal', message: text || t('app-error-unknown'), fields: [] };
  }
  if (reason instanceof Error) {
    return { code: 'internal', message: reason.message || reason.name, fields: [] };
  }
  if (typeof reason === 'object' && reason !== null) {
    const r = reason as Record<string, unknown>;
    const fields = cleanFields(r.fields);
    const text = words(r);
    const message =
      text.trim() !== ''
        ? text
        : fields.length > 0
          ? fields[0].message
          : t('app-error-unknown');
    // From the core (`version_now`), or an AppError normalised already (`versionNow`).
    const raw = r.version_now ?? r.versionNow;
    const versionNow = typeof raw === 'number' ? raw : undefined;
    return { code: isCode(r.code) ? r.code : 'internal', message, fields, ...(versionNow !== undefined ? { versionNow } : {}) };
  }
  return { code: 'internal', message: t('app-error-unknown'), fields: [] };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}
