import { describe, expect, it } from 'vitest';
import pipedrive, { isPipedrivePage } from './pipedrive.ts';
import { loadFixture } from './testing/fixture-page.ts';

describe('isPipedrivePage', () => {
  it.each([
    ['https://lumora.pipedrive.com/person/4411', true],
    ['https://lumora.pipedrive.com/person/4411/', true],
    ['https://lumora.pipedrive.com/organization/880', false],
    ['https://lumora.pipedrive.com/deal/12', false],
    ['https://lumora.pipedrive.com/persons/list', false],
    ['https://pipedrive.com.evil.example/person/1', false],
  ])('%s → %s', (url, expected) => expect(isPipedrivePage(url)).toBe(expected));
});

describe('Pipedrive recipe', () => {
  it('reads the person’s details section, not the owner, the organisation or the history', () => {
    const doc = loadFixture('pipedrive-person.html');
    expect(pipedrive.findPerson(doc, 'https://lumora.pipedrive.com/person/4411')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [{ platform: 'reddit', handle: 'jamesp_uk' }],
      crmIds: [{ system: 'pipedrive', id: '4411' }],
      name: 'James Porter',
    });
  });
});
