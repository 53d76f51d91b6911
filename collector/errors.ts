// Named errors, each message prefixed with the stage it comes from; api/error-handler.ts maps them to HTTP.

/** Base class: `stage` is where it happened ("config", "fetcher", "parser", "store", "api"…). */
export class VigiaError extends Error {
  constructor(
    readonly stage: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${stage}: ${message}`, options);
    this.name = new.target.name;
  }
}

/** The config file is missing, unreadable or invalid; `problems` has one line per bad field. */
export class ConfigError extends VigiaError {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super('config', problems.length ? `${message}\n  - ${problems.join('\n  - ')}` : message);
  }
}

/** Fetching a source failed: network, timeout, HTTP status, size limit. */
export class FetchError extends VigiaError {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super('fetcher', message, options);
  }
}

/** A fetched document could not be parsed (malformed XML, JSON…). */
export class ParseError extends VigiaError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('parser', message, options);
  }
}

/** A request the API refuses: `status` is the HTTP status to answer with. */
export class ApiError extends VigiaError {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super('api', message);
  }
}

/** A short, single-line description of any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
