// Errors of the storage layer: an unreachable or misconfigured database, a refused migration.
import { VigiaError } from '../errors.ts';

/** The store could not open, migrate or copy; the message says which database and why. */
export class StoreError extends VigiaError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

/** A PostgreSQL URL with its password replaced, safe to print in an error or a log line. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
