// Who the customer is (name, identities, CRM ids) and whether they are at risk of leaving.
import type { Translator } from '../../i18n/dictionary.ts';
import type { OverlayJourney } from './overlay-journey.ts';

export function CustomerSummary({ journey, t }: { journey: OverlayJourney; t: Translator }) {
  const { customer, risk } = journey;
  const identities = [...customer.emails, ...customer.handles.map((h) => `${h.platform}: ${h.handle}`)];
  return (
    <section class="vigia-customer" data-customer-id={customer.id}>
      <p class="vigia-customer__name">{customer.names[0] ?? customer.emails[0] ?? customer.id}</p>
      {identities.length > 0 && (
        <ul class="vigia-customer__identities">
          {identities.map((identity) => (
            <li key={identity}>{identity}</li>
          ))}
        </ul>
      )}
      {customer.crmIds.length > 0 && (
        <p class="vigia-customer__crm">{t('overlay.crmIds', { ids: customer.crmIds.map((c) => `${c.system} ${c.id}`).join(' · ') })}</p>
      )}
      <p class={`vigia-risk vigia-risk--${risk.churnRisk ? 'high' : 'low'}`} data-churn-risk={String(risk.churnRisk)} data-bad-experiences={risk.badExperiences}>
        <strong>{t(risk.churnRisk ? 'overlay.churnRisk' : 'overlay.noChurnRisk')}</strong>{' '}
        <span class="vigia-risk__count">{t(risk.badExperiences === 1 ? 'overlay.badExperiences.one' : 'overlay.badExperiences', { count: risk.badExperiences, days: risk.windowDays })}</span>
      </p>
    </section>
  );
}
