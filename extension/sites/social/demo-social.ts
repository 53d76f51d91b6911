// The demo web's social and review pages (`npm start`): pages shaped like Reddit's, X's, Trustpilot's and
// Google Maps' under /sites/<recipe id>/ on loopback, read by that site's own recipe. Only the demo build
// (wxt.config.ts) runs the badges there; a release build never declares loopback.

/** Loopback only, declared by the demo build alone. */
export const DEMO_SOCIAL_MATCHES = ['http://127.0.0.1/sites/*', 'http://localhost/sites/*'];

/** The recipe id a demo site page imitates (`/sites/reddit/…` → "reddit"), else undefined. */
export function demoSiteId(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(parsed.hostname)) return undefined;
  return /^\/sites\/([a-z0-9-]+)\//.exec(parsed.pathname)?.[1];
}
