import { describe, expect, it } from 'vitest';
import { resolveChromiumPath } from './chromium-path.ts';

describe('resolveChromiumPath', () => {
  it('prefers VIGIA_CHROMIUM, then the system Chromium', () => {
    expect(resolveChromiumPath({ VIGIA_CHROMIUM: '/opt/chrome/chrome' }, () => true)).toBe('/opt/chrome/chrome');
    expect(resolveChromiumPath({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('names the problem instead of downloading a browser', () => {
    expect(() => resolveChromiumPath({ VIGIA_CHROMIUM: '/nope' }, () => false)).toThrow('scrape: VIGIA_CHROMIUM points to /nope, which does not exist');
    expect(() => resolveChromiumPath({}, () => false)).toThrow(/^scrape: no Chromium found/);
  });
});
