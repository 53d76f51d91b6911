// Hand-built touchpoints with known metrics, shared by the journey tests (values worked out in journey-metrics.test.ts).
import type { Sentiment } from '../../mention.ts';
import { touchpointIdOf, type Touchpoint } from '../touchpoint.ts';

export const scored = (score: number): Sentiment => ({
  score,
  label: score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral',
  confidence: 0.9,
});

/** A touchpoint with a stable id from its external id; anything else as given. */
export function touchpoint(externalId: string, fields: Omit<Touchpoint, 'id' | 'externalId'>): Touchpoint {
  return { id: touchpointIdOf({ externalId }), externalId, ...fields };
}

/** Marta: fibre move, a confirmation, then no-show after no-show across phone and chat; never resolved. */
export const martaTouchpoints: Touchpoint[] = [
  touchpoint('m0', { customerId: 'c-marta', at: '2026-11-03T10:00:00.000Z', channel: 'web', direction: 'inbound', summary: 'Traslado de fibra al piso nuevo: cita de instalación' }),
  touchpoint('m1', { customerId: 'c-marta', at: '2026-11-03T10:05:00.000Z', channel: 'email', direction: 'outbound', summary: 'Confirmación de la cita de instalación' }),
  touchpoint('m2', { customerId: 'c-marta', at: '2026-11-05T13:00:00.000Z', channel: 'phone', direction: 'inbound', summary: 'El técnico no vino a la instalación', outcome: 'unresolved', sentiment: scored(-0.6) }),
  touchpoint('m3', { customerId: 'c-marta', at: '2026-11-06T09:00:00.000Z', channel: 'chat', direction: 'inbound', summary: 'Instalación de fibra sin técnico; tiene que contarlo todo otra vez', outcome: 'unresolved', sentiment: scored(-0.7) }),
  touchpoint('m4', { customerId: 'c-marta', at: '2026-11-07T11:00:00.000Z', channel: 'phone', direction: 'inbound', summary: 'Tercera llamada: sin técnico ni fecha de instalación, pide la baja', outcome: 'unresolved', sentiment: scored(-0.9) }),
];

/** James: evening drop-outs, a live chat, a callback, an engineer fixes it; he posts a happy update. */
export const jamesTouchpoints: Touchpoint[] = [
  touchpoint('j0', { customerId: 'c-james', at: '2026-11-20T16:05:00.000Z', channel: 'chat', direction: 'inbound', summary: 'Router drops the connection every evening', outcome: 'pending', sentiment: scored(-0.4) }),
  touchpoint('j1', { customerId: 'c-james', at: '2026-11-20T18:40:00.000Z', channel: 'phone', direction: 'outbound', summary: 'Callback: line test, engineer booked for the router drop-outs' }),
  touchpoint('j2', { customerId: 'c-james', at: '2026-11-21T10:30:00.000Z', channel: 'ticket', direction: 'outbound', summary: 'Engineer replaced a faulty splitter; connection stable', outcome: 'resolved', resolvedAt: '2026-11-21T11:50:00.000Z' }),
  touchpoint('j3', { customerId: 'c-james', at: '2026-11-23T21:30:00.000Z', channel: 'social', direction: 'inbound', summary: 'Update: the engineer fixed the evening drop-outs, would recommend', sentiment: scored(0.6) }),
];

/** Lucía: one e-mail about a double charge, twelve hours before `NOW`, not answered yet. */
export const luciaTouchpoints: Touchpoint[] = [
  touchpoint('l0', { customerId: 'c-lucia', at: '2026-11-23T12:00:00.000Z', channel: 'email', direction: 'inbound', summary: 'Double charge on my November bill' }),
];

export const NOW = '2026-11-24T00:00:00.000Z';
