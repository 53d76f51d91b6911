import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { mentionTerms } from './mention-terms.ts';
import { toMention, toMentionRow } from './mention-rows.ts';

/** Texts whose phrases or document JSON must escape: quotes, backslashes, control characters, astral letters, a lone surrogate. */
const AWKWARD = [
  'Router "Pro" dice \\ fallo\ttotal\u0001sin señal',
  'Atención 𝐀𝐁𝐂 cliente 😡 nunca llegó \ud800 pedido',
  "l'équipe d’assistance n'a jamais répondu; O'Brien's wifi",
  '',
];

describe('mention rows', () => {
  it('stores the phrases as JSON.stringify of the mention terms, whatever the text holds', () => {
    for (const text of AWKWARD) {
      for (const title of [undefined, 'Título "raro"\n\\x']) {
        const mention = makeMention({ text, title });
        const row = toMentionRow(mention, 1);
        expect(row.phrases).toBe(JSON.stringify(mentionTerms(mention)));
        expect(JSON.parse(row.phrases!)).toEqual(mentionTerms(mention));
      }
    }
  });

  it('keeps the document as first stored: every field but the ones with columns of their own, triage last', () => {
    const mention: Mention = {
      ...makeMention({ text: AWKWARD[0]!, title: AWKWARD[1] }),
      muted: { by: 'ana', rule: { kind: 'not-about-us', brand: 'Lumora' }, at: '2026-11-25T00:00:00.000Z' },
      firstResponseAt: '2026-11-25T00:00:00.000Z',
      rating: 0.2,
    };
    const { triage, muted: _m, reply: _r, firstResponseAt: _f, ...rest } = mention;
    const row = toMentionRow(mention, 7);
    expect(row.doc).toBe(JSON.stringify({ ...rest, triage }));
    expect(row.muted).toBe(JSON.stringify(mention.muted));
    // A new mention has no first response yet: the column says so (triage status new), not the input.
    expect(toMention(row)).toEqual({ ...mention, firstResponseAt: undefined });
  });
});
