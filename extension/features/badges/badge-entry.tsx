// One badge on the page: its host, its state as signals, and the component that renders it.
import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import type { Translator } from '../../i18n/dictionary.ts';
import type { PagePost } from '../../sites/social-site.ts';
import { mountBadgeHost, type BadgeHost } from './badge-host.ts';
import { BadgeView, type BadgeAction, type BadgeState } from './badge-view.tsx';
import type { PostBadge } from './post-badge.ts';

export interface BadgeEntry {
  key: string;
  post: PagePost;
  host: BadgeHost;
  badge: Signal<BadgeState>;
  open: Signal<boolean>;
  busy: Signal<boolean>;
  error: Signal<string | undefined>;
  /** Shows a lookup's answer (and the sentiment on the host, for CSS and tests). */
  show(badge: PostBadge): void;
  remove(): void;
}

function BadgeComponent({ entry, t, onAction }: { entry: BadgeEntry; t: Signal<Translator>; onAction: (entry: BadgeEntry, action: BadgeAction) => void }) {
  return (
    <BadgeView
      badge={entry.badge.value}
      t={t.value}
      open={entry.open.value}
      busy={entry.busy.value}
      {...(entry.error.value === undefined ? {} : { error: entry.error.value })}
      onToggle={() => (entry.open.value = !entry.open.value)}
      onAction={(action) => onAction(entry, action)}
    />
  );
}

export function createBadgeEntry(key: string, post: PagePost, css: string, t: Signal<Translator>, onAction: (entry: BadgeEntry, action: BadgeAction) => void): BadgeEntry {
  const host = mountBadgeHost(post, css);
  host.host.setAttribute('data-state', 'loading');
  const entry: BadgeEntry = {
    key,
    post,
    host,
    badge: signal<BadgeState>({ state: 'loading' }),
    open: signal(false),
    busy: signal(false),
    error: signal<string | undefined>(undefined),
    show(badge) {
      entry.badge.value = badge;
      host.host.setAttribute('data-state', badge.state);
      if (badge.state === 'ready') {
        host.host.setAttribute('data-sentiment', badge.sentiment);
        host.host.setAttribute('data-source', badge.source);
        if (badge.mentionId) host.host.setAttribute('data-mention-id', badge.mentionId);
        if (badge.customerId) host.host.setAttribute('data-known-customer', 'true');
        else host.host.removeAttribute('data-known-customer');
      } else host.host.removeAttribute('data-sentiment');
    },
    remove() {
      render(null, host.container);
      host.remove();
    },
  };
  render(<BadgeComponent entry={entry} t={t} onAction={onAction} />, host.container);
  return entry;
}
