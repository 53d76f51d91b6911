// Zendesk Support agent workspace: ticket pages (the requester) and user profile pages, read from the
// product's test hooks (any dialect), labelled fields, mailto: links and the user id in the URL or links.
import { defineCrmSite, parseWebUrl } from './crm-site.ts';
import { firstText, idsFromLinks, queryDeep, readPerson, testIds, visibleMatch } from './page-fields.ts';

/** Every Zendesk account lives on `<subdomain>.zendesk.com`; agents work under /agent/. */
export const ZENDESK_MATCHES = ['https://*.zendesk.com/agent/*'];

const RECORD = /^\/agent\/(tickets|users)\/(\d+)(?:\/[a-z_]*)?\/?$/;
const USER_LINK = /^\/agent\/users\/(\d+)/;

/** The record a Zendesk URL shows, when it is a ticket or a user. */
export function zendeskRecordOf(url: string): { object: 'ticket' | 'user'; id: string } | undefined {
  const parsed = parseWebUrl(url);
  if (parsed?.protocol !== 'https:' || !/^[a-z0-9][a-z0-9-]*\.zendesk\.com$/.test(parsed.hostname)) return undefined;
  const match = RECORD.exec(parsed.pathname);
  if (!match?.[2]) return undefined;
  return { object: match[1] === 'tickets' ? 'ticket' : 'user', id: match[2] };
}

export const isZendeskPage = (url: string): boolean => zendeskRecordOf(url) !== undefined;

// The workspace keeps one pane per open tab and hides all but the one on screen.
const ACTIVE_PANE = [testIds('ticket-workspace'), testIds('user-workspace'), '.workspace'];

export default defineCrmSite({
  id: 'zendesk',
  name: 'Zendesk',
  system: 'zendesk',
  matches: ZENDESK_MATCHES,
  isPage: isZendeskPage,
  findPerson(document, url = document.URL) {
    const record = zendeskRecordOf(url);
    const pane = visibleMatch(document, ACTIVE_PANE) ?? document.body;
    if (record?.object === 'user') {
      const profile = queryDeep(pane, testIds('user-profile'));
      return readPerson({
        parts: [profile && queryDeep(profile, testIds('user-identities'))],
        record: profile ?? pane,
        mailtoInRecord: true,
        system: 'zendesk',
        crmIds: [record.id],
        name: profile ? firstText(profile, [testIds('user-profile-name')]) : undefined,
      });
    }
    // A ticket: the customer context panel beside the conversation is about the requester.
    const context = queryDeep(pane, testIds('customer-context'));
    return readPerson({
      parts: [context && queryDeep(context, testIds('customer-context-identities'))],
      record: context,
      system: 'zendesk',
      crmIds: context ? idsFromLinks(queryDeep(context, testIds('customer-context-user-info')) ?? context, USER_LINK).slice(0, 1) : [],
      name: context ? firstText(context, [testIds('customer-context-username')]) : firstText(pane, [testIds('ticket-system-field-requester-select')]),
    });
  },
});
