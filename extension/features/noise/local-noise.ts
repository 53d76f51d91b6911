// Mutes as this browser shows them at once, before the change feed brings the collector's own record of
// what a rule hid: the same matching (shared/mutes/mute-match.ts) applied to the stored rows.
import type { Mention } from '../../../shared/mention.ts';
import { muteMatches } from '../../../shared/mutes/mute-match.ts';
import type { MuteRule } from '../../../shared/mutes/mute-rule.ts';
import { db } from '../../db/vigia-db.ts';
import { putServerMentions } from '../../sync/mention-store.ts';
import { notifyMentionsChanged } from '../../sync/mentions-changed.ts';

async function rewrite(change: (m: Mention) => Mention | undefined): Promise<number> {
  const changed = await db.transaction('rw', db.mentions, async () => {
    const next = (await db.mentions.toArray()).map((row) => change(row.mention)).filter((m): m is Mention => m !== undefined);
    await putServerMentions(next);
    return next.length;
  });
  if (changed) await notifyMentionsChanged();
  return changed;
}

/** Hides the stored mentions a new rule matches. */
export const hideLocally = (rule: MuteRule): Promise<number> =>
  rewrite((m) => (m.muted || !muteMatches(m, rule) ? undefined : { ...m, muted: { by: rule.by, at: rule.at, rule: { kind: 'rule', ruleId: rule.id, brand: rule.brand, muteKind: rule.kind, value: rule.value } } }));

/** Shows again what a removed rule hid. */
export const showLocally = (ruleId: string): Promise<number> =>
  rewrite((m) => {
    if (m.muted?.rule.kind !== 'rule' || m.muted.rule.ruleId !== ruleId) return undefined;
    const { muted: _, ...shown } = m;
    return shown;
  });

/** Stores a mention as the collector answered it (hidden, shown again, replied to). */
export async function putLocally(mention: Mention): Promise<void> {
  await db.transaction('rw', db.mentions, () => putServerMentions([mention]));
  await notifyMentionsChanged();
}
