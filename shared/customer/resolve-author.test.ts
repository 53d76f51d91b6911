import { describe, expect, it } from 'vitest';
import { customerSchema, mergeIdentities, normalizeName, type Customer } from './customer.ts';
import { IdentityIndex } from './identity-index.ts';
import { resolveAuthor } from './resolve-author.ts';

const customer = (raw: unknown): Customer => customerSchema.parse(raw);

const marta = customer({
  id: 'c-marta',
  names: ['Marta Ruiz'],
  emails: [' Marta@Example.com '],
  handles: [
    { platform: 'reddit', handle: 'u/Marta_RZ' },
    { platform: 'mastodon', handle: '@marta_rz@mastodon.social' },
  ],
  crmIds: [{ system: 'zendesk', id: '361' }],
});
const otherMarta = customer({ id: 'c-marta-2', names: ['MARTA RUÍZ'], emails: ['mruiz@example.org'] });
const james = customer({ id: 'c-james', names: ['James Porter'], emails: ['james.porter@example.co.uk'], handles: [{ platform: 'reddit', handle: 'jamesp_uk' }] });

describe('customerSchema', () => {
  it('normalises e-mails and handles on the way in', () => {
    expect(marta.emails).toEqual(['marta@example.com']);
    expect(marta.handles).toEqual([
      { platform: 'reddit', handle: 'marta_rz' },
      { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
    ]);
  });

  it('refuses a bad e-mail, an unknown CRM and an empty handle with a message per field', () => {
    const result = customerSchema.safeParse({
      id: 'x',
      emails: ['not-an-email'],
      crmIds: [{ system: 'sap', id: '1' }],
      handles: [{ platform: 'reddit', handle: '@' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['crmIds.0.system', 'emails.0', 'handles.0.handle']);
  });

  it('folds names for matching', () => {
    expect(normalizeName('  MARTA   Ruíz-Gómez ')).toBe('marta ruiz gomez');
  });

  it('merges identities without duplicates', () => {
    const merged = mergeIdentities(marta, { names: ['marta ruiz', 'Marta R.'], emails: ['marta@example.com'], handles: [], crmIds: [{ system: 'hubspot', id: '5101' }] });
    expect(merged.names).toEqual(['Marta Ruiz', 'Marta R.']);
    expect(merged.emails).toEqual(['marta@example.com']);
    expect(merged.crmIds).toEqual([{ system: 'zendesk', id: '361' }, { system: 'hubspot', id: '5101' }]);
  });
});

describe('IdentityIndex', () => {
  it('finds a customer by every identity it carries', () => {
    const index = new IdentityIndex([marta, james]);
    expect(index.byEmail('MARTA@example.com')).toEqual(['c-marta']);
    expect(index.byHandle('reddit', '@Marta_RZ')).toEqual(['c-marta']);
    expect(index.byHandle('x', 'marta_rz')).toEqual([]);
    expect(index.byCrmId('zendesk', '361')).toEqual(['c-marta']);
    expect(index.byName('marta ruiz')).toEqual(['c-marta']);
    expect(index.size).toBe(2);
  });

  it('replaces identities when a customer is added again, and forgets removed ones', () => {
    const index = new IdentityIndex([marta]);
    index.add({ ...marta, handles: [] });
    expect(index.byHandle('reddit', 'marta_rz')).toEqual([]);
    expect(index.byEmail('marta@example.com')).toEqual(['c-marta']);
    index.remove('c-marta');
    expect(index.byEmail('marta@example.com')).toEqual([]);
    expect(index.get('c-marta')).toBeUndefined();
  });
});

describe('resolveAuthor', () => {
  const index = new IdentityIndex([marta, otherMarta, james]);

  it('links on the same handle on the same platform', () => {
    expect(resolveAuthor({ platform: 'reddit', handle: 'Marta_RZ', name: 'Marta Ruiz' }, index)).toEqual({ linked: 'c-marta', suggestions: [] });
    expect(resolveAuthor({ platform: 'mastodon', handle: 'marta_rz@mastodon.social' }, index).linked).toBe('c-marta');
  });

  it('links on the e-mail', () => {
    expect(resolveAuthor({ platform: 'trustpilot', email: 'james.porter@example.co.uk', name: 'JP' }, index)).toEqual({ linked: 'c-james', suggestions: [] });
  });

  it('only suggests when the display name is the only match', () => {
    expect(resolveAuthor({ platform: 'trustpilot', name: 'Marta Ruiz' }, index)).toEqual({
      suggestions: [
        { customerId: 'c-marta', reason: 'name' },
        { customerId: 'c-marta-2', reason: 'name' },
      ],
    });
  });

  it('only suggests a handle seen on another platform', () => {
    expect(resolveAuthor({ platform: 'bluesky', handle: 'jamesp_uk' }, index)).toEqual({
      suggestions: [{ customerId: 'c-james', reason: 'handle-on-other-platform' }],
    });
    expect(resolveAuthor({ platform: 'x', handle: 'marta_rz' }, index).suggestions).toEqual([{ customerId: 'c-marta', reason: 'handle-on-other-platform' }]);
  });

  it('does not link when hard identifiers disagree', () => {
    expect(resolveAuthor({ platform: 'reddit', handle: 'jamesp_uk', email: 'marta@example.com' }, index)).toEqual({
      suggestions: [
        { customerId: 'c-james', reason: 'handle' },
        { customerId: 'c-marta', reason: 'email' },
      ],
    });
  });

  it('finds nothing for a stranger', () => {
    expect(resolveAuthor({ platform: 'reddit', handle: 'someone_else', name: 'Ana' }, index)).toEqual({ suggestions: [] });
  });
});
