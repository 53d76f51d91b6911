// The embedded defaults the demo runs on: the fictional brand Lumora and the fixture server's feeds.
import { validateConfig, type VigiaConfig } from '../config.ts';

export interface DemoFeeds {
  reddit: string;
  mastodon: string;
  news: string;
}

/** A valid config watching the demo feeds every 30 s (a real install would use minutes). */
export function demoConfig(feeds: DemoFeeds, opts: { every?: string; port?: number } = {}): VigiaConfig {
  const every = opts.every ?? '30s';
  return validateConfig(
    {
      brands: [{ name: 'Lumora', query: '(lumora OR "mi lumora" OR #lumora) -hiring -jobs -empleo' }],
      sources: [
        { id: 'reddit-lumora', kind: 'rss', url: feeds.reddit, every },
        { id: 'mastodon-lumora', kind: 'rss', url: feeds.mastodon, every },
        { id: 'news-lumora', kind: 'rss', url: feeds.news, every, platform: 'google-news' },
      ],
      api: { port: opts.port ?? 8787 },
    },
    'demo config',
  );
}
