import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeJourneyView, makeMetrics, makeJourney, makeTimeline } from '../../sync/testing/journey-fixtures.ts';
import { toOverlayJourney, type CustomerJourneyAnswer } from './overlay-journey.ts';
import { createOverlayModel } from './overlay-model.ts';
import { OverlayPanel } from './overlay-panel.tsx';

function show(answer: CustomerJourneyAnswer, lang: 'en' | 'es' = 'en'): HTMLElement {
  const model = createOverlayModel({ value: lang });
  model.lookup.value = { state: 'ready', answer };
  const root = document.createElement('div');
  document.body.append(root);
  render(<OverlayPanel model={model} />, root);
  return root;
}
const knownAnswer = (view = makeJourneyView()): CustomerJourneyAnswer => ({ kind: 'known', journey: toOverlayJourney(view, '2026-11-24T09:00:00.000Z'), candidates: [], stale: false });
const metric = (root: HTMLElement, id: string) => root.querySelector(`[data-metric="${id}"] dd`)?.textContent;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('overlay panel', () => {
  it('shows the customer, churn risk, the current journey’s metrics against the 48 h rule, and the timeline', () => {
    const root = show(knownAnswer());
    expect(root.querySelector('.vigia-overlay')?.getAttribute('data-answer')).toBe('known');
    expect(root.querySelector('.vigia-customer__name')?.textContent).toBe('Marta Ruiz');
    expect([...root.querySelectorAll('.vigia-customer__identities li')].map((li) => li.textContent)).toEqual([
      'marta@example.com',
      'reddit: marta_rz',
      'mastodon: marta_rz@mastodon.social',
    ]);
    expect(root.querySelector('.vigia-customer__crm')?.textContent).toBe('CRM: zendesk 90377 · hubspot 5101');
    expect(root.querySelector('[data-churn-risk]')?.textContent).toBe('Churn risk 5 bad experiences in 90 days');
    expect(metric(root, 'touchpoints')).toBe('9');
    expect(metric(root, 'channel-switches')).toBe('5');
    expect(metric(root, 'repeated-contacts')).toBe('4');
    expect(metric(root, 'effort')).toBe('86/100');
    expect(metric(root, 'first-response')).toBe('53 h, over 48 h');
    expect(metric(root, 'resolution')).toBe('Open for 500 h');
    const entries = [...root.querySelectorAll('[data-timeline-id]')];
    expect(entries.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-channel'), e.getAttribute('data-sentiment')])).toEqual([
      ['mention', 'social', 'negative'],
      ['touchpoint', 'phone', 'negative'],
      ['touchpoint', 'web', 'negative'],
    ]);
    const mention = root.querySelector('[data-mention-id="m-marta-19"]')!;
    expect(mention.querySelector('[data-moment="LZMOT"]')?.textContent).toBe('LZMOT');
    expect(mention.querySelector('time')?.textContent).toBe('Nov 19');
    expect(mention.querySelector('a')?.getAttribute('href')).toBe('https://www.reddit.com/r/lumora/comments/abc/');
    expect(mention.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('.vigia-sparkline')?.getAttribute('data-points')).toBe('3');
    expect(root.querySelector('.vigia-sparkline polyline')?.getAttribute('points')).toBe('0,20.8 80,25.6 160,28.8');
  });

  it('speaks Spanish, with resolved journeys and met response times in green words', () => {
    const view = makeJourneyView({ journeys: [makeJourney({ metrics: makeMetrics({ firstResponse: { hours: 0.5, immediacy: 'met' }, resolution: { resolved: true, hours: 19.75 } }) })] });
    const root = show(knownAnswer(view), 'es');
    expect(metric(root, 'first-response')).toBe('0,5 h, dentro de 48 h');
    expect(metric(root, 'resolution')).toBe('Resuelto en 20 h');
    expect(root.querySelector('[data-metric="resolution"]')?.getAttribute('data-resolved')).toBe('true');
    expect(root.querySelector('.vigia-timeline .vigia-section-title')?.textContent).toBe('Cronología');
    expect(root.querySelector('[data-channel="phone"] .vigia-timeline__icon')?.getAttribute('aria-label')).toBe('Teléfono');
  });

  it('renders collected text as text: markup in a summary or a link never becomes elements', () => {
    const [first, ...rest] = makeTimeline();
    const hostile = { ...first!, summary: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>', url: 'javascript:alert(1)' };
    const root = show(knownAnswer(makeJourneyView({ timeline: [hostile, ...rest], customer: { ...makeJourneyView().customer, names: ['<b>Marta</b>'] } })));
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.querySelector('[data-mention-id="m-marta-19"] .vigia-timeline__summary')?.textContent).toBe(hostile.summary);
    expect(root.querySelector('[data-mention-id="m-marta-19"] a')).toBeNull();
    expect(root.querySelector('.vigia-customer__name')?.textContent).toBe('<b>Marta</b>');
  });

  it('offers candidates with a Link button when nobody is known, and says when linking is impossible', () => {
    const candidates = [{ platform: 'reddit', handle: 'carlos_mv', name: 'Carlos Martín', mentionCount: 2, reason: 'same display name' }];
    const root = show({ kind: 'unknown', candidates, mentions: [], canLink: true });
    expect(root.querySelector('[data-candidate="reddit:carlos_mv"]')?.textContent).toContain('Carlos Martín');
    expect(root.querySelector<HTMLButtonElement>('[data-candidate="reddit:carlos_mv"] button')?.disabled).toBe(false);
    document.body.innerHTML = '';
    const stuck = show({ kind: 'unknown', candidates, mentions: [], canLink: false });
    expect(stuck.querySelector<HTMLButtonElement>('[data-candidate] button')?.disabled).toBe(true);
    expect(stuck.textContent).toContain('This page shows no e-mail, handle or CRM id to link with.');
  });

  it('offers authors suggested beside a known customer, linkable to them', () => {
    const answer = knownAnswer();
    const root = show({ ...answer, candidates: [{ platform: 'x', handle: 'marta_x', name: 'Marta Ruiz', mentionCount: 1, reason: 'same display name' }] } as CustomerJourneyAnswer);
    expect(root.querySelector<HTMLButtonElement>('[data-candidate="x:marta_x"] button')?.disabled).toBe(false);
    expect(root.querySelector('.vigia-customer + .vigia-candidates')).not.toBeNull();
  });

  it("shows the customer's recovery clock, earlier ones folded, and the journey report buttons in the overlay's language", () => {
    const clock = { customerId: 'c-marta', brand: 'Lumora', startedAt: '2026-11-23T08:00:00.000Z', deadline: '2026-11-25T08:00:00.000Z' };
    const view = makeJourneyView({
      recovery: [
        { ...clock, mentionId: 'm-new', state: 'running' },
        { ...clock, mentionId: 'm-old', startedAt: '2026-11-02T08:00:00.000Z', deadline: '2026-11-04T08:00:00.000Z', state: 'lost', lostReason: 'negative-again', endedAt: '2026-11-03T08:00:00.000Z', endMentionId: 'm-again' },
      ],
    });
    const root = show(knownAnswer(view), 'es');
    const block = root.querySelector('.vigia-recovery-block');
    expect(block?.getAttribute('data-recovery-state')).toBe('running');
    // The overlay's clock ticks from the real time: a deadline long past reads as lost by running out.
    expect(block?.querySelector('.vigia-recovery')?.textContent).toMatch(/^Perdido el .+: se acabaron las 48 h$/);
    expect(block?.querySelector('details li')?.textContent).toMatch(/^Perdido el .+: otra mención negativa$/);
    expect([...root.querySelectorAll('[data-report-format]')].map((b) => b.textContent)).toEqual(['Informe del recorrido (PDF)', 'Informe del recorrido (HTML)']);
  });

  it('shows the empty state and the settings hint', () => {
    expect(show({ kind: 'unknown', candidates: [], mentions: [], canLink: false }).querySelector('.vigia-overlay__empty')?.textContent).toBe('No public mentions of this person yet.');
    document.body.innerHTML = '';
    expect(show({ kind: 'not-configured', mentions: [] }).textContent).toContain('Set the collector URL and API token');
  });
});
