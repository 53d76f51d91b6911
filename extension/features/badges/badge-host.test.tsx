import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { translatorFor } from '../../i18n/dictionary.ts';
import type { PagePost } from '../../sites/social/social-site.ts';
import { createBadgeEntry } from './badge-entry.tsx';
import { mountBadgeHost } from './badge-host.ts';
import { BadgeView } from './badge-view.tsx';
import type { ReadyBadge } from './post-badge.ts';
import { onlyTrusted } from './trusted-event.ts';

const t = translatorFor('en');
const collected: ReadyBadge = { key: 'reddit-1', state: 'ready', source: 'collected', sentiment: 'negative', mentionId: 'reddit-abc', triageStatus: 'new', customerId: 'cus-1' };

function postIn(html: string, position: PagePost['position'] = 'afterend', slot?: string): PagePost {
  document.body.innerHTML = html;
  const anchor = document.querySelector('#anchor')!;
  return { anchor, position, platform: 'reddit', kind: 'post', author: {}, text: 'x', ...(slot ? { slot } : {}) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge host', () => {
  it('keeps its root closed and shows the page only the contract: data-vigia, then data-sentiment', () => {
    const entry = createBadgeEntry('reddit-1', postIn('<p id="anchor">post</p>'), '', signal(t), () => undefined);
    expect(entry.host.host.shadowRoot).toBeNull();
    expect(entry.host.host.getAttributeNames()).toEqual(['data-vigia']);
    entry.show(collected);
    expect(entry.host.host.getAttributeNames().sort()).toEqual(['data-sentiment', 'data-vigia']);
    expect(entry.host.host.getAttribute('data-sentiment')).toBe('negative');
    expect(document.body.innerHTML).not.toContain('reddit-abc');
    expect(document.body.innerHTML).not.toContain('cus-1');
  });

  it('says `unscored` once a lookup ends without a score', () => {
    const entry = createBadgeEntry('reddit-1', postIn('<p id="anchor">post</p>'), '', signal(t), () => undefined);
    entry.show({ key: 'reddit-1', state: 'unavailable', detail: 'the collector is not configured' });
    expect(entry.host.host.getAttribute('data-sentiment')).toBe('unscored');
  });

  it('puts a slot on a wrapper, not on the host, and pins a floating badge from inside its root', () => {
    const slotted = mountBadgeHost(postIn('<div id="anchor"></div>', 'afterend', 'title'), '');
    expect(slotted.host.parentElement?.getAttribute('slot')).toBe('title');
    expect(slotted.host.getAttributeNames()).toEqual(['data-vigia']);
    slotted.remove();
    expect(document.querySelector('vigia-badge-slot, vigia-badge')).toBeNull();
    const floating = mountBadgeHost(postIn('<div id="anchor"></div>', 'float'), '');
    expect(floating.host.getAttributeNames()).toEqual(['data-vigia']);
    expect(floating.container.parentNode?.textContent).toContain('position: fixed');
  });
});

describe('badge view', () => {
  it('ignores clicks a page script dispatches: the menu stays shut and nothing is triaged', () => {
    const onToggle = vi.fn();
    const onAction = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(<BadgeView badge={collected} t={t} open onToggle={onToggle} onAction={onAction} />, root);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toContain('Resolved');
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(onToggle).not.toHaveBeenCalled();
    expect(onAction).not.toHaveBeenCalled();
  });

  it('runs a handler for the browser’s own (trusted) events only', () => {
    const handler = vi.fn();
    const guarded = onlyTrusted(handler);
    guarded({ isTrusted: false } as Event);
    expect(handler).not.toHaveBeenCalled();
    guarded({ isTrusted: true } as Event);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
