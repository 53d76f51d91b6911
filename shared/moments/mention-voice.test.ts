import { describe, expect, it } from 'vitest';
import { toCueWords } from './cue.ts';
import { speaksAsSelf, voiceOf, type VoiceInput } from './mention-voice.ts';

const voice = (text: string, more: Partial<VoiceInput> = {}) => voiceOf({ text, words: toCueWords(`${more.title ?? ''}\n${text}`), ...more }).voice;

describe('voiceOf', () => {
  it('tells news, press releases and job ads from customers', () => {
    expect(voice('Revenue rose 14 %, the carrier said.', { title: 'Kestrel posts record profit - Market Watcher', platform: 'google-news', kind: 'article' })).toBe('news');
    expect(voice('The airline said the passenger was taken to hospital.', { title: 'Flight diverted - Aviation Wire', kind: 'article', platform: 'aviationwire.example' })).toBe('news');
    expect(voice('MADRID, Nov. 30 — Kestrel Air today announced a partnership. For media enquiries contact press@kestrel.example.', { kind: 'article' })).toBe('press-release');
    expect(voice('Madrid, 2 de diciembre de 2026. Ondina anuncia hoy el lanzamiento de su tarjeta, ha declarado su directora.', { kind: 'article' })).toBe('press-release');
    expect(voice('¡Estamos contratando! Buscamos tripulantes de cabina. Requisitos: inglés B2. Envía tu CV.', { platform: 'linkedin' })).toBe('job-ad');
    expect(voice("We're hiring a data engineer. Competitive salary. Apply via the link.")).toBe('job-ad');
  });

  it('keeps customers who mention jobs, news or press in passing', () => {
    expect(voice('I applied to their job offer and never heard back, same as with my refund.')).toBe('customer');
    expect(voice('I flew Kestrel six times this autumn: two delays, friendly crews.', { kind: 'article', title: 'My honest review', platform: 'travelnotes.example' })).toBe('customer');
    expect(voice('Stranded at Lisbon airport with two kids.', { platform: 'x', kind: 'post' })).toBe('customer');
    expect(voice('Great service', { kind: 'review', platform: 'trustpilot' })).toBe('customer');
  });

  it('hears Spanish first person without a pronoun', () => {
    expect(speaksAsSelf('Llamé tres veces y nadie contestó', toCueWords('Llamé tres veces y nadie contestó'))).toBe(true);
    expect(speaksAsSelf('¿Qué tal el café de la sucursal?', toCueWords('¿Qué tal el café de la sucursal?'))).toBe(false);
  });
});
