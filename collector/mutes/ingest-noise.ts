// Noise control at ingest: accepted query exclusions drop a brand from an item as the query's own would,
// and mute rules mark new mentions hidden (kept, never alerting) exactly as they hide stored ones.
import { compileBrandQuery, prepareMatchTarget } from '../../shared/brand-query/index.ts';
import type { Mention } from '../../shared/mention.ts';
import { findMutingRule } from '../../shared/mutes/mute-match.ts';
import type { MuteRule, QueryExclusion } from '../../shared/mutes/mute-rule.ts';
import type { BrandMatcher } from '../pipeline/match-brands.ts';
import { mutedBy } from '../store/mute-queries.ts';

type Compiled = ReturnType<typeof compileBrandQuery>;
const compiledCache = new Map<string, Compiled | null>();

/** The positive part of `-word` / `-"a phrase"`, compiled once; null when it cannot be read. */
function compiled(exclusion: string): Compiled | null {
  let found = compiledCache.get(exclusion);
  if (found === undefined) {
    try {
      found = compileBrandQuery(exclusion.replace(/^-/, ''));
    } catch {
      found = null;
    }
    if (compiledCache.size > 5000) compiledCache.clear();
    compiledCache.set(exclusion, found);
  }
  return found;
}

/** The matcher with each brand's accepted exclusions applied on top of its query. */
export function withExclusions(matcher: BrandMatcher, exclusions: readonly QueryExclusion[]): BrandMatcher {
  if (exclusions.length === 0) return matcher;
  return (item) => {
    const matches = matcher(item);
    if (!matches.some((m) => exclusions.some((e) => e.brand === m.brand))) return matches;
    const target = prepareMatchTarget({ text: item.text, title: item.title, authorHandle: item.author.handle, lang: item.lang, platform: item.platform });
    return matches.filter((m) => !exclusions.some((e) => e.brand === m.brand && compiled(e.exclusion)?.(target)));
  };
}

/** New mentions, those a mute rule matches marked hidden by it. */
export function applyMutes(mentions: readonly Mention[], rules: readonly MuteRule[], at: string): Mention[] {
  if (rules.length === 0) return [...mentions];
  return mentions.map((m) => {
    const rule = findMutingRule(m, rules);
    return rule ? { ...m, muted: mutedBy(rule, at) } : m;
  });
}
