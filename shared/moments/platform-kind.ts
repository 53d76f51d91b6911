// What kind of place a mention was published in: where people review what they bought, where they ask for
// help, or anywhere else. The moment rules weigh a negative review and a support-forum post differently.
import { platformEntry } from '../platforms/lookup.ts';

/** Where a mention was published, as the moment rules see it. */
export type PlatformKind = 'review-site' | 'support-forum' | 'social' | 'other';

const SUPPORT_WORDS = /(?:^|[.-])(?:support|help|helpdesk|community|forum|forums|foro|ayuda|soporte|zendesk|freshdesk|answers)(?:[.-]|$)/;

/** Classify a platform id (lowercase, as in Mention.platform): the catalogue's review and post platforms, forums by their name. */
export function platformKindOf(platform: string | undefined): PlatformKind {
  if (!platform) return 'other';
  const id = platform.toLowerCase();
  const kind = platformEntry(id)?.kind;
  if (kind === 'review') return 'review-site';
  if (SUPPORT_WORDS.test(id)) return 'support-forum';
  return kind === 'post' ? 'social' : 'other';
}
