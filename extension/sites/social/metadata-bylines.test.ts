import { describe, expect, it } from 'vitest';
import { dayFromWords, descriptionByline, titleByline } from './metadata-bylines.ts';

describe('title bylines', () => {
  it.each([
    ['Donald J. Trump (@realDonaldTrump) on X', ['X', 'Twitter'], { matched: true, name: 'Donald J. Trump', handle: 'realDonaldTrump' }],
    ['Life on X on X: "This is a tweet about life on X" / X', ['X', 'Twitter'], { matched: true, name: 'Life on X', text: 'This is a tweet about life on X' }],
    ['Willyrex (@willyrex) • Instagram photo', ['Instagram'], { matched: true, name: 'Willyrex', handle: 'willyrex' }],
    ['Willyrex on Instagram: "Una de mis nuevas sudaderas top!!"', ['Instagram'], { matched: true, name: 'Willyrex', text: 'Una de mis nuevas sudaderas top!!' }],
    ['Tesla on Instagram: “The first Model 3 production car”', ['Instagram'], { matched: true, name: 'Tesla', text: 'The first Model 3 production car' }],
    ['Jaime Lorente on Instagram', ['Instagram'], { matched: true, name: 'Jaime Lorente' }],
    ['Pablo Tech on TikTok', ['TikTok'], { matched: true, name: 'Pablo Tech' }],
    ['Stephen King (@stephenking.bsky.social)', ['Bluesky'], { matched: true, name: 'Stephen King', handle: 'stephenking.bsky.social' }],
    ['Gwen Carter en LinkedIn: Cambiamos la oficina a Lumora | 12 comentarios', ['LinkedIn'], { matched: true, name: 'Gwen Carter', text: 'Cambiamos la oficina a Lumora' }],
  ])('%s', (line, names, expected) => expect(titleByline(line, names)).toEqual(expected));

  it('leaves headlines alone', () => {
    expect(titleByline('How Can AI Change Financial Services? Consolidation of the #FinAI tweetstorm', ['LinkedIn']).matched).toBe(false);
    expect(titleByline('Why we left Lumora after three outages', ['LinkedIn']).matched).toBe(false);
  });
});

describe('description bylines', () => {
  it('reads Instagram’s counts line in English and Spanish, with or without a caption', () => {
    expect(descriptionByline('298K likes, 553 comments - willyrex on May 29, 2021: "Una de mis nuevas sudaderas top!!". ', ['Instagram'])).toEqual({
      matched: true,
      handle: 'willyrex',
      date: '2021-05-29T00:00:00.000Z',
      text: 'Una de mis nuevas sudaderas top!!',
    });
    expect(descriptionByline('152K likes, 784 comments - jaimelorentelo on April 19, 2021', ['Instagram'])).toEqual({ matched: true, handle: 'jaimelorentelo', date: '2021-04-19T00:00:00.000Z' });
    expect(descriptionByline('312 Me gusta, 41 comentarios - lucia.bcn el 22 de noviembre de 2026: "Pésimo servicio". ', ['Instagram'])).toEqual({
      matched: true,
      handle: 'lucia.bcn',
      date: '2026-11-22T00:00:00.000Z',
      text: 'Pésimo servicio',
    });
  });

  it('reads TikTok’s and the older Instagram wording', () => {
    expect(descriptionByline('25.5K Likes, 146 Comments. TikTok video from IlloJuan (@illojuan): “¡No te pierdas la locurilla!”. ', ['TikTok'])).toEqual({
      matched: true,
      name: 'IlloJuan',
      handle: 'illojuan',
      text: '¡No te pierdas la locurilla!',
    });
    expect(descriptionByline('Tesla shared a photo on Instagram: “The first Model 3 production car” • See 683 photos and videos on their profile.', ['Instagram'])).toEqual({
      matched: true,
      name: 'Tesla',
      text: 'The first Model 3 production car',
    });
  });

  it('takes a post’s own words, quotes and dashes included, as no byline', () => {
    expect(descriptionByline('“Schiff blasted for not focusing on California homeless.” @foxandfriends His District is in terrible shape.', ['X', 'Twitter']).matched).toBe(false);
    expect(descriptionByline('Volumen 1 -3 de Septiembre - nos vemos on May 5, 2021 maybe', ['Instagram']).matched).toBe(false);
  });
});

describe('dayFromWords', () => {
  it('reads English and Spanish day names, and refuses days that do not exist', () => {
    expect(dayFromWords('December 10, 2020')).toBe('2020-12-10T00:00:00.000Z');
    expect(dayFromWords('3 de septiembre de 2024')).toBe('2024-09-03T00:00:00.000Z');
    expect(dayFromWords('February 30, 2021')).toBeUndefined();
    expect(dayFromWords('Smarch 1, 2021')).toBeUndefined();
  });
});
