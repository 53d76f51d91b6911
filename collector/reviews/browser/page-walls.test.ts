import { describe, expect, it } from 'vitest';
import { wallOf } from './page-walls.ts';

const page = (url: string, body = '<html><body><h1>Reviews</h1></body></html>') => ({ url, body });

describe('wallOf', () => {
  it('names the consent, sign-in and robot pages in front of reviews', () => {
    expect(wallOf(page('https://consent.google.com/ml?continue=https://www.google.com/maps/place/x'))?.name).toBe("Google's consent page");
    expect(wallOf(page('https://consent.google.es/?continue=x'))?.name).toBe("Google's consent page");
    expect(wallOf(page('https://www.google.com/maps/place/x', '<form action="https://consent.google.com/save" method="POST">'))?.name).toBe("Google's consent page");
    expect(wallOf(page('https://accounts.google.com/v3/signin/identifier'))?.name).toBe('a Google sign-in page');
    expect(wallOf(page('https://www.amazon.es/ap/signin?openid.return_to=x'))?.name).toBe('an Amazon sign-in page');
    expect(wallOf(page('https://www.amazon.com/errors/validateCaptcha?amzn=x'))?.name).toBe("Amazon's robot check");
    expect(wallOf(page('https://www.tripadvisor.es/x', '<script src="https://geo.captcha-delivery.com/captcha/"></script>'))?.name).toBe('a bot challenge');
    expect(wallOf(page('https://shop.example/x', '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>'))?.name).toBe('a bot challenge');
  });

  it('says what to do about each', () => {
    expect(wallOf(page('https://www.amazon.de/ap/signin'))?.advice).toMatch(/signed-in users/);
  });

  it('leaves ordinary pages alone, including review pages on the same sites', () => {
    expect(wallOf(page('https://www.amazon.es/product-reviews/B0X'))).toBeUndefined();
    expect(wallOf(page('https://www.google.com/maps/place/x'))).toBeUndefined();
    expect(wallOf(page('https://www.trustpilot.com/review/lumora.example', '<p>Sign in to write a review</p>'))).toBeUndefined();
    expect(wallOf(page('not a url', ''))).toBeUndefined();
  });
});
