// Test data: a valid CustomerJourneyView (Marta's unresolved fibre move) built from a few overrides.
import type { Customer } from '../../../shared/customer/customer.ts';
import type { CustomerJourneyView, JourneyView, TimelineEntry } from '../../../shared/customer/customer-journey-view.ts';
import type { JourneyMetrics } from '../../../shared/journey/journey-metrics.ts';

/** Metrics of a journey that crossed channels, retold the story and missed the 48 h rule. */
export function makeMetrics(overrides: Partial<JourneyMetrics> = {}): JourneyMetrics {
  return {
    touchpoints: 9,
    customerContacts: 7,
    channels: ['web', 'email', 'chat', 'phone', 'social'],
    channelSwitches: 5,
    repeatedContacts: 4,
    reopened: 1,
    firstResponse: { hours: 53, immediacy: 'missed' },
    resolution: { resolved: false, openHours: 500 },
    sentiment: { start: -0.3, end: -0.8, change: -0.5 },
    effort: 86,
    coherence: 31,
    badExperiences: 5,
    ...overrides,
  };
}

export function makeCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'cust-marta',
    names: ['Marta Ruiz'],
    emails: ['marta@example.com'],
    handles: [
      { platform: 'reddit', handle: 'marta_rz' },
      { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
    ],
    crmIds: [
      { system: 'zendesk', id: '90377' },
      { system: 'hubspot', id: '5101' },
    ],
    ...overrides,
  };
}

/** Three moments newest first: a public complaint, a call, the web form that started it. */
export function makeTimeline(journeyId = 'j-move'): TimelineEntry[] {
  return [
    {
      kind: 'mention',
      id: 'm-marta-19',
      at: '2026-11-19T08:00:00.000Z',
      journeyId,
      channel: 'social',
      platform: 'reddit',
      summary: 'Tercera vez que el técnico de Lumora no aparece. Me cambio a Nubitel',
      url: 'https://www.reddit.com/r/lumora/comments/abc/',
      sentiment: { score: -0.8, label: 'negative', confidence: 0.9 },
      moment: 'LZMOT',
      stage: 'experience',
    },
    { kind: 'touchpoint', id: 'tp-call', at: '2026-11-18T10:30:00.000Z', journeyId, channel: 'phone', direction: 'inbound', summary: 'Tercera cita sin técnico', sentiment: { score: -0.6, label: 'negative', confidence: 1 }, moment: 'IMOT', outcome: 'unresolved' },
    { kind: 'touchpoint', id: 'tp-web', at: '2026-11-03T11:40:00.000Z', journeyId, channel: 'web', direction: 'inbound', summary: 'El técnico no vino', sentiment: { score: -0.3, label: 'negative', confidence: 1 }, outcome: 'pending' },
  ];
}

export function makeJourney(overrides: Partial<JourneyView> = {}): JourneyView {
  return {
    id: 'j-move',
    type: 'installation',
    keywords: ['técnico', 'traslado'],
    startedAt: '2026-11-03T11:40:00.000Z',
    endedAt: '2026-11-19T08:00:00.000Z',
    momentIds: ['tp-web', 'tp-call', 'm-marta-19'],
    metrics: makeMetrics(),
    ...overrides,
  };
}

/** Marta: one open installation journey, churn risk. */
export function makeJourneyView(overrides: Partial<CustomerJourneyView> = {}): CustomerJourneyView {
  return {
    customer: makeCustomer(),
    risk: { badExperiences: 5, churnRisk: true, windowDays: 90, evidence: { touchpointIds: ['tp-call', 'tp-web'], mentionIds: ['m-marta-19'] } },
    journeys: [makeJourney()],
    currentJourneyId: 'j-move',
    timeline: makeTimeline(),
    mentions: [],
    ...overrides,
  };
}
