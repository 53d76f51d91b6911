import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CollectorUrlError, DEFAULT_SETTINGS, isConfigured, normalizeCollectorUrl, settingsItem } from './settings.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('normalises the collector URL and refuses what is not http(s)', () => {
    expect(normalizeCollectorUrl('  http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(normalizeCollectorUrl('https://vigia.example.org/base//')).toBe('https://vigia.example.org/base');
    expect(() => normalizeCollectorUrl('127.0.0.1:8787')).toThrow(CollectorUrlError);
    expect(() => normalizeCollectorUrl('ftp://x.example')).toThrow(/http or https/);
  });

  it('starts unconfigured, and is configured once URL and token are stored (in local storage)', async () => {
    expect(isConfigured(await settingsItem.getValue())).toBe(false);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, collectorUrl: 'http://127.0.0.1:8787', token: 't' });
    expect(isConfigured(await settingsItem.getValue())).toBe(true);
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { token: 't' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
