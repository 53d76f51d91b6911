// A stack whose config watches a competitor, Rivalia, beside the demo's brand, with some of its posts stored
// (judged as the pipeline judges them), and an extension connected to it: what the competitor-filter,
// share-of-voice and key-driver tests open.
import { expect, vi } from 'vitest';
import { makeMention } from '../../../collector/testing/mention-factory.ts';
import type { Mention, SentimentLabel } from '../../../shared/mention.ts';
import { triageMention } from '../../../shared/priority/triage-mention.ts';
import { startStack, type Stack } from '../../support/stack.ts';
import { launchExtension, type ExtensionBrowser } from './browser.ts';
import { InboxPage } from './inbox-page.ts';
import { OptionsPage } from './options-page.ts';

export const COMPETITOR = 'Rivalia';
const rivalia = [{ brand: COMPETITOR, terms: ['rivalia'], competitor: true as const }];
const SCORE: Record<SentimentLabel, number> = { negative: -0.8, neutral: 0, positive: 0.8 };

/** One of the competitor's posts, `hoursAgo` old. */
export interface RivalPost {
  id: string;
  hoursAgo: number;
  text: string;
  sentiment: SentimentLabel;
  aspects?: Mention['aspects'];
}

/** The stack, how many mentions it holds in all (the demo's and the competitor's). */
export async function startCompetitorStack(posts: readonly RivalPost[]): Promise<{ stack: Stack; total: number }> {
  const stack = await startStack({ extraBrands: [{ name: COMPETITOR, query: 'rivalia', competitor: true }] });
  const mentions = posts.map((p) => {
    const at = new Date(Date.now() - p.hoursAgo * 3_600_000).toISOString();
    const m = makeMention({ id: p.id, publishedAt: at, collectedAt: at, matches: rivalia, text: p.text, sentiment: { score: SCORE[p.sentiment], label: p.sentiment, confidence: 0.9 }, ...(p.aspects ? { aspects: p.aspects } : {}) });
    return { ...m, ...triageMention(m) };
  });
  await stack.store.insertMentions(mentions);
  const total = (await stack.api<{ items: Mention[] }>('/api/mentions?limit=500')).items.length;
  return { stack, total };
}

/** A browser whose extension is connected to the stack, its inbox open once every mention has synced. */
export async function connectedInbox(stack: Stack, lang: string, expected: number): Promise<{ browser: ExtensionBrowser; inbox: InboxPage }> {
  const browser = await launchExtension({ lang });
  const options = await OptionsPage.open(browser.context, browser.extensionId, lang.startsWith('es') ? 'es' : 'en');
  await options.fill(stack.apiUrl, stack.token);
  await options.save();
  const inbox = await InboxPage.open(browser.context, browser.extensionId);
  await vi.waitFor(async () => expect((await inbox.listedIds()).length).toBe(expected), { timeout: 30_000, interval: 250 });
  return { browser, inbox };
}
