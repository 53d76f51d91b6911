import { describe, expect, it } from 'vitest';
import { urgencyOf, type UrgencyInput } from './urgency.ts';

const urgency = (text: string, more: Partial<UrgencyInput> = {}) => urgencyOf({ text, ...more }).urgency;

describe('urgencyOf', () => {
  it('needs a person now for live problems, in English and Spanish', () => {
    expect(urgency('Stranded at the airport with two kids, the desk is closed and no hotel', { sentiment: 'negative' })).toBe('now');
    expect(urgency('Me habéis cobrado dos veces el mismo billete, quiero que me devolváis uno', { sentiment: 'negative' })).toBe('now');
    expect(urgency('Me cobraron el equipaje dos veces en el mostrador')).toBe('now');
    expect(urgency('Smoke coming out of the overhead panel and the crew said it was normal')).toBe('now');
    expect(urgency('Si no me devolvéis el dinero esta semana voy a la OCU', { sentiment: 'negative' })).toBe('now');
    expect(urgency('Closing my account this week, going to a normal bank', { sentiment: 'negative' })).toBe('now');
    expect(urgency('is the app down for anyone else? it won’t load', { sentiment: 'negative' })).toBe('now');
    expect(urgency('Someone accessed my account and changed my email. Locked out.')).toBe('now');
  });

  it('says why, naming the reason and the words', () => {
    const decision = urgencyOf({ text: 'Charged twice for the same order. Please help today', sentiment: 'negative' });
    expect(decision).toMatchObject({ urgency: 'now', reason: 'money', problems: ['money'] });
    expect(decision.why[0]).toBe('money: "charged twice"');
  });

  it('is soon for questions and milder complaints, none for praise, jokes and resolved problems', () => {
    expect(urgency('Does the basic plan include roaming?', { sentiment: 'neutral' })).toBe('soon');
    expect(urgency('The seats are so tight my knees touched the tray table', { sentiment: 'negative' })).toBe('soon');
    expect(urgency('The app is a bit slow today. Not the end of the world.', { sentiment: 'negative' })).toBe('soon');
    expect(urgency('Lovely crew, landed early. Thank you!', { sentiment: 'positive' })).toBe('none');
    expect(urgency('lol my cat has the same energy as their boarding queue', { sentiment: 'neutral' })).toBe('none');
    expect(urgency('Ya está solucionado, gracias por cambiarme el vuelo tan rápido', { sentiment: 'positive' })).toBe('none');
  });

  it('reads negations and sarcasm: a denied problem is none, a praised problem is still one', () => {
    expect(urgency('Not a single delay in 14 flights this year.', { sentiment: 'positive' })).toBe('none');
    expect(urgency('Portabilidad hecha en 24 horas, sin quedarme ni un minuto sin línea.', { sentiment: 'positive' })).toBe('none');
    expect(urgency('No hidden fees, no surprises.', { sentiment: 'positive' })).toBe('none');
    expect(urgency('Qué maravilla, me bloqueáis la tarjeta justo cuando estoy de viaje sin otro medio de pago 🙃', { sentiment: 'positive' })).toBe('now');
    expect(urgency('Genial, otra hora de retraso y ni un mensaje', { sentiment: 'positive' })).toBe('soon');
    expect(urgency('Love the design, but the money has left my account and hasn’t arrived. 1 star until it’s sorted.', { sentiment: 'positive' })).toBe('now');
  });

  it('raises no false alarm for problem words said of the past, of others, in passing or in jest', () => {
    expect(urgency('Shoutout to Lumora for fixing my internet outage in under an hour!', { sentiment: 'negative' })).toBe('none');
    expect(urgency('Never had a single outage with Lumora in 5 years', { sentiment: 'neutral' })).toBe('none');
    expect(urgency('Their new safety feature locks the card if it detects fraud', { sentiment: 'neutral' })).toBe('none');
    expect(urgency('Watching the ad where the guy gets stranded on an island lol', { sentiment: 'neutral' })).toBe('none');
    expect(urgency("If you're ever stranded in Lisbon, their lounge is the place to be", { sentiment: 'positive' })).toBe('none');
    expect(urgency('My lawyer friend recommended their insurance and honestly it is great', { sentiment: 'positive' })).toBe('none');
    expect(urgency('The nurses at the hospital all use these shoes', { sentiment: 'positive' })).toBe('none');
    expect(urgency('Me devolvió el cargo duplicado en un día, gracias', { sentiment: 'negative' })).toBe('none');
  });

  it('takes the direction of a switch: joining the brand is no churn, leaving it is', () => {
    const brand = ['Lumora'];
    expect(urgency('Switched to Lumora from Nubitel last month. Cheaper and faster.', { sentiment: 'negative', brand })).toBe('none');
    expect(urgency('Leaving Lumora for Nubitel after the third outage.', { sentiment: 'negative', brand })).toBe('now');
    expect(urgency('Me paso a Nubitel. Lumora me ha cambiado la cita tres veces.', { brand })).toBe('now');
    expect(urgency('Thinking of switching from Nubitel to Lumora, worth it?', { sentiment: 'neutral', brand })).toBe('soon');
  });

  it('gives news, press releases and job ads nothing to answer, however alarming', () => {
    expect(urgencyOf({ text: 'Thousands of customers without internet after an outage, the company said.', title: 'Lumora outage - Tech Post', platform: 'google-news', kind: 'article', sentiment: 'negative' })).toMatchObject({ urgency: 'none', reason: 'news' });
    expect(urgencyOf({ text: "We're hiring field technicians in Valencia. Apply via the link.", platform: 'linkedin' })).toMatchObject({ urgency: 'none', reason: 'job-ad' });
  });

  it('raises a complaint that spreads, and one from a customer at churn risk', () => {
    expect(urgency('The crew was rude to my mother.', { sentiment: 'negative' })).toBe('soon');
    expect(urgency('The crew was rude to my mother.', { sentiment: 'negative', reach: 50_000 })).toBe('now');
    expect(urgency('The technician did not come', { sentiment: 'negative', churnRisk: true })).toBe('now');
    expect(urgency('The technician came on time', { sentiment: 'positive', churnRisk: true })).toBe('none');
  });
});
