// Where the full-page inbox opens: the mention to select and, for "open journey", the customer to show.
// Notifications and badges link here; the inbox reads it back from its URL's hash.

/** What the inbox opens on. */
export interface InboxTarget {
  mentionId?: string;
  customerId?: string;
  /** Filter the list to negative mentions (a spike notification). */
  negativeOnly?: boolean;
  brand?: string;
  /** Filter to mentions naming this aspect (a key driver clicked on the dashboard)… */
  aspect?: string;
  /** …published in [from, to) (ISO instants). */
  from?: string;
  to?: string;
  /** Leave out the mentions about competitors only (our key drivers clicked with no brand chosen). */
  competitor?: 'hide';
}

/** The hash of the inbox URL for a target, e.g. `#mention=m-1&customer=c-9`. */
export function toInboxHash(target: InboxTarget): string {
  const params = new URLSearchParams();
  if (target.mentionId) params.set('mention', target.mentionId);
  if (target.customerId) params.set('customer', target.customerId);
  if (target.negativeOnly) params.set('sentiment', 'negative');
  if (target.brand) params.set('brand', target.brand);
  if (target.aspect) params.set('aspect', target.aspect);
  if (target.from) params.set('from', target.from);
  if (target.to) params.set('to', target.to);
  if (target.competitor) params.set('competitor', target.competitor);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The target a hash names; unknown parameters are ignored. */
export function parseInboxHash(hash: string): InboxTarget {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const target: InboxTarget = {};
  const mention = params.get('mention');
  const customer = params.get('customer');
  const brand = params.get('brand');
  if (mention) target.mentionId = mention;
  if (customer) target.customerId = customer;
  if (params.get('sentiment') === 'negative') target.negativeOnly = true;
  if (brand) target.brand = brand;
  const aspect = params.get('aspect');
  if (aspect && /^[a-z][a-z0-9-]{0,39}$/.test(aspect)) target.aspect = aspect;
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && !Number.isNaN(Date.parse(value))) target[key] = new Date(value).toISOString();
  }
  if (params.get('competitor') === 'hide') target.competitor = 'hide';
  return target;
}

/** The inbox page's path inside the extension. */
export const INBOX_PATH = '/inbox.html' as const;
