// The plain check gives what the schemas give: the same record for every valid touchpoint, and the schemas'
// own error for every invalid one (it never accepts what they refuse).
import { describe, expect, it } from 'vitest';
import { toImportRecord } from './import-record.ts';
import { plainTouchpoint } from './plain-record.ts';

const base = {
  type: 'touchpoint',
  externalId: 'tp-1',
  customer: { names: ['Marta Ruiz'], emails: ['Marta@Example.com'], handles: { reddit: 'u/Marta_RZ' } },
  channel: 'email',
  direction: 'inbound',
  at: '2026-11-04T10:12:00+01:00',
  summary: '  Factura duplicada ',
  outcome: 'resolved',
  resolvedAt: '2026-11-05T09:00:00Z',
};

/** Each field replaced by values that are fine, odd or wrong. */
const VARIANTS: Record<string, unknown[]> = {
  externalId: [undefined, ' x ', '', '   ', 'x'.repeat(300), 'x'.repeat(301), 7, null],
  channel: ['phone', 'Email', 'fax', '', undefined, 3],
  direction: [undefined, 'outbound', 'in', ''],
  at: ['2026-11-04T10:12Z', '2026-11-04T10:12:00.123456Z', '2026-02-30T10:00:00Z', '2026-11-04 10:12:00Z', '2026-11-04T10:12:00', ' 2026-11-04T10:12:00Z ', '', undefined, 5],
  summary: [undefined, '', '  ', 'x'.repeat(4000), 'x'.repeat(4001), ['a']],
  outcome: [undefined, 'pending', 'closed'],
  resolvedAt: [undefined, 'tomorrow', '2026-11-05T09:00:00.5+0000'],
  sentiment: [0.5, -1, 1.5, 0.04, -0.05, Number.NaN, { score: 0.3, label: 'positive', confidence: 0.9 }, 'high'],
  effort: [0, 1, 0.5, 2, -0.1, '0.5'],
  moment: ['LZMOT', 'ZMOT', 'lzmot', ''],
  stage: ['purchase', 'Purchase'],
  mentionId: ['m-1', '', 'x'.repeat(201)],
  crmRef: [{ system: 'zendesk', id: '42' }, { system: 'nope', id: '1' }],
  extra: ['ignored?'],
  type: ['customer', 'Touchpoint', 'note'],
  customer: [
    { emails: ['ana@example.com'] },
    { email: 'ana@example.com', name: 'Ana' },
    { emails: ['not an email'] },
    { emails: ['  ', 'ana@example.com'] },
    { names: ['Ana'] },
    {},
    { handles: { reddit: '   ' } },
    { handles: { Reddit: '   ', x: 'ana' } },
    { handles: { x: '@' } },
    { handles: { x: 'y'.repeat(301) } },
    { handles: [{ platform: 'reddit', handle: 'ana' }] },
    { crmIds: { zendesk: '90377' } },
    { crmIds: { zendesk: ' ', other: '1' } },
    { crmIds: { nope: '', other: '1' } },
    { crmIds: [{ system: 'zendesk', id: '1' }] },
    { names: ['x'.repeat(201)], emails: ['a@b.co'] },
    { names: [' ', 'Ana'], emails: 'a@b.co' },
    { emails: ['a@b.co'], phone: '555' },
    { emails: [7] },
    'ana@example.com',
  ],
};

const inputs = [base, ...Object.entries(VARIANTS).flatMap(([field, values]) => values.map((value) => ({ ...base, [field]: value })))];

describe('plainTouchpoint', () => {
  it.each(inputs.map((input, i) => [i, input] as const))('input %i: the same outcome as the schemas', (_, input) => {
    expect(toImportRecord(input, 'csv')).toEqual(toImportRecord(input, 'csv', true));
  });

  it('checks the common valid rows itself, and leaves objects it does not read to the schemas', () => {
    expect(plainTouchpoint(base)).toBeDefined();
    expect(plainTouchpoint({ ...base, externalId: undefined, sentiment: 0.2, effort: 0.4, moment: 'ZMOT' })).toBeDefined();
    expect(plainTouchpoint({ ...base, sentiment: { score: 0.3, label: 'positive', confidence: 0.9 } })).toBeUndefined();
    expect(plainTouchpoint({ ...base, channel: 'fax' })).toBeUndefined();
  });
});
