// The inbox hides the mentions about competitors only (a social-media manager triaging our complaints) or
// shows only them (marketing): the rows, the status counts and the labels follow; in English and Spanish.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import type { Stack } from '../support/stack.ts';
import { CompetitorFilterControl } from './pages/competitor-filter.ts';
import { connectedInbox, startCompetitorStack } from './pages/competitor-stack.ts';

const RESULTS = resolve(import.meta.dirname, '../../test-results');
const RIVALS = ['rivalia-1', 'rivalia-2'];

describe('inbox competitor filter', () => {
  let stack: Stack;
  let total: number;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ({ stack, total } = await startCompetitorStack([
      { id: 'rivalia-1', hoursAgo: 2, text: 'Rivalia lost my parcel again, delivery is a mess', sentiment: 'negative' },
      { id: 'rivalia-2', hoursAgo: 5, text: 'Rivalia prices are the best around', sentiment: 'positive' },
    ]));
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('hides the competitors’ rows, then shows only them, with the status counts in step', async () => {
    const { browser, inbox } = await connectedInbox(stack, 'en-US', total);
    try {
      const control = new CompetitorFilterControl(inbox.page);
      expect(await control.texts()).toEqual({ label: 'Competitors', options: ['Show', 'Hide', 'Only competitors'] });
      await vi.waitFor(async () => expect((await control.competitorRows()).sort()).toEqual(RIVALS), { timeout: 10_000 });
      expect(await inbox.count('all')).toBe(total);

      await control.choose('hide');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total - RIVALS.length), { timeout: 10_000 });
      expect(await control.competitorRows()).toEqual([]);
      expect(await inbox.listedIds()).not.toContain('rivalia-1');
      expect(await inbox.count('all')).toBe(total - RIVALS.length);
      await inbox.page.screenshot({ path: resolve(RESULTS, 'competitor-filter-hide.png') });

      // The collector answers the same question the same way.
      const ours = await stack.api<{ items: Mention[] }>('/api/mentions?limit=500&competitor=false');
      expect(ours.items.map((m) => m.id).sort()).toEqual((await inbox.listedIds()).sort());

      await control.choose('only');
      await vi.waitFor(async () => expect((await inbox.listedIds()).sort()).toEqual(RIVALS), { timeout: 10_000 });
      expect(await inbox.count('all')).toBe(RIVALS.length);
      expect(await inbox.count('new')).toBe(RIVALS.length);

      await control.choose('');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total), { timeout: 10_000 });
    } finally {
      await browser.close();
    }
  });

  it('speaks Spanish', async () => {
    const { browser, inbox } = await connectedInbox(stack, 'es-ES', total);
    try {
      const control = new CompetitorFilterControl(inbox.page);
      expect(await control.texts()).toEqual({ label: 'Competidores', options: ['Mostrar', 'Ocultar', 'Solo competidores'] });
      await control.choose('hide');
      await vi.waitFor(async () => expect(await inbox.listedIds()).toHaveLength(total - RIVALS.length), { timeout: 10_000 });
      await inbox.page.screenshot({ path: resolve(RESULTS, 'competitor-filter-es.png') });
    } finally {
      await browser.close();
    }
  });
});
