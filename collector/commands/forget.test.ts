import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDemoExports, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { emailRef } from '../customers/identity-refs.ts';
import { runForgetCommand, toForgetSelector } from './forget.ts';

let temp: TempStore;
beforeEach(async () => {
  temp = openTempStore();
  await importDemoExports(temp.store);
});
afterEach(() => temp.close());

describe('vigia forget', () => {
  it('erases the customer with that e-mail and says what went', async () => {
    const lines: string[] = [];
    await runForgetCommand(temp.store, toForgetSelector({ email: 'james.porter@example.co.uk' }), (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/^Forgot customer cus_\S+: 4 identities, 6 touchpoints and 0 links erased; their public mentions stay, unlinked\.$/)]);
    expect((await temp.store.customers.ownersOf([emailRef('james.porter@example.co.uk')])).size).toBe(0);
  });

  it('needs exactly one of --email and --handle', () => {
    expect(toForgetSelector({ handle: 'marta_rz', platform: 'reddit' })).toEqual({ handle: 'marta_rz', platform: 'reddit' });
    expect(() => toForgetSelector({})).toThrow(/^forget: say whom to forget/);
    expect(() => toForgetSelector({ email: 'a@example.com', handle: 'a' })).toThrow('forget: give --email or --handle, not both');
  });
});
