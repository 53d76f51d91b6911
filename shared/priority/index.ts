// Priority rules: how urgent a mention is for triage (see priority.ts for the weights and why).
export { IMMEDIACY_HOURS, PriorityError, priorityOf, recencyFactor, type Priority, type PriorityInput } from './priority.ts';
