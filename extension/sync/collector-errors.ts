// Named errors of talking to the collector, so callers can tell "offline" from "bad token" from "bug".

/** The collector could not be reached (network down, wrong URL, CORS refused). */
export class CollectorUnreachableError extends Error {
  override name = 'CollectorUnreachableError';
}

/** The collector answered 401: no token, or a wrong one. */
export class CollectorAuthError extends Error {
  override name = 'CollectorAuthError';
}

/** The collector answered with another error status. */
export class CollectorHttpError extends Error {
  override name = 'CollectorHttpError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }

  /** 429 and 5xx may pass if tried again later; other 4xx will not. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** The collector answered 2xx with a body that does not follow the API contract. */
export class CollectorResponseError extends Error {
  override name = 'CollectorResponseError';
}

/** True for failures that say "try again later" rather than "this will never work". */
export const isTransientCollectorError = (error: unknown): boolean =>
  error instanceof CollectorUnreachableError || (error instanceof CollectorHttpError && error.retryable);

/** A short human-readable description of any error. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
