// Every social recipe on a single-post page that renders no post its selectors know: the post comes from
// the page's own metadata (test pages written to the shape of saved real pages, see their headers).
import { describe, expect, it } from 'vitest';
import { createPostScanner } from '../../features/badges/post-scanner.ts';
import facebook from './facebook.ts';
import googleMaps from './google-maps.ts';
import instagram from './instagram.ts';
import linkedin from './linkedin.ts';
import { readPosts, type SocialSite } from './social-site.ts';
import { loadSocialFixture, plainPost } from './testing/social-fixture.ts';
import tiktok, { tiktokIdTime } from './tiktok.ts';
import trustpilot from './trustpilot.ts';

const html = (head: string, body = ''): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const pagePost = (site: SocialSite, document: Document, url: string) => {
  const post = site.pagePost?.(document, url);
  return post && plainPost(post);
};

describe('metadata fallback of each recipe', () => {
  it('Instagram: a saved post page with no article gets its caption, author, handle and day', () => {
    const page = loadSocialFixture('instagram-post-saved.html');
    expect(readPosts(instagram, page)).toEqual([]);
    expect(pagePost(instagram, page, 'https://www.instagram.com/p/DCz9Lm0rA3d/?img_index=1')).toEqual({
      anchor: 'body',
      position: 'float',
      platform: 'instagram',
      kind: 'post',
      url: 'https://www.instagram.com/p/DCz9Lm0rA3d/',
      author: { name: 'Lucía Bcn', handle: 'lucia.bcn', url: 'https://www.instagram.com/lucia.bcn/' },
      text: 'Tercer día sin fibra y Lumora ni contesta. Pésimo servicio, fatal 😡',
      publishedAt: '2026-11-22T00:00:00.000Z',
    });
    expect(pagePost(instagram, page, 'https://www.instagram.com/lucia.bcn/')).toBeUndefined();
    expect(pagePost(instagram, page, 'https://www.instagram.com/stories/lucia.bcn/3301/')).toBeUndefined();
  });

  it('Instagram: a reel under its owner’s path, a counts-only description saying no text', () => {
    const page = html(`<meta property="og:title" content="Jaime Lorente on Instagram"><meta name="twitter:title" content="Jaime Lorente (@jaimelorentelo) • Instagram reel"><meta property="og:description" content="152K likes, 784 comments - jaimelorentelo on April 19, 2021">`);
    expect(pagePost(instagram, page, 'https://www.instagram.com/jaimelorentelo/reel/CN2VQ1yI_MA/')).toMatchObject({
      url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/',
      author: { name: 'Jaime Lorente', handle: 'jaimelorentelo' },
      text: '',
      publishedAt: '2021-04-19T00:00:00.000Z',
    });
  });

  it('LinkedIn: a logged-out post page without feed containers, from its JSON-LD posting', () => {
    const page = loadSocialFixture('linkedin-post-saved.html');
    expect(readPosts(linkedin, page)).toEqual([]);
    const url = 'https://www.linkedin.com/posts/gwen-carter-cdf_lumora-fibre-activity-7265001234567890123-Qx7a/?utm_source=share';
    expect(pagePost(linkedin, page, url)).toEqual({
      anchor: 'p.attributed-text-segment-list__content',
      position: 'afterend',
      platform: 'linkedin',
      kind: 'post',
      url: 'https://www.linkedin.com/posts/gwen-carter-cdf_lumora-fibre-activity-7265001234567890123-Qx7a/',
      author: { name: 'Gwen Carter', handle: 'gwen-carter-cdf', url: 'https://www.linkedin.com/in/gwen-carter-cdf' },
      text: 'Switched the whole office to Lumora business fibre last month. Excellent service, great onboarding team, zero downtime so far. Highly recommend!',
      publishedAt: '2026-11-20T08:31:07.000Z',
      lang: 'en',
    });
  });

  it('LinkedIn: a Pulse article with its author in microdata only; a company page is no post', () => {
    const page = loadSocialFixture('linkedin-pulse-saved.html');
    expect(pagePost(linkedin, page, 'https://www.linkedin.com/pulse/why-we-left-lumora-after-three-outages-irene-salvador')).toEqual({
      anchor: 'h1.article-title',
      position: 'afterend',
      platform: 'linkedin',
      kind: 'article',
      url: 'https://www.linkedin.com/pulse/why-we-left-lumora-after-three-outages-irene-salvador',
      author: { name: 'Irene Salvador' },
      title: 'Why we left Lumora after three outages',
      text: 'Three outages in one week, nobody answering the phone and a refund that never came. Terrible support: we cancelled our Lumora contract.',
      publishedAt: '2026-11-18T00:00:00.000Z',
    });
    expect(pagePost(linkedin, html('<meta property="og:title" content="Lumora | LinkedIn"><meta property="og:type" content="article">'), 'https://www.linkedin.com/company/lumora/')).toBeUndefined();
  });

  it('TikTok: media cards — the page’s video keeps its link and creator, a recommended one only its own', () => {
    const page = loadSocialFixture('tiktok-video-saved.html');
    const [video, recommended] = readPosts(tiktok, page).map(plainPost);
    expect(video).toMatchObject({ author: { handle: 'techconpablo' }, url: 'https://www.tiktok.com/@techconpablo/video/7440123456789012345' });
    expect(recommended).toMatchObject({ author: { handle: 'nuria.vlc' }, url: 'https://www.tiktok.com/@nuria.vlc/video/7441234567890123456', text: 'Una semana sin internet con Lumora, fatal 😤' });
    expect(pagePost(tiktok, page, 'https://www.tiktok.com/@techconpablo/video/7440123456789012345?is_from_webapp=1')).toMatchObject({
      url: 'https://www.tiktok.com/@techconpablo/video/7440123456789012345',
      author: { name: 'Pablo Tech', handle: 'techconpablo', url: 'https://www.tiktok.com/@techconpablo' },
      text: 'Probando el router nuevo de @lumora_es: la cobertura es brutal, llega a toda la casa #lumora',
      publishedAt: tiktokIdTime('7440123456789012345'),
    });
  });

  it('TikTok ids carry their upload time; other numbers do not', () => {
    expect(tiktokIdTime('7571863205253778710')).toBe('2025-11-12T15:36:23.000Z');
    expect(tiktokIdTime('12345678')).toBeUndefined();
    expect(tiktokIdTime('99999999999999999999')).toBeUndefined();
  });

  it('Facebook: a logged-out post page — the text, and no author or title guessed from the page’s name', () => {
    const page = loadSocialFixture('facebook-post-saved.html');
    expect(readPosts(facebook, page)).toEqual([]);
    expect(pagePost(facebook, page, 'https://www.facebook.com/vecinosderuzafa/posts/pfbid02xYzLumora7AbC')).toEqual({
      anchor: 'body',
      position: 'float',
      platform: 'facebook',
      kind: 'post',
      url: 'https://www.facebook.com/vecinosderuzafa/posts/pfbid02xYzLumora7AbC',
      author: {},
      text: '¿Alguien más sin fibra de Lumora desde el lunes? Llevamos cuatro días sin conexión y nadie da explicaciones.',
    });
    expect(pagePost(facebook, page, 'https://www.facebook.com/vecinosderuzafa')).toBeUndefined();
  });

  it('Trustpilot: a single review page from its schema.org Review, stars included', () => {
    const page = loadSocialFixture('trustpilot-review-saved.html');
    expect(pagePost(trustpilot, page, 'https://www.trustpilot.com/reviews/6743a1f2b8c9d0e1f2a3b4c5')).toEqual({
      anchor: 'body',
      position: 'float',
      platform: 'trustpilot',
      kind: 'review',
      url: 'https://www.trustpilot.com/reviews/6743a1f2b8c9d0e1f2a3b4c5',
      externalId: '6743a1f2b8c9d0e1f2a3b4c5',
      author: { name: 'Marta R.', url: 'https://www.trustpilot.com/users/5f1e2d3c4b5a697887766554' },
      title: 'Router dead again',
      text: 'Third technician visit missed, nobody calls back. Awful service.',
      rating: 0.2,
      publishedAt: '2026-11-19T18:02:11.000Z',
      lang: 'en',
    });
    expect(pagePost(trustpilot, page, 'https://www.trustpilot.com/review/lumora.example')).toBeUndefined();
  });

  it('Google Maps: a shared review’s page, but never a place’s page', () => {
    const page = html('<meta property="og:title" content="Lumora Store Valencia"><meta property="og:description" content="★☆☆☆☆ &quot;Nadie atiende, fatal.&quot;">');
    const review = 'https://www.google.com/maps/reviews/@39.47,-0.37,17z/data=!3m1!4b1!4m6!14m5!1m4!2m3!1sChdDSUhNMG9nS0VJQ0FnSUR';
    expect(pagePost(googleMaps, page, review)).toMatchObject({ kind: 'review', url: review, text: '★☆☆☆☆ "Nadie atiende, fatal."' });
    expect(pagePost(googleMaps, page, 'https://www.google.com/maps/place/Lumora+Store/@39.47,-0.37,17z')).toBeUndefined();
  });

  it('a page with nothing about its post gets no badge', () => {
    expect(pagePost(instagram, html('<title>Instagram</title>'), 'https://www.instagram.com/p/DCz9Lm0rA3d/')).toBeUndefined();
  });
});

describe('post scanner with the metadata fallback', () => {
  it('badges the saved Instagram page once, from its metadata', () => {
    const page = loadSocialFixture('instagram-post-saved.html');
    const scanner = createPostScanner(instagram, page, () => 'https://www.instagram.com/p/DCz9Lm0rA3d/');
    expect(scanner.scan().map((found) => found.post.author.handle)).toEqual(['lucia.bcn']);
    expect(scanner.scan()).toEqual([]);
  });

  it('completes a rendered post from the metadata about the same post (TikTok’s card names no one)', () => {
    const page = loadSocialFixture('tiktok-video-saved.html');
    const scanner = createPostScanner(tiktok, page, () => 'https://www.tiktok.com/@techconpablo/video/7440123456789012345');
    const found = scanner.scan();
    expect(found).toHaveLength(2);
    expect(found[0]?.post).toMatchObject({ author: { handle: 'techconpablo', name: 'Pablo Tech' }, publishedAt: tiktokIdTime('7440123456789012345') });
    expect(found[1]?.post.author).toEqual({ handle: 'nuria.vlc', url: 'https://www.tiktok.com/@nuria.vlc' });
  });
});
