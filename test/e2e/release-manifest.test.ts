// Issue 14, item 11: the release build's manifest (`npx wxt build`, `npm run build`) carries no test host.
// Loopback and reserved names would let the extension read whatever a developer runs on their own machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIST } from './pages/browser.ts';

interface BuiltManifest {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { matches?: string[] }[];
  externally_connectable?: { matches?: string[] };
}

/** Hosts no release may declare: loopback, private, link-local and reserved test names (RFC 2606, 6761). */
const TEST_HOST = /^(\*\.)?(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|10(\.\d{1,3}){3}|192\.168(\.\d{1,3}){2}|172\.(1[6-9]|2\d|3[01])(\.\d{1,3}){2}|169\.254(\.\d{1,3}){2}|[^/]*\.(test|invalid|example|local|localhost)|example\.(com|org|net))$/i;

const hostOf = (pattern: string): string => /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1]?.replace(/:\d+$/, '') ?? '';

describe('release manifest', () => {
  const file = join(EXTENSION_DIST, 'manifest.json');

  it('declares real products’ hosts only: no loopback, private or test host anywhere', () => {
    expect(existsSync(file), `no release build at ${EXTENSION_DIST}; run \`npx wxt build\``).toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
    const declared = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((resource) => resource.matches ?? []),
      ...(manifest.externally_connectable?.matches ?? []),
    ];
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((pattern) => TEST_HOST.test(hostOf(pattern)) || /fixture/i.test(pattern))).toEqual([]);
    expect(manifest.content_scripts?.flatMap((script) => script.matches ?? [])).toEqual(expect.arrayContaining(['https://www.reddit.com/*', 'https://app.hubspot.com/*']));
    // Any other site is asked for at run time, one origin at a time, never granted at install.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
});
