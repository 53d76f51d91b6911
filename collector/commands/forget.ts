// `vigia forget --email … | --handle … [--platform …]`: erase one customer's personal data (their public
// mentions stay, unlinked) and say what was erased.
import { findCustomerToForget, forgetCustomer, type ForgetSelector } from '../customers/forget-customer.ts';
import { VigiaError } from '../errors.ts';
import type { VigiaStore } from '../store/store.ts';

/** The command line named nobody, or two people at once. */
export class ForgetCommandError extends VigiaError {
  constructor(message: string) {
    super('forget', message);
  }
}

export function toForgetSelector(opts: { email?: string; handle?: string; platform?: string }): ForgetSelector {
  if (opts.email && opts.handle) throw new ForgetCommandError('give --email or --handle, not both');
  if (opts.email) return { email: opts.email };
  if (opts.handle) return { handle: opts.handle, ...(opts.platform ? { platform: opts.platform } : {}) };
  throw new ForgetCommandError('say whom to forget: --email ADDRESS or --handle HANDLE [--platform PLATFORM]');
}

export async function runForgetCommand(store: VigiaStore, selector: ForgetSelector, out: (line: string) => void = console.log): Promise<void> {
  const customerId = await findCustomerToForget(store.customers, selector);
  const residue: string[] = [];
  const deleted = await forgetCustomer(store.customers, customerId, { onResidue: (note) => residue.push(note) });
  out(
    `Forgot customer ${customerId}: ${deleted.identities} identities, ${deleted.touchpoints} touchpoints and ${deleted.links} links erased; ` +
      'their public mentions stay, unlinked.',
  );
  for (const note of residue) out(`Note: ${note}`);
}
