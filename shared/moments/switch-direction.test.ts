import { describe, expect, it } from 'vitest';
import { toCueWords } from './cue.ts';
import { brandWordsOf, readSwitch } from './switch-direction.ts';

const brand = brandWordsOf(['Kestrel Air', '#kestrelair'], toCueWords);
const read = (text: string, known = brand) => readSwitch(toCueWords(text), known);

describe('readSwitch', () => {
  it('keeps the brand words, not the generic ones', () => {
    expect([...brand]).toEqual(['kestrel', 'kestrelair']);
  });

  it('reads which way a switch goes for the watched brand', () => {
    expect(read('Switched to Kestrel from SkyVale, no regrets')).toMatchObject({ direction: 'to-brand', hypothetical: false, cue: 'switched to' });
    expect(read('Adiós SkyVale, hola @KestrelAir')).toMatchObject({ direction: 'to-brand' });
    expect(read('Leaving Kestrel for SkyVale after two cancellations')).toMatchObject({ direction: 'from-brand' });
    expect(read('Me paso a Brisa. Kestrel me ha cambiado el vuelo tres veces')).toMatchObject({ direction: 'unknown', cue: 'me paso a' });
    expect(read('Me pasé a la competencia, allá sí cumplen')).toMatchObject({ direction: 'from-brand' });
    expect(read("Kestrel's crew? Thinking of switching to Kestrel, is it worth it?")).toMatchObject({ direction: 'to-brand', hypothetical: true });
  });

  it('ignores words that only look like a switch', () => {
    expect(read('El técnico me dejó la Kestrel Box configurada')).toBeUndefined();
    expect(read('Dejó de funcionar a los tres días')).toBeUndefined();
    expect(read('Told all my friends, two of them already switched')).toBeUndefined();
    expect(read('Hola, ¿alguien sabe el horario?')).toBeUndefined();
  });
});
