// The live demo's schedule: background chatter every 10–30 s in both languages, the CRM customers' stories
// one after another (complaint, escalation, the team's answer, then recovery or loss), and now and then an
// outage spike. Pure and seeded: the same seed and start give the same posts at the same moments, so a test
// can run an hour of it in a loop; `due(now)` hands out each post once, stamped with its moment.
import { CHATTER, CHATTER_WEIGHTS, type ChatterTemplates } from './chatter-templates.ts';
import { mastodonId, mastodonUrl, newsUrl, redditId, redditUrl, type DemoPost } from './live-post.ts';
import { fillTemplate, seededRandom, type Random } from './random.ts';
import { SPIKE } from './spike-templates.ts';
import { STORY_ARCS, type StoryArc, type StoryPost, type StoryTouchpoint } from './story-arcs.ts';

/** One thing the demo does at a moment: publish a post, and for the team's moves, record them in the CRM. */
export interface LiveEvent {
  post: DemoPost;
  /** The customer's story this belongs to (name as the CRM knows them). */
  customer?: StoryArc['customer'];
  /** A touchpoint the team records when this post appears (the answer, the outcome). */
  touchpoint?: StoryTouchpoint;
  /** Permalinks of earlier posts this one answers: the demo marks them responded. */
  answers?: string[];
  /** How the story ends, on its last post. */
  ending?: 'recovered' | 'lost';
}

export interface LiveStreamOptions {
  seed: number;
  /** Epoch ms the stream starts at. */
  startMs: number;
  /** Gap between chatter posts. @default [10_000, 30_000] */
  chatterGapMs?: readonly [number, number];
  /** When the first story and the first spike begin, after the start. @default 30 s and 5 min */
  firstStoryAfterMs?: number;
  firstSpikeAfterMs?: number;
}

/** Pauses between a story's steps: complaint → escalation → answer → outcome → next story. */
export const STORY_STEP_MS = { escalation: 150_000, answer: 120_000, outcome: 150_000, nextStory: 150_000 } as const;
/** Between two spikes, and the number of posts in one. */
export const SPIKE_GAP_MS: readonly [number, number] = [15 * 60_000, 25 * 60_000];
export const SPIKE_POSTS: readonly [number, number] = [9, 12];

const REDDIT_USERS = { es: ['pablo_gz', 'laura_mtz', 'jorge_vlc', 'ines_84', 'rafa_sevilla', 'nuria_bcn', 'txema_bio'], en: ['tom_h', 'priya_k', 'gaz_leeds', 'ellie_b', 'mike_mcr', 'sophie_w'] } as const;
const MASTODON_USERS = { es: ['ana_lopez@mastodon.social', 'pgarcia@tkz.one', 'lucas@mastodon.madrid', 'marina_v@mas.to'], en: ['nora_reads@mas.to', 'dave_w@mastodon.social', 'kat@mastodon.online'] } as const;
const SUBREDDITS = { es: ['LumoraES', 'spain', 'askspain'], en: ['unitedkingdom', 'LumoraUK', 'broadband'] } as const;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Track {
  at: number;
  next(): LiveEvent[];
}

export interface LiveStream {
  /** Every event due at or before `nowMs` not handed out yet, oldest first. */
  due(nowMs: number): LiveEvent[];
}

