import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { googlePlay } from './google-play.ts';
import { siteFor } from './registry.ts';

const url = 'https://play.google.com/store/apps/details?id=com.acme.kettle&hl=en&gl=US';
const body = readFileSync(new URL('./testdata/google-play.html', import.meta.url), 'utf8');

describe('google-play', () => {
  it('recognises app pages and asks for the English UI in the same country', () => {
    expect(siteFor('https://play.google.com/store/apps/details?id=com.acme.kettle&hl=es')).toBe(googlePlay);
    expect(siteFor('https://play.google.com/store/apps/developer?id=Acme')).not.toBe(googlePlay);
    expect(googlePlay.newestUrl(new URL('https://play.google.com/store/apps/details?id=com.acme.kettle&hl=es&gl=ES'))).toBe('https://play.google.com/store/apps/details?id=com.acme.kettle&hl=en&gl=ES');
  });

  it('reads the dialog’s reviews and not the developer’s replies', () => {
    const { reviews, problems } = googlePlay.extract({ url, body });
    expect(problems).toEqual([]);
    expect(reviews.map((r) => [r.externalId, r.author.name, r.rating, r.publishedAt, r.text])).toEqual([
      ['gp:AOqpTOHinventedReviewId0001', 'Marta Ruiz', 0, '2026-03-04', 'Since the last update the kettle disconnects every time. Reinstalled twice, same problem.'],
      ['gp:AOqpTOHinventedReviewId0002', 'Kenji Sato', 0.75, '2026-03-01', 'Schedules work well; I would like a widget.'],
      ['gp:AOqpTOHinventedReviewId0003', 'A Google user', 1, '2026-02-27', 'Perfecta para dejar el agua lista antes de levantarme.'],
    ]);
  });
});
