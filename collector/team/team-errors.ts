// Named errors of the team services; `statusCode` is what the API answers with (api/error-handler.ts).
import type { Mention } from '../../shared/mention.ts';
import { VigiaError } from '../errors.ts';

/** No such mention, note or user. */
export class TeamNotFoundError extends VigiaError {
  readonly statusCode = 404;
  constructor(message: string) {
    super('team', message);
  }
}

/** Editing what belongs to another person (their note). */
export class TeamForbiddenError extends VigiaError {
  readonly statusCode = 403;
  constructor(message: string) {
    super('team', message);
  }
}

/** An edit older than what is stored (a later one won), or a name already taken; `mention` is how it stands now. */
export class TeamConflictError extends VigiaError {
  readonly statusCode = 409;
  constructor(
    message: string,
    readonly mention?: Mention,
  ) {
    super('team', message);
  }
}

/** A user name or e-mail that cannot be used. */
export class UserError extends VigiaError {
  constructor(message: string) {
    super('user', message);
  }
}
