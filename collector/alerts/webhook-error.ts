// A webhook delivery that failed, named for its stage ("alerts: hooks.example answered 503").
import { VigiaError } from '../errors.ts';

export class WebhookError extends VigiaError {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super('alerts', message);
  }
}
