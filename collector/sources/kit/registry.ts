// Every source adapter, in one explicit list: adding a source is adding a file and a line here.
import type { SourceDefinition } from './define-source.ts';
import rss from '../rss.ts';
import reddit from '../reddit.ts';
import mastodon from '../mastodon.ts';
import bluesky from '../bluesky.ts';
import youtube from '../youtube.ts';
import hackernews from '../hackernews.ts';
import googleNews from '../google-news.ts';
import googleAlerts from '../google-alerts.ts';
import x from '../x.ts';
import rsshub from '../rsshub.ts';
import reviews from '../review-site.ts';

export const SOURCES: readonly SourceDefinition[] = [
  rss,
  reddit,
  mastodon,
  bluesky,
  youtube,
  hackernews,
  googleNews,
  googleAlerts,
  x,
  rsshub,
  reviews,
];

export const sourceAdapterIds = (): string[] => SOURCES.map((s) => s.id);

export function sourceAdapter(id: string): SourceDefinition | undefined {
  return SOURCES.find((s) => s.id === id);
}
