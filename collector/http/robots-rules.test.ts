import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { robotsFetcher } from './politeness.ts';
import { RobotsRules } from './robots-rules.ts';
import { startFixtureServer, type FixtureServer } from '../reviews/testing/fixture-server.ts';

const UA = 'Vigia/0.1 (+https://github.com/vigia-cx/vigia)';
const fetchRobots = robotsFetcher({ userAgent: UA, robotsTimeoutMs: 2000 });
let server: FixtureServer;
let robotsStatus = 200;
let robotsBody = '';
const seenAgents: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer((request, response) => {
    seenAgents.push(String(request.headers['user-agent']));
    response.writeHead(robotsStatus, { 'content-type': 'text/plain' });
    response.end(robotsBody);
  });
});
afterAll(() => server.close());

describe('RobotsRules', () => {
  it('applies the group for our token, with its Crawl-delay, and asks once per origin', async () => {
    robotsBody = 'User-agent: *\nDisallow: /\n\nUser-agent: Vigia\nDisallow: /private\nCrawl-delay: 3\n';
    const rules = new RobotsRules('Vigia', fetchRobots);
    expect(await rules.check(`${server.url}/reviews?page=2`)).toEqual({ allowed: true, crawlDelayMs: 3000 });
    expect(await rules.check(`${server.url}/private/x`)).toMatchObject({ allowed: false, reason: `robots.txt of ${server.url} disallows /private/x` });
    expect(server.hits.get('/robots.txt')).toBe(1);
    expect(seenAgents).toEqual([UA]);
  });

  it('allows everything when robots.txt is missing, and nothing when it is unreachable (RFC 9309)', async () => {
    robotsStatus = 404;
    expect(await new RobotsRules('Vigia', fetchRobots).check(`${server.url}/a`)).toEqual({ allowed: true });
    robotsStatus = 503;
    expect(await new RobotsRules('Vigia', fetchRobots).check(`${server.url}/a`)).toEqual({ allowed: false, reason: `robots.txt of ${server.url} is unreachable (HTTP 503)` });
    const closed = await startFixtureServer(() => undefined);
    await closed.close();
    expect(await new RobotsRules('Vigia', fetchRobots).check(`${closed.url}/a`)).toEqual({ allowed: false, reason: `robots.txt of ${closed.url} is unreachable (ECONNREFUSED)` });
  });
});
