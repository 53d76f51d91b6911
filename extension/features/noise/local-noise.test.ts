import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MuteRule } from '../../../shared/mutes/mute-rule.ts';
import { db } from '../../db/vigia-db.ts';
import { queryInbox } from '../inbox/inbox-query.ts';
import { putServerMentions } from '../../sync/mention-store.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { hideLocally, showLocally } from './local-noise.ts';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});

it('hides at once the stored mentions a new rule matches, out of the inbox, and shows them again when it goes', async () => {
  const spam = makeMention({ author: { name: 'Promo', handle: 'promo_bot' } });
  const other = makeMention({ author: { name: 'Marta', handle: 'marta_rz' } });
  await db.transaction('rw', db.mentions, () => putServerMentions([spam, other]));
  const brand = spam.matches[0]!.brand;
  const rule: MuteRule = { id: 'r1', brand, kind: 'author', value: '@Promo_Bot', by: 'ana', at: '2026-12-07T10:00:00.000Z' };

  expect(await hideLocally(rule)).toBe(1);
  expect((await db.mentions.get(spam.id))?.mention.muted?.rule).toEqual({ kind: 'rule', ruleId: 'r1', brand, muteKind: 'author', value: '@Promo_Bot' });
  expect((await queryInbox(undefined)).map((i) => i.id)).toEqual([other.id]);

  expect(await showLocally('r1')).toBe(1);
  expect((await db.mentions.get(spam.id))?.mention.muted).toBeUndefined();
  expect((await queryInbox(undefined)).map((i) => i.id).sort()).toEqual([spam.id, other.id].sort());
});