export function createLiveStream(opts: LiveStreamOptions): LiveStream {
  let counter = 0;
  const ids = (ms: number) => ({ reddit: redditId(ms, counter), mastodon: mastodonId(ms, counter++) });
  const [gapMin, gapMax] = opts.chatterGapMs ?? [10_000, 30_000];

  const post = (at: number, lang: 'en' | 'es', feed: DemoPost['feed'], kind: DemoPost['kind'], author: string, text: string, title?: string, place?: string): DemoPost => {
    const id = ids(at);
    // Whole seconds: RSS dates have no finer precision, and every feed should say the same moment.
    const publishedAt = new Date(Math.floor(at / 1000) * 1000).toISOString();
    if (feed === 'news') return { feed, kind, lang, publishedAt, author, title, text, url: newsUrl(place ?? 'news.example', title ?? text, at), place };
    if (feed === 'mastodon') return { feed, kind, lang, publishedAt, author, text, url: mastodonUrl(author, id.mastodon) };
    const subreddit = place ?? (lang === 'es' ? 'LumoraES' : 'LumoraUK');
    return { feed, kind, lang, publishedAt, author, title: title ?? text.slice(0, 60), text, url: redditUrl(subreddit, id.reddit, title ?? text), place: subreddit };
  };

  const chatterRandom = seededRandom(opts.seed);
  const chatter: Track = {
    at: opts.startMs + chatterRandom.int(3_000, 8_000),
    next() {
      const at = this.at;
      this.at += chatterRandom.int(gapMin, gapMax);
      return [{ post: chatterPost(chatterRandom, at) }];
    },
  };
  function chatterPost(random: Random, at: number): DemoPost {
    const lang = random.chance(0.5) ? 'es' : 'en';
    const t: ChatterTemplates = CHATTER[lang];
    const kind = random.weighted(CHATTER_WEIGHTS);
    if (kind === 'news') {
      const outlet = random.pick(t.outlets);
      const headline = fillTemplate(random.pick(t.news), t.slots, random);
      return post(at, lang, 'news', 'chatter', outlet.name, headline, `${headline} - ${outlet.name}`, outlet.domain);
    }
    const template = random.pick(t.posts[kind]);
    // Slots are written lowercase; a sentence that opens with one still starts with a capital.
    const [title, text] = [template.title, template.body].map((line) => capitalize(fillTemplate(line, t.slots, random))) as [string, string];
    if (random.chance(0.5)) return post(at, lang, 'mastodon', 'chatter', random.pick(MASTODON_USERS[lang]), text);
    return post(at, lang, 'reddit', 'chatter', random.pick(REDDIT_USERS[lang]), text, title, random.pick(SUBREDDITS[lang]));
  }

  const storyRandom = seededRandom(opts.seed ^ 0x5eed);
  let storyIndex = 0;
  let storyStep = 0;
  let storyUrls: string[] = [];
  const story: Track = {
    at: opts.startMs + (opts.firstStoryAfterMs ?? 30_000),
    next() {
      const arc = STORY_ARCS[storyIndex % STORY_ARCS.length]!;
      const at = this.at;
      const customerPost = (step: StoryPost) => {
        const author = step.feed === 'mastodon' ? arc.mastodon : arc.reddit;
        if (!author) throw new Error(`demo story of ${arc.customer.name}: no ${step.feed} handle`);
        return post(at, arc.lang, step.feed, 'story', author, step.text, step.title);
      };
      let event: LiveEvent;
      if (storyStep === 0 || storyStep === 1) {
        event = { post: customerPost(storyStep === 0 ? arc.complaint : arc.escalation), customer: arc.customer };
        storyUrls.push(event.post.url);
        this.at += storyStep === 0 ? STORY_STEP_MS.escalation : STORY_STEP_MS.answer;
      } else if (storyStep === 2) {
        const author = arc.reply.feed === 'mastodon' ? arc.brand.mastodon : arc.brand.reddit;
        event = { post: post(at, arc.lang, arc.reply.feed, 'reply', author, arc.reply.text, arc.reply.title), customer: arc.customer, touchpoint: arc.reply.touchpoint, answers: storyUrls };
        this.at += STORY_STEP_MS.outcome;
      } else {
        const ending = storyRandom.chance(0.6) ? 'recovered' : 'lost';
        const step = arc[ending];
        event = { post: customerPost(step), customer: arc.customer, touchpoint: step.touchpoint, ending };
        this.at += STORY_STEP_MS.nextStory;
        storyIndex += 1;
        storyUrls = [];
      }
      storyStep = (storyStep + 1) % 4;
      return [event];
    },
  };

  const spikeRandom = seededRandom(opts.seed ^ 0xb0057);
  const spike: Track = {
    at: opts.startMs + (opts.firstSpikeAfterMs ?? 5 * 60_000),
    next() {
      const lang = spikeRandom.chance(0.5) ? 'es' : 'en';
      const t = SPIKE[lang];
      const city = spikeRandom.pick(t.cities);
      const events: LiveEvent[] = [];
      let at = this.at;
      for (let n = spikeRandom.int(...SPIKE_POSTS); n > 0; n--) {
        const text = fillTemplate(spikeRandom.pick(t.posts), { ...t.slots, city: [city] }, spikeRandom).trim();
        const onReddit = spikeRandom.chance(0.4);
        const author = onReddit ? spikeRandom.pick(REDDIT_USERS[lang]) : spikeRandom.pick(MASTODON_USERS[lang]);
        events.push({ post: post(at, lang, onReddit ? 'reddit' : 'mastodon', 'spike', author, text, onReddit ? text.split(/[.:,]/)[0] : undefined) });
        at += spikeRandom.int(8_000, 25_000);
      }
      this.at += spikeRandom.int(...SPIKE_GAP_MS);
      return events;
    },
  };

  const tracks = [story, spike, chatter];
  let pending: LiveEvent[] = [];
  return {
    due(nowMs) {
      // Tracks run ahead in whole bursts; what they produced for later waits in `pending`.
      for (;;) {
        const track = tracks.filter((t) => t.at <= nowMs).sort((a, b) => a.at - b.at)[0];
        if (!track) break;
        pending.push(...track.next());
      }
      pending.sort((a, b) => Date.parse(a.post.publishedAt) - Date.parse(b.post.publishedAt));
      const ready = pending.filter((e) => Date.parse(e.post.publishedAt) <= nowMs);
      pending = pending.filter((e) => Date.parse(e.post.publishedAt) > nowMs);
      return ready;
    },
  };
}
