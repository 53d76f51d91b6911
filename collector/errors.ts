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

/** ANSI escape sequences: CSI (ESC [ or 0x9B … final byte), OSC (ESC ] … BEL or ST), and two-byte escapes. */
const ANSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -/]*[0-~]/g;
/** Controls a terminal would obey (C0, DEL, C1) and bidirectional overrides that reorder what it shows. */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeCode = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`.replace(/^\\x(....)$/, '\\u$1');

/**
 * Text that came from outside (a source's error, a title, a URL) made safe to print on one terminal line:
 * escape sequences are dropped, every other control is shown as \xNN (a line break cannot forge a line).
 */
export function forTerminal(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(TERMINAL_CONTROL, escapeCode);
}

/** A JSON line safe for a terminal: JSON escapes C0 controls itself; C1 controls and bidi overrides too. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
