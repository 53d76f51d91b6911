// Intercom: inbox conversations (the user talking) and user profile pages, read from the product's test hooks
// (any dialect), labelled attributes, mailto: links and the user id in the URL or links.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, idsFromLinks, queryDeep, readPerson, testIds } from './page-fields.ts';

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
      const profile = queryDeep(document, testIds('user-profile'));
      return readPerson({
        parts: [profile && queryDeep(profile, testIds('user-attributes'))],
        record: profile ?? document.querySelector('main, [role="main"]') ?? document.body,
        mailtoInRecord: true,
        system: 'intercom',
        crmIds: [record.id],
        name: profile ? firstText(profile, [testIds('user-name')]) : undefined,
      });
    }
    // A conversation: the details sidebar's "User data" section is about the person writing.
    const details = queryDeep(document, testIds('conversation-details-user'));
    return readPerson({
      parts: [details && queryDeep(details, testIds('user-attributes'))],
      record: details,
      system: 'intercom',
      crmIds: details ? idsFromLinks(details, USER_LINK).slice(0, 1) : [],
      name: details ? firstText(details, [testIds('user-name')]) : undefined,
    });
  },
});
