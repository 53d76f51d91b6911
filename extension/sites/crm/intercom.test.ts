import { describe, expect, it } from 'vitest';
import intercom, { intercomRecordOf, isIntercomPage } from './intercom.ts';
import { loadFixture } from './testing/fixture-page.ts';

describe('isIntercomPage', () => {
  it.each([
    ['https://app.intercom.com/a/inbox/lum0ra1/inbox/shared/all/conversation/18840002', true],
    ['https://app.intercom.com/a/inbox/lum0ra1/inbox/conversation/18840002', true],
    ['https://app.eu.intercom.com/a/inbox/lum0ra1/inbox/admin/5501/conversation/18840002', true],
    ['https://app.intercom.com/a/apps/lum0ra1/users/64b7f0c2a1e3d40012ab34cd/all-conversations', true],
    ['https://app.intercom.com/a/apps/lum0ra1/users/64b7f0c2a1e3d40012ab34cd', true],
    ['https://app.intercom.com/a/inbox/lum0ra1/inbox/shared/all', false],
    ['https://app.intercom.com/a/apps/lum0ra1/users/segments/active', false],
    ['https://www.intercom.com/a/apps/lum0ra1/users/64b7f0c2a1e3d40012ab34cd', false],
  ])('%s → %s', (url, expected) => expect(isIntercomPage(url)).toBe(expected));

  it('reads the app and record ids', () => {
    expect(intercomRecordOf('https://app.intercom.com/a/inbox/lum0ra1/inbox/conversation/7')).toEqual({ object: 'conversation', appId: 'lum0ra1', id: '7' });
  });
});

describe('Intercom recipe', () => {
  it('reads the user of the open conversation from the details sidebar, not the inbox list', () => {
    const doc = loadFixture('intercom-conversation.html');
    expect(intercom.findPerson(doc, 'https://app.intercom.com/a/inbox/lum0ra1/inbox/shared/all/conversation/18840002')).toEqual({
      emails: ['marta@example.com'],
      handles: [{ platform: 'mastodon', handle: 'marta_rz@mastodon.social' }],
      crmIds: [{ system: 'intercom', id: '64b7f0c2a1e3d40012ab34cd' }],
      name: 'Marta Ruiz',
    });
  });

  it('reads a user profile', () => {
    const doc = loadFixture('intercom-user.html');
    expect(intercom.findPerson(doc, 'https://app.intercom.com/a/apps/lum0ra1/users/64b7f0c2a1e3d40012ab99ff/all-conversations')).toEqual({
      emails: ['james.porter@example.co.uk'],
      handles: [],
      crmIds: [{ system: 'intercom', id: '64b7f0c2a1e3d40012ab99ff' }],
      name: 'James Porter',
    });
  });
});
