import { describe, expect, it } from 'vitest';
import { toMentionRow } from '../../db/mentions.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { toInboxItem } from './inbox-item.ts';
import { searchInbox, searchTextOf } from './inbox-search.ts';

const item = (overrides: Parameters<typeof makeMention>[0]) => toInboxItem(toMentionRow(makeMention(overrides), 1));

const router = item({ title: 'Router caído otra vez', text: 'Sin conexión desde el lunes, el técnico no vino.', author: { name: 'Marta Ruiz', handle: 'marta_rz' } });
const billing = item({ title: 'Billing question', text: 'Why was I charged twice this month?', author: { name: 'James Cole', handle: 'jcole' } });
const untitled = item({ title: undefined, text: 'Great fibre speed in Valencia', author: { handle: 'valencia_fan' } });
const all = [router, billing, untitled];
const ids = (query: string) => searchInbox(all, query).map((i) => i.id);

describe('inbox search', () => {
  it('searches title, text and author name and handle', () => {
    expect(ids('caído')).toEqual([router.id]);
    expect(ids('charged twice')).toEqual([billing.id]);
    expect(ids('James')).toEqual([billing.id]);
    expect(ids('valencia_fan')).toEqual([untitled.id]);
  });

  it('ignores case and accents both ways, like the collector’s q', () => {
    expect(ids('TECNICO')).toEqual([router.id]);
    expect(ids('conexion')).toEqual([router.id]);
    expect(ids('caido otra')).toEqual([router.id]);
    expect(ids('FÍBRE')).toEqual([untitled.id]);
  });

  it('looks for the query as one piece, trimmed; an empty query lists everything', () => {
    expect(ids('  billing  ')).toEqual([billing.id]);
    expect(ids('twice billing')).toEqual([]);
    expect(ids('')).toEqual(all.map((i) => i.id));
    expect(ids('   ')).toEqual(all.map((i) => i.id));
  });

  it('refreshes a mention’s search text when its row is written again', () => {
    const mention = makeMention({ text: 'first words' });
    expect(searchTextOf(toMentionRow(mention, 1))).toContain('first words');
    expect(searchTextOf(toMentionRow({ ...mention, text: 'edited words' }, 2))).toContain('edited words');
  });
});
