import { describe, expect, it } from 'vitest';
import { translate } from './dictionary.ts';
import { resolveUiLanguage } from './language.ts';

describe('dictionary', () => {
  it('has the options labels the public interface promises, in both languages', () => {
    expect(['options.collectorUrl', 'options.token', 'options.save'].map((k) => translate('en', k as never))).toEqual(['Collector URL', 'API token', 'Save']);
    expect(['options.collectorUrl', 'options.token', 'options.save'].map((k) => translate('es', k as never))).toEqual(['URL del colector', 'Token de la API', 'Guardar']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'overlay.count', { count: 3 })).toBe('3 menciones públicas');
    expect(translate('en', 'connection.ok', { version: '0.1.0' })).toBe('Connected: collector 0.1.0, {count} mentions.');
  });
});

describe('resolveUiLanguage', () => {
  it('follows the browser under auto and the user otherwise', () => {
    expect(resolveUiLanguage('auto', 'es-MX')).toBe('es');
    expect(resolveUiLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveUiLanguage('auto', undefined)).toBe('en');
    expect(resolveUiLanguage('en', 'es-ES')).toBe('en');
  });
});
