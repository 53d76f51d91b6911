import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { PriorityFactor } from '../../../shared/mention.ts';
import { toMentionRow } from '../../db/mentions.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { toInboxItem } from './inbox-item.ts';
import { priorityWhyText } from './inbox-row.tsx';

const why: PriorityFactor[] = [
  { factor: 'urgency', points: 84, en: 'Needs a person now: a customer stranded ("stranded")', es: 'Requiere atención ya: un cliente varado ("stranded")' },
  { factor: 'negativity', points: 5, en: 'negative tone (-0.90)', es: 'tono negativo (-0,90)' },
];

describe('the reasons behind a priority in the inbox', () => {
  it('carries urgency and priorityWhy from the stored mention to the row', () => {
    const item = toInboxItem(toMentionRow(makeMention({ priority: 89, urgency: 'now', priorityWhy: why }), 1));
    expect(item).toMatchObject({ priority: 89, urgency: 'now', priorityWhy: why });
    expect(toInboxItem(toMentionRow(makeMention({ priority: 40 }), 2)).priorityWhy).toBeUndefined();
  });

  it('reads them in the UI language, with the points each added, as text', () => {
    expect(priorityWhyText(why, 'en')).toBe('Needs a person now: a customer stranded ("stranded") +84 · negative tone (-0.90) +5');
    expect(priorityWhyText(why, 'es')).toBe('Requiere atención ya: un cliente varado ("stranded") +84 · tono negativo (-0,90) +5');
    const host = document.createElement('p');
    render(<>{priorityWhyText([{ factor: 'urgency', points: 1, en: '<img src=x onerror=alert(1)>', es: '' }], 'en')}</>, host);
    expect(host.querySelector('img')).toBeNull();
  });

  it('labels a mention about competitors only; a mention of us and them is ours', () => {
    const theirs = { brand: 'Rivalia', terms: ['rivalia'], competitor: true as const };
    expect(toInboxItem(toMentionRow(makeMention({ matches: [theirs] }), 3)).competitor).toBe(true);
    expect(toInboxItem(toMentionRow(makeMention({ matches: [theirs, { brand: 'Lumora', terms: ['lumora'] }] }), 4)).competitor).toBeUndefined();
  });
});
