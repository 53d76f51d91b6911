import { describe, expect, it } from 'vitest';
import { extractReviews } from './extract-reviews.ts';

const ld = (...blocks: string[]) => blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('\n');

describe('extractReviews from JSON-LD', () => {
  it('reads reviews nested in a Product inside @graph, resolving @id references', () => {
    const html = ld(`{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"#acme","name":"Acme Store"},
      {"@type":"Product","name":"Kettle","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.2","ratingCount":"1,204"},
       "review":[{"@type":"Review","@id":"#r1","author":{"@type":"Person","name":"Ana","url":"/u/ana"},"datePublished":"2026-03-01T10:00:00Z",
         "name":"Hot fast","reviewBody":"Boils in a minute.","inLanguage":"es","reviewRating":{"@type":"Rating","ratingValue":5}}]},
      {"@type":"Review","itemReviewed":{"@id":"#acme"},"author":{"@type":"Organization","name":"Consumer Watch"},"reviewBody":"Slow refunds.","reviewRating":{"ratingValue":"2","bestRating":"10","worstRating":"0"}}
    ]}`);
    const result = extractReviews(html, { url: 'https://shop.example/kettle' });
    expect(result.reviews).toEqual([
      {
        id: '#r1', author: { name: 'Ana', url: 'https://shop.example/u/ana' }, rating: 1, ratingRaw: { value: 5, best: 5, worst: 1 },
        publishedAt: '2026-03-01T10:00:00Z', title: 'Hot fast', body: 'Boils in a minute.', lang: 'es', itemReviewed: 'Kettle',
      },
      { author: { name: 'Consumer Watch' }, rating: 0.2, ratingRaw: { value: 2, best: 10, worst: 0 }, body: 'Slow refunds.', itemReviewed: 'Acme Store' },
    ]);
    expect(result.aggregate).toEqual({ ratingValue: 4.2, bestRating: 5, worstRating: 1, ratingCount: 1204, normalized: 0.8, itemReviewed: 'Kettle' });
    expect(result.problems).toEqual([]);
  });

  it('skips a broken block with its reason and still reads the others', () => {
    const html = ld('{"@type":"Review", "reviewBody": "cut off', '[{"@type":"Review","author":"Bea","reviewBody":"Fine."}]', 'null');
    const result = extractReviews(html);
    expect(result.reviews.map((r) => r.author?.name)).toEqual(['Bea']);
    expect(result.problems).toEqual([expect.stringMatching(/^json-ld block 1: not valid JSON/)]);
  });

  it('takes a review’s language from a language-tagged body', () => {
    const result = extractReviews(ld('{"@type":"Review","reviewBody":{"@value":"Très bon vin","@language":"fr"}}'));
    expect(result.reviews).toEqual([{ body: 'Très bon vin', lang: 'fr' }]);
  });

  it('never invents a date or an author', () => {
    const result = extractReviews(ld('{"@type":"Review","reviewBody":"No name here.","datePublished":"last Tuesday","author":{"@type":"Person"}}'));
    expect(result.reviews).toEqual([{ body: 'No name here.' }]);
    expect(result.problems).toContain('json-ld: review date "last Tuesday" is not a machine-readable date: left out');
  });

  it('keeps a rating outside its own scale out, with the raw numbers and a problem', () => {
    const result = extractReviews(ld('{"@type":"Review","reviewBody":"x","reviewRating":{"ratingValue":"7"}}'));
    expect(result.reviews[0]).toEqual({ body: 'x', ratingRaw: { value: 7, best: 5, worst: 1 } });
    expect(result.problems).toContain('json-ld: review rating 7 lies outside 1–5: rating left out');
  });

  it('says why when the page has no reviews', () => {
    expect(extractReviews('<p>Just a page</p>')).toEqual({ reviews: [], aggregates: [], problems: ['no reviews found: the page has no schema.org Review or AggregateRating'] });
    expect(extractReviews(ld('{"@type":"Hotel","name":"H","aggregateRating":{"@type":"AggregateRating","ratingValue":4}}')).problems).toEqual(['no reviews found: the page has only aggregate ratings']);
  });

  it('cuts off hostile nesting instead of overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const result = extractReviews(ld(deep, '{"@type":"Review","reviewBody":"still here"}'));
    expect(result.reviews).toEqual([{ body: 'still here' }]);
    expect(result.problems[0]).toMatch(/^json-ld block 1: nesting deeper than 64 levels cut off/);
  });
});

describe('extractReviews from microdata and RDFa', () => {
  it('reads microdata reviews, stray review items and itemref, taking values from the right attributes', () => {
    const html = `
      <div itemscope itemtype="https://schema.org/LocalBusiness" itemref="extra"><span itemprop="name">Café Sol</span></div>
      <div id="extra"><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
        <meter itemprop="ratingValue" value="4.5" min="0" max="5">4.5</meter> from <span itemprop="reviewCount">1.234</span></div></div>
      <article itemprop="review" itemscope itemtype="http://schema.org/Review" lang="pt">
        <a itemprop="url" href="/r/9">link</a>
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Rui</span></span>
        <time itemprop="datePublished" datetime="2026-01-02">2 Jan</time>
        <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="ratingValue" content="3"></div>
        <p itemprop="reviewBody">Bom   café,
          mas caro.</p>
      </article>`;
    const result = extractReviews(html, { url: 'https://maps.example/place/1' });
    expect(result.reviews).toEqual([
      { author: { name: 'Rui' }, rating: 0.5, ratingRaw: { value: 3, best: 5, worst: 1 }, publishedAt: '2026-01-02', body: 'Bom café, mas caro.', url: 'https://maps.example/r/9', lang: 'pt' },
    ]);
    expect(result.aggregate).toMatchObject({ ratingValue: 4.5, reviewCount: 1234, itemReviewed: 'Café Sol' });
  });

  it('reads RDFa Lite with vocab or prefixes, ignoring look-alike types from other vocabularies', () => {
    const html = `
      <div vocab="https://schema.org/" typeof="Product"><span property="name">Lamp</span>
        <div property="review" typeof="Review"><span property="author">Li</span>
          <span property="reviewRating" typeof="Rating"><span property="ratingValue">4</span></span>
          <p property="reviewBody">Bright.</p></div></div>
      <div prefix="s: http://schema.org/" typeof="s:Review"><span property="s:reviewBody">Prefixed.</span></div>
      <div vocab="http://example.org/terms/" typeof="Review"><span property="reviewBody">Not schema.org.</span></div>`;
    const result = extractReviews(html);
    expect(result.reviews.map((r) => [r.author?.name, r.rating, r.body, r.itemReviewed])).toEqual([
      ['Li', 0.75, 'Bright.', 'Lamp'],
      [undefined, undefined, 'Prefixed.', undefined],
    ]);
  });

  it('keeps a review written in JSON-LD and microdata once, filling gaps from the second copy', () => {
    const html = `${ld('{"@type":"Review","author":"Io","reviewBody":"Great stay.","reviewRating":{"ratingValue":5}}')}
      <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Io</span><span itemprop="name">Title from microdata</span>
        <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><span itemprop="ratingValue">5</span></div>
        <p itemprop="reviewBody">Great  stay.</p></div>`;
    const result = extractReviews(html);
    expect(result.reviews).toHaveLength(1);
    expect(result.reviews[0]).toMatchObject({ author: { name: 'Io' }, title: 'Title from microdata', rating: 1 });
  });
});
