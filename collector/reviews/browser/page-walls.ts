// Pages that stand in front of the reviews: consent screens, sign-in walls and bot challenges. Vigía does
// not click through them (accepting terms or solving a challenge is for a person); it names the wall so the
// source error says why no review was read, instead of an empty run that looks like a quiet week.
import type { PageSnapshot } from '../sites/site-recipe.ts';

/** One kind of wall: how to tell it from the final URL or the page, and what to tell the user. */
interface Wall {
  name: string;
  hosts?: RegExp;
  paths?: RegExp;
  body?: RegExp;
  advice: string;
}

const WALLS: readonly Wall[] = [
  {
    name: "Google's consent page",
    hosts: /^consent\.(?:google\.[a-z.]+|youtube\.com)$/,
    body: /<form[^>]+action="https:\/\/consent\.(?:google\.[a-z.]+|youtube\.com)\//i,
    advice: 'accept or reject the cookies once in a browser and export the reviews, or use the place\'s review feed',
  },
  { name: 'a Google sign-in page', hosts: /^accounts\.google\.com$/, advice: 'the page is only shown to signed-in users' },
  {
    name: 'an Amazon sign-in page',
    hosts: /^(?:www\.)?amazon\.[a-z.]+$/,
    paths: /^\/ap\/signin\b/,
    advice: 'Amazon shows these reviews to signed-in users only; point the source at the product page instead',
  },
  {
    name: "Amazon's robot check",
    paths: /^\/errors\/validateCaptcha\b/,
    body: /action="\/errors\/validateCaptcha"/i,
    advice: 'the site took these visits for a robot; fetch less often (a longer `every`)',
  },
  {
    name: 'a bot challenge',
    body: /\/cdn-cgi\/challenge-platform\/|captcha-delivery\.com|id="px-captcha"/i,
    advice: 'the site took these visits for a robot; fetch less often (a longer `every`) or export the reviews',
  },
];

/** The wall `page` is, with what to do about it; undefined for an ordinary page. */
export function wallOf(page: PageSnapshot): { name: string; advice: string } | undefined {
  let host = '';
  let path = '';
  try {
    const url = new URL(page.url);
    host = url.hostname.toLowerCase();
    path = url.pathname;
  } catch {
    // An unparsable URL is only matched by its body.
  }
  for (const wall of WALLS) {
    const atHost = wall.hosts ? wall.hosts.test(host) : undefined;
    const atPath = wall.paths ? wall.paths.test(path) : undefined;
    const byUrl = atHost !== undefined || atPath !== undefined ? atHost !== false && atPath !== false : false;
    if (byUrl || (wall.body && wall.body.test(page.body.slice(0, 200_000)))) return { name: wall.name, advice: wall.advice };
  }
  return undefined;
}
