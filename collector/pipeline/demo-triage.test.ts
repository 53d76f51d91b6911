// The top of the demo inbox, collected from the fixture feeds with the demo's CRM imported, as a new user
// meets it: the posts that need a person first, a happy new customer and the headlines at the bottom.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { collectOnce } from '../commands/collect.ts';
import { demoConfig } from '../demo/demo-config.ts';
import { importDemoCrm } from '../demo/demo-crm.ts';
import { startFixtureServer } from '../demo/fixture-server.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

let inbox: Mention[] = [];
let dir: string;

beforeAll(async () => {
  const fixture = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'vigia-demo-triage-'));
  const store = openSqliteStore(join(dir, 'vigia.db'));
  try {
    await importDemoCrm(store);
    await collectOnce(demoConfig(fixture.feedUrls), store, () => undefined);
    inbox = (await store.listMentions({}, { mode: 'changes', afterSeq: 0 }, 500)).items.sort((a, b) => b.priority - a.priority);
  } finally {
    await store.close();
    await fixture.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const find = (start: string) => inbox.find((m) => (m.title ?? m.text).startsWith(start))!;

describe('the top of the demo inbox', () => {
  it('opens with posts that need a person now, never a headline, a job ad or a happy customer', () => {
    const top = inbox.slice(0, 8);
    expect(top.every((m) => m.urgency === 'now')).toBe(true);
    expect(top.some((m) => m.kind === 'article')).toBe(false);
    expect(find('Tercera vez que el técnico')).toMatchObject({ urgency: 'now', moment: 'LZMOT' });
  });

  it('does not take a new customer for a leaving one', () => {
    const switched = find('Switched to #Lumora');
    expect(switched.moment).not.toBe('LZMOT');
    expect(switched).toMatchObject({ urgency: 'none' });
    expect(switched.priority).toBeLessThan(50);
  });

  it('gives news no moment, no stage and nothing to answer', () => {
    const news = inbox.filter((m) => m.platform === 'google-news');
    expect(news.length).toBeGreaterThan(5);
    for (const m of news) expect([m.moment, m.stage, m.urgency]).toEqual([undefined, undefined, 'none']);
  });

  it('puts a real app-crash complaint above every polite question', () => {
    const crash = find('The Mi Lumora app crashed');
    const questions = inbox.filter((m) => m.urgency === 'soon' && /\?/.test(m.title ?? m.text) && m.sentiment && !('unscored' in m.sentiment) && m.sentiment.label !== 'negative');
    expect(questions.length).toBeGreaterThan(3);
    for (const q of questions) expect(crash.priority).toBeGreaterThan(q.priority);
  });

  it('explains every priority in both languages, the points adding up to it', () => {
    for (const m of inbox) {
      expect(m.priorityWhy!.reduce((sum, f) => sum + f.points, 0), m.id).toBe(m.priority);
      expect(m.priorityWhy![0]!.es.length).toBeGreaterThan(0);
    }
  });
});
