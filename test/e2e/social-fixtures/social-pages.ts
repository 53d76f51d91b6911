// The social and review pages the badge e2e tests open: real sites' URLs (their hosts mapped to 127.0.0.1
// in Chromium), served from the recipes' saved pages in extension/sites/social/testdata. No test host is
// declared by the extension: the pages are where the release build's manifest already runs.
import { resolve } from 'node:path';

const TESTDATA = resolve(import.meta.dirname, '../../../extension/sites/social/testdata');

/** One page of a social or review site. */
export interface SocialFixturePage {
  /** The recipe that must read it. */
  recipe: string;
  host: string;
  path: string;
  file: string;
}

export const SOCIAL_PAGES = {
  reddit: { recipe: 'reddit', host: 'www.reddit.com', path: '/r/LumoraES/', file: resolve(TESTDATA, 'reddit-subreddit.html') },
  trustpilot: { recipe: 'trustpilot', host: 'www.trustpilot.com', path: '/review/lumora.example', file: resolve(TESTDATA, 'trustpilot-company.html') },
  // Saved single-post pages whose markup the recipes' selectors do not know: only their metadata says the post.
  instagramSaved: { recipe: 'instagram', host: 'www.instagram.com', path: '/p/DCz9Lm0rA3d/', file: resolve(TESTDATA, 'instagram-post-saved.html') },
  linkedinSaved: { recipe: 'linkedin', host: 'www.linkedin.com', path: '/posts/gwen-carter-cdf_lumora-fibre-activity-7265001234567890123-Qx7a/', file: resolve(TESTDATA, 'linkedin-post-saved.html') },
  tiktokSaved: { recipe: 'tiktok', host: 'www.tiktok.com', path: '/@techconpablo/video/7440123456789012345', file: resolve(TESTDATA, 'tiktok-video-saved.html') },
} satisfies Record<string, SocialFixturePage>;

/** Every host the pages live on: Chromium resolves them to 127.0.0.1. */
export const SOCIAL_HOSTS = [...new Set(Object.values(SOCIAL_PAGES).map((page) => page.host))];
