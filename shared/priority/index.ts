// Priority rules: how urgent a mention is for triage (see priority.ts for the bands, weights and why).
export { IMMEDIACY_HOURS, PriorityError, priorityOf, recencyFactor, URGENCY_BANDS, type Priority, type PriorityInput } from './priority.ts';
export { brandTermsOf, triageMention, type Triage, type TriageContext, type TriageTarget } from './triage-mention.ts';
