// Intercom: inbox conversations (the user talking) and user profile pages.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, idsFromLinks, personFrom, queryDeep } from './page-fields.ts';

/** The app per hosting region (US, EU, Australia). */
export const INTERCOM_MATCHES = ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'];

// /a/inbox/<app>/inbox/…/conversation/<id> (any inbox view) and /a/apps/<app>/users/<id>[/<tab>].
const CONVERSATION = /^\/a\/inbox\/([a-z0-9]+)\/inbox\/(?:[\w-]+\/)*conversation\/(\d+)\/?$/;
const USER = /^\/a\/apps\/([a-z0-9]+)\/users\/([a-f0-9]{24})(?:\/[\w-]+)?\/?$/;
const USER_LINK = /^\/a\/apps\/[a-z0-9]+\/users\/([a-f0-9]{24})/;

/** The record an Intercom URL shows, when it is a conversation or a user. */
export function intercomRecordOf(url: string): { object: 'conversation' | 'user'; appId: string; id: string } | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/^app(\.(eu|au))?\.intercom\.com$/.test(parsed.hostname)) return undefined;
  const conversation = CONVERSATION.exec(parsed.pathname);
  if (conversation?.[1] && conversation[2]) return { object: 'conversation', appId: conversation[1], id: conversation[2] };
  const user = USER.exec(parsed.pathname);
  if (user?.[1] && user[2]) return { object: 'user', appId: user[1], id: user[2] };
  return undefined;
}

export const isIntercomPage = (url: string): boolean => intercomRecordOf(url) !== undefined;

export default defineCrmSite({
  id: 'intercom',
  name: 'Intercom',
  system: 'intercom',
  matches: INTERCOM_MATCHES,
  isPage: isIntercomPage,
  findPerson(document, url = document.URL) {
    const record = intercomRecordOf(url);
    if (record?.object === 'user') {
      const profile = queryDeep(document, '[data-testid="user-profile"]');
      return personFrom([profile && queryDeep(profile, '[data-testid="user-attributes"]')], {
        system: 'intercom',
        crmIds: [record.id],
        name: profile ? firstText(profile, ['[data-testid="user-name"]']) : undefined,
      });
    }
    // A conversation: the details sidebar's "User data" section is about the person writing.
    const details = queryDeep(document, '[data-testid="conversation-details-user"]');
    return personFrom([details && queryDeep(details, '[data-testid="user-attributes"]')], {
      system: 'intercom',
      crmIds: details ? idsFromLinks(details, USER_LINK).slice(0, 1) : [],
      name: details ? firstText(details, ['[data-testid="user-name"]']) : undefined,
    });
  },
});
