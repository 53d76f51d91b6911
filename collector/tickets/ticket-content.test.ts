// What a ticket says: the mention's text, link, author, sentiment, urgency, aspects when it has them, and the
// customer's journey with the recovery clock — the HTML escaped, in the helpdesk's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { buildJourneyView } from '../customers/journey-view.ts';
import { importDemoExports, openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { ticketDraftOf, ticketRefOf } from './ticket-content.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

const NOW = '2026-11-23T12:00:00.000Z';
const post = (extra: Partial<Mention> & Record<string, unknown> = {}) =>
  makeMention({ author: { name: 'Marta R.', handle: 'marta_rz', url: 'https://reddit.com/u/marta_rz' }, text: 'Tercera cita sin técnico <b>otra vez</b> & nadie avisa', url: 'https://reddit.com/r/lumora/comments/1/', publishedAt: '2026-11-23T09:00:00.000Z', urgency: 'now', priority: 92, ...extra });

describe('ticket content', () => {
  it('carries the text, link, author, sentiment, urgency and the journey with its recovery clock', async () => {
    const mention = post();
    await temp.store.insertMentions([mention]);
    await importDemoExports(temp.store);
    const linked = (await temp.store.getMention(mention.id))!;
    const view = await buildJourneyView(temp.store.customers, linked.customerId!, NOW);
    const draft = ticketDraftOf({ mention: linked, view, vendor: 'zendesk', lang: 'en', now: NOW });
    expect(draft).toMatchObject({ ref: ticketRefOf(mention.id), priority: 'urgent', requester: { name: 'Marta Ruiz', email: 'marta@example.com' }, crmId: '90377', tags: ['vigia', 'reddit', 'urgency_now'] });
    expect(draft.subject).toMatch(/^\[Lumora\] Negative reddit post by @marta_rz: Tercera cita/);
    expect(draft.subject.length).toBeLessThanOrEqual(150);
    for (const part of ['Author: Marta R. @marta_rz (reddit)', `Link: ${mention.url}`, 'Sentiment: negative (-0.60)', '> Tercera cita sin técnico <b>otra vez</b> & nadie avisa', 'Customer: Marta Ruiz', `Vigía reference: ${ticketRefOf(mention.id)}`]) {
      expect(draft.text).toContain(part);
    }
    // Her clock started with this post, 45 h left at NOW.
    expect(draft.text).toMatch(/[Rr]ecovery[^\n]*45/);
    expect(draft.html).toContain('Tercera cita sin técnico &lt;b&gt;otra vez&lt;/b&gt; &amp; nadie avisa');
    expect(draft.html).not.toContain('<b>otra vez</b>');
    expect(draft.html).toContain(`<a href="${mention.url}">`);
  });

  it('lists the aspects when the mention has them, and says nothing of aspects otherwise', () => {
    const aspects = [{ aspect: 'installation', sentiment: 'negative', cue: 'técnico' }, { aspect: 'communication', sentiment: 'negative', cue: 'nadie avisa' }] as const;
    const withAspects = ticketDraftOf({ mention: post({ aspects: [...aspects] }), vendor: 'freshdesk', lang: 'en', now: NOW });
    expect(withAspects.text).toContain('Aspects: installation (negative: "técnico"), communication (negative: "nadie avisa")');
    expect(withAspects.html).toContain('communication (negative: &quot;nadie avisa&quot;)');
    expect(ticketDraftOf({ mention: post(), vendor: 'freshdesk', lang: 'en', now: NOW }).text).not.toContain('Aspects');
    // Malformed aspects are left out rather than sent as junk.
    expect(ticketDraftOf({ mention: post({ aspects: 'price' as unknown as [] }), vendor: 'freshdesk', lang: 'en', now: NOW }).text).not.toContain('Aspects');
  });

  it('writes Spanish for a Spanish helpdesk, says when the author is nobody known, and keeps unsafe links out of the HTML', () => {
    const draft = ticketDraftOf({ mention: post({ url: 'javascript:alert(1)', aspects: [{ aspect: 'price', sentiment: 'negative' }] }), vendor: 'hubspot', lang: 'es', now: NOW });
    expect(draft.text).toMatch(/^Mención pública recogida por Vigía/);
    expect(draft.text).toContain('Aún no vinculado a un cliente conocido.');
    expect(draft.text).toMatch(/Aspectos: price \(negative\)/);
    expect(draft.html).not.toContain('javascript:');
    expect(draft.crmId).toBeUndefined();
  });
});
