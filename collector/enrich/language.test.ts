import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The delivery was late again and nobody answered the phone'],
    ['es', 'El pedido llegó tarde otra vez y nadie contestó el teléfono'],
    ['pt', 'O pedido chegou atrasado de novo e ninguém atendeu o telefone'],
    ['fr', 'La commande est encore arrivée en retard et personne ne répond au téléphone'],
    ['de', 'Die Lieferung kam wieder zu spät und niemand ging ans Telefon'],
    ['it', 'Il pacco è arrivato di nuovo in ritardo e nessuno risponde al telefono'],
  ])('tells %s', (lang, text) => expect(detectLanguage(text).lang).toBe(lang));

  it('lets the vocabularies settle short texts the detector is unsure of', () => {
    expect(detectLanguage('Nada especial').lang).toBe('es');
    expect(detectLanguage('Muy descuidado').lang).toBe('es');
  });

  it('reads short Spanish the detector gives to a neighbour (Catalan, Portuguese) as Spanish', () => {
    expect(detectLanguage('Visita obligada').lang).toBe('es');
    expect(detectLanguage('No es la gran cosa').lang).toBe('es');
    expect(detectLanguage('Bonito').lang).toBe('es');
  });

  it('gives a text of a few words that only one vocabulary knows to that language', () => {
    expect(detectLanguage('Imperdible').lang).toBe('es');
    expect(detectLanguage('Vale la pena').lang).toBe('es');
    expect(detectLanguage('Awesome').lang).toBe('en');
    // Spanish knows it only as a misspelling of "excelente".
    expect(detectLanguage('Excellent').lang).toBe('en');
  });

  it('gives a short text of words both vocabularies know to one of the two', () => {
    expect(['en', 'es']).toContain(detectLanguage('Genial').lang);
    expect(['en', 'es']).toContain(detectLanguage('Terrible').lang);
  });

  it('undoes elongations before detecting', () => {
    expect(detectLanguage('Es que es taaaaaan bonito').lang).toBe('es');
  });

  it('does not turn a short text of another language into Spanish', () => {
    expect(detectLanguage('Não recomendo').lang).toBe('pt');
    expect(detectLanguage('Non lo consiglio').lang).toBe('it');
    expect(detectLanguage('És molt car').lang).toBe('ca');
    expect(detectLanguage('Bom demais').lang).not.toBe('es');
  });

  it('trusts the language the source gives', () => {
    expect(detectLanguage('whatever the text', 'ES')).toEqual({ lang: 'es', why: 'language es: given by the source' });
  });

  it('says "und" when there are no words', () => {
    for (const text of ['', '   ', '😀😀', 'https://example.com/a', '12345', '@acme #fail']) {
      expect(detectLanguage(text).lang).toBe('und');
    }
  });
});
