import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../enrich/analyze.ts';
import { parseFeed } from '../../sources/rss.ts';
import { newestDate, shiftDates, withLivePosts } from './feed-xml.ts';
import { createLiveStream, type LiveEvent } from './live-stream.ts';

const START = Date.parse('2026-12-07T10:00:00.000Z');
const MINUTE = 60_000;

/** An hour of the stream as a ticking demo would take it: every 5 s, each event once. */
function run(seed: number, minutes = 60): LiveEvent[] {
  const stream = createLiveStream({ seed, startMs: START });
  const events: LiveEvent[] = [];
  for (let now = START; now <= START + minutes * MINUTE; now += 5_000) {
    for (const event of stream.due(now)) {
      // Handed out once it is due, never earlier, never before the start.
      expect(Date.parse(event.post.publishedAt)).toBeLessThanOrEqual(now);
      expect(Date.parse(event.post.publishedAt)).toBeGreaterThan(now - 6_000);
      events.push(event);
    }
  }
  return events;
}

describe('the live demo stream', () => {
  it('is the same for the same seed and different for another', () => {
    const a = run(42, 20).map((e) => `${e.post.publishedAt} ${e.post.text}`);
    expect(run(42, 20).map((e) => `${e.post.publishedAt} ${e.post.text}`)).toEqual(a);
    expect(run(43, 20).map((e) => `${e.post.publishedAt} ${e.post.text}`)).not.toEqual(a);
  });

  it('posts a few times a minute, in English and Spanish, on all three feeds, each with its own permalink', () => {
    const events = run(1);
    const chatter = events.filter((e) => e.post.kind === 'chatter');
    expect(chatter.length).toBeGreaterThanOrEqual(2 * 60);
    expect(chatter.length).toBeLessThanOrEqual(6 * 60);
    for (const lang of ['en', 'es']) expect(chatter.filter((e) => e.post.lang === lang).length).toBeGreaterThan(chatter.length / 4);
    expect(new Set(events.map((e) => e.post.feed))).toEqual(new Set(['reddit', 'mastodon', 'news']));
    expect(new Set(events.map((e) => e.post.url)).size).toBe(events.length);
    // No quiet minute: something arrives in every minute of the hour.
    const minutes = new Set(events.map((e) => Math.floor((Date.parse(e.post.publishedAt) - START) / MINUTE)));
    expect(minutes.size).toBeGreaterThanOrEqual(58);
  });

  it("opens with Marta's story: complaint, escalation, the team's answer, then recovery or loss", () => {
    const marta = run(5, 12).filter((e) => e.customer?.name === 'Marta Ruiz');
    expect(marta.map((e) => e.post.kind)).toEqual(['story', 'story', 'reply', 'story']);
    const [complaint, escalation, answer, outcome] = marta as [LiveEvent, LiveEvent, LiveEvent, LiveEvent];
    expect(Date.parse(complaint.post.publishedAt) - START).toBeLessThan(MINUTE);
    expect(complaint.post.author).toBe('marta_rz@mastodon.social');
    expect(answer.answers).toEqual([complaint.post.url, escalation.post.url]);
    expect(answer.touchpoint?.outcome).toBe('pending');
    expect(answer.post.author).not.toMatch(/marta/);
    expect(['recovered', 'lost']).toContain(outcome.ending);
    expect(outcome.touchpoint?.outcome).toBe(outcome.ending === 'recovered' ? 'resolved' : 'unresolved');
    expect(Date.parse(outcome.post.publishedAt) - START).toBeLessThan(10 * MINUTE);
  });

  it('ends stories both ways across seeds, and goes on to the next customer', () => {
    const endings = new Set([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => run(seed, 10).flatMap((e) => (e.ending ? [e.ending] : []))));
    expect(endings).toEqual(new Set(['recovered', 'lost']));
    const customers = run(9).flatMap((e) => (e.customer ? [e.customer.name] : []));
    expect(new Set(customers).size).toBeGreaterThanOrEqual(3);
  });

  it('bursts negative posts about one outage within minutes, enough for a spike alert (5 an hour by default)', () => {
    const spike = run(11, 12).filter((e) => e.post.kind === 'spike');
    expect(spike.length).toBeGreaterThanOrEqual(9);
    const times = spike.map((e) => Date.parse(e.post.publishedAt));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(6 * MINUTE);
    const labelOf = (text: string, lang: string) => {
      const sentiment = analyzeText({ text, lang }).sentiment;
      return 'label' in sentiment ? sentiment.label : 'unscored';
    };
    const negatives = spike.filter((e) => labelOf(e.post.text, e.post.lang) === 'negative');
    expect(negatives.length).toBeGreaterThanOrEqual(Math.ceil(spike.length * 0.8));
  });
});

describe('the live posts in the fixture feeds', () => {
  it('reads back through the collector’s feed parser: newest first, with permalink, date and author', async () => {
    const events = run(3, 10);
    for (const [feed, file] of [
      ['reddit', 'reddit-search.atom'],
      ['mastodon', 'mastodon-tag.rss'],
      ['news', 'google-news.rss'],
    ] as const) {
      const fixture = await readFile(new URL(`../fixtures/feeds/${file}`, import.meta.url), 'utf8');
      const posts = events.filter((e) => e.post.feed === feed).map((e) => e.post).reverse();
      expect(posts.length).toBeGreaterThan(0);
      const { items } = await parseFeed(withLivePosts(fixture, feed, posts));
      expect(items.length).toBe(posts.length + (await parseFeed(fixture)).items.length);
      expect(items[0]!.url).toBe(posts[0]!.url);
      expect(Date.parse(items[0]!.publishedAt ?? '')).toBe(Date.parse(posts[0]!.publishedAt));
      const word = posts[0]!.text.split(' ').find((w) => /^\p{L}{5,}$/u.test(w)) ?? '';
      expect(`${items[0]!.title ?? ''} ${items[0]!.content ?? ''}`).toContain(word);
      if (feed === 'reddit') expect(items[0]!.author?.handle ?? items[0]!.author?.name).toContain(posts[0]!.author);
    }
  });

  it('moves the fixture posts to just before the start, each date in its own format', async () => {
    const fixture = await readFile(new URL('../fixtures/feeds/mastodon-tag.rss', import.meta.url), 'utf8');
    const shifted = shiftDates(fixture, START - 20 * MINUTE - newestDate(fixture));
    expect(newestDate(shifted)).toBe(START - 20 * MINUTE);
    expect(shifted).toMatch(/<pubDate>Mon, 07 Dec 2026 09:40:00 \+0000<\/pubDate>/);
    expect((await parseFeed(shifted)).items.length).toBe((await parseFeed(fixture)).items.length);
  });
});
