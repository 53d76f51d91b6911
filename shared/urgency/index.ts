// Urgency rules: how soon a person should answer a mention (see urgency.ts), and its reasons in plain words.
export { urgencyOf, type UrgencyDecision, type UrgencyInput, type UrgencyReason } from './urgency.ts';
export { REASON_WORDS, URGENCY_WORDS, urgencyWords, type Words } from './reason-words.ts';
export { LIVE_REASONS, SEVERITY, type LiveReason } from './urgency-cues.ts';
