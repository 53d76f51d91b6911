// One badge on the page: its host, its state as signals, and the component that renders it.
import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import type { Translator } from '../../i18n/dictionary.ts';
import type { PagePost } from '../../sites/social/social-site.ts';
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
  /** Shows a lookup's answer; the host then says its sentiment (`unscored` when there is none), and nothing else. */
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
      // The public contract (DESIGN): the lookup's outcome and nothing a page script could use — whether
      // the post was collected, its mention id or a known customer stay inside the closed root.
      host.host.setAttribute('data-sentiment', badge.state === 'ready' ? badge.sentiment : 'unscored');
    },
    remove() {
      render(null, host.container);
      host.remove();
    },
  };
  render(<BadgeComponent entry={entry} t={t} onAction={onAction} />, host.container);
  return entry;
}
