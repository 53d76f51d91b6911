// What kind of place a mention was published in: where people review what they bought, where they ask for
// help, or anywhere else. The moment rules weigh a negative review and a support-forum post differently.

/** Where a mention was published, as the moment rules see it. */
export type PlatformKind = 'review-site' | 'support-forum' | 'social' | 'other';

const REVIEW_SITES = new Set([
  'trustpilot', 'google-maps', 'yelp', 'tripadvisor', 'app-store', 'google-play', 'g2', 'amazon',
  'capterra', 'booking', 'airbnb', 'mercadolibre', 'glassdoor', 'sitejabber', 'reviews.io', 'ciao',
]);
const SOCIAL = new Set(['reddit', 'mastodon', 'bluesky', 'x', 'twitter', 'instagram', 'tiktok', 'facebook', 'linkedin', 'youtube', 'threads', 'hackernews']);
const SUPPORT_WORDS = /(?:^|[.-])(?:support|help|helpdesk|community|forum|forums|foro|ayuda|soporte|zendesk|freshdesk|answers)(?:[.-]|$)/;

/** Classify a platform id (lowercase, as in Mention.platform). */
export function platformKindOf(platform: string | undefined): PlatformKind {
  if (!platform) return 'other';
  const id = platform.toLowerCase();
  if (REVIEW_SITES.has(id)) return 'review-site';
  if (SUPPORT_WORDS.test(id)) return 'support-forum';
  if (SOCIAL.has(id)) return 'social';
  return 'other';
}
