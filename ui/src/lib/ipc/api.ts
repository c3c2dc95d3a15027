// What the screens import to talk to the shell: the typed wrapper of every command (generated
// into commands.ts from src-tauri/commands/) and the error every call rejects with (call.ts).

export * from './commands';
export { toAppError, type AppError } from './call';

/** Field key → the column header of the form export that fills it. */
export type ColumnMapping = Record<string, string>;
