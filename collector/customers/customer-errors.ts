// Named errors of the customer services; `statusCode` is what the API answers with (error-handler.ts).
import { VigiaError } from '../errors.ts';

/** An identity that already belongs to another customer: linking it there would merge two people by guess. */
export class IdentityConflictError extends VigiaError {
  readonly statusCode = 409;
  constructor(
    message: string,
    readonly customerIds: string[],
  ) {
    super('customers', message);
  }
}

/** No customer, moment or link with that id. */
export class CustomerNotFoundError extends VigiaError {
  readonly statusCode = 404;
  constructor(message: string) {
    super('customers', message);
  }
}
