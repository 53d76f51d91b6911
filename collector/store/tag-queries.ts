// Tags on a mention as one field: replaced whole (last writer wins, a stale set is refused) or changed by
// adding and removing on the set as it is; the mention's document carries them for the change feed.
import type { Kysely } from 'kysely';
import type { Mention } from '../../shared/mention.ts';
import { applyTagChange, normalizeTags } from '../../shared/team/tags.ts';
import { TeamConflictError } from '../team/team-errors.ts';
import type { Edit } from '../team/team-store.ts';
import { rewriteMention, type MentionChange } from './mention-rewrite.ts';
import type { VigiaDatabase } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

async function storeTags(trx: Kysely<VigiaDatabase>, mention: Mention, tags: string[], edit: Edit): Promise<MentionChange | undefined> {
  const before = mention.tags ?? [];
  if (same(before, tags)) return undefined;
  const stored = await trx.selectFrom('mention_tags').select('updated_at').where('mention_id', '=', mention.id).executeTakeFirst();
  // A change made offline earlier never moves the set's time back (a stale PUT must stay stale).
  const at = stored && stored.updated_at > edit.at ? stored.updated_at : edit.at;
  const row = { tags: JSON.stringify(tags), updated_at: at, updated_by: edit.by };
  await trx.insertInto('mention_tags').values({ mention_id: mention.id, ...row }).onConflict((oc) => oc.column('mention_id').doUpdateSet(row)).execute();
  const { tags: _, ...rest } = mention;
  return {
    mention: tags.length ? { ...rest, tags } : rest,
    history: [{ at: edit.at, who: edit.by, action: 'tags', from: before.join(', ') || null, to: tags.join(', ') || null }],
  };
}

export function createTagQueries(backend: SqlBackend) {
  return {
    setTags(mentionId: string, tags: string[], edit: Edit): Promise<Mention> {
      const wanted = normalizeTags(tags);
      return rewriteMention(backend, mentionId, async (mention, trx) => {
        const stored = await trx.selectFrom('mention_tags').select(['updated_at', 'updated_by']).where('mention_id', '=', mentionId).executeTakeFirst();
        if (stored && edit.at < stored.updated_at) {
          throw new TeamConflictError(`the tags of mention ${mentionId} were changed by ${stored.updated_by} at ${stored.updated_at}, after this edit (${edit.at}): the later tags stay`, mention);
        }
        return storeTags(trx, mention, wanted, edit);
      });
    },

    changeTags(mentionId: string, change: { add?: string[]; remove?: string[] }, edit: Edit): Promise<Mention> {
      return rewriteMention(backend, mentionId, (mention, trx) => storeTags(trx, mention, applyTagChange(mention.tags ?? [], change), edit));
    },
  };
}
