import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/dictionary.ts';
import type { MentionSummary } from '../mention-summary.ts';
import { MentionCard } from './mention-card.tsx';

const now = Date.parse('2026-11-20T12:00:00Z');
const base: MentionSummary = {
  id: 'm-1',
  platform: 'reddit',
  url: 'https://www.reddit.com/r/lumora/comments/1/',
  author: 'u/marta_rz',
  title: 'Tercera vez',
  excerpt: 'El técnico no vino.',
  publishedAt: '2026-11-20T09:00:00Z',
  recency: '2026-11-20T09:00:00Z',
  sentiment: 'negative',
  score: -0.8,
  triageStatus: 'new',
  pending: false,
};

function show(mention: MentionSummary, lang: 'en' | 'es' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<MentionCard mention={mention} lang={lang} t={translatorFor(lang)} now={now} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MentionCard', () => {
  it('shows sentiment, platform, author, age, text and a link opening in a new tab, in Spanish', () => {
    const root = show(base, 'es');
    const item = root.querySelector('[data-mention-id="m-1"]');
    expect(item?.querySelector('[data-sentiment="negative"]')?.textContent).toBe('Negativa');
    expect(item?.textContent).toContain('reddit');
    expect(item?.textContent).toContain('de u/marta_rz');
    expect(item?.querySelector('time')?.textContent).toBe('hace 3 h');
    const link = item?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(base.url);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(link?.textContent).toBe('Abrir publicación');
  });

  it('says "unscored" honestly and "date unknown" for a date it cannot read', () => {
    const root = show({ ...base, sentiment: 'unscored', recency: 'not a date' });
    expect(root.querySelector('.vigia-sentiment')?.textContent).toBe('Unscored');
    expect(root.querySelector('time')?.textContent).toBe('date unknown');
  });

  it('renders collected HTML as text and links only to http(s)', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const root = show({ ...base, title: payload, excerpt: payload, author: payload, url: 'javascript:alert(1)' });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('.vigia-mention__excerpt')?.textContent).toBe(payload);
    expect(root.querySelector('a')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
