import { expect, it } from 'vitest';
import { createClusterer } from './cluster.ts';

const complaint = 'Third time the Lumora technician did not show up. I am switching to Nubitel, never again';

it('groups a complaint reposted on another platform under the first mention, keeps others apart', () => {
  const clusterer = createClusterer();
  expect(clusterer.clusterOf('reddit-1', complaint)).toBe('reddit-1');
  expect(clusterer.clusterOf('x-1', `${complaint}!! https://t.co/abc @LumoraHelp`)).toBe('reddit-1');
  expect(clusterer.clusterOf('news-1', 'Lumora launches a new 5G plan with unlimited data for families')).toBe('news-1');
});

it('continues groups seeded from the store, with their stored cluster ids', () => {
  const clusterer = createClusterer([{ id: 'mastodon-2', text: complaint, clusterId: 'reddit-1' }]);
  expect(clusterer.clusterOf('bluesky-3', complaint.toUpperCase())).toBe('reddit-1');
});
