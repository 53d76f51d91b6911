// `npm run eval` (triage part): on the hand-labelled triage set and the moments set, through the collector's
// own stages — moment accuracy per class, urgency accuracy, and the ranking a person meets at the top of the
// inbox: how many of the top 10 need a person now (goal ≥ 9), false alarms there (goal 0), and the share of
// `now` mentions in the top 25 (goal ≥ 80 %). `--errors` lists the mistakes of the development sets only:
// the held-out parts are measured, never read while tuning (`--dev` leaves them out altogether).
import { MOMENTS } from '../shared/moment-of-truth.ts';
import { URGENCIES, sentimentLabelOf } from '../shared/mention.ts';
import { loadTriageSets, runTriageSet, type TriageOutcome } from './triage-cases.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '—');
const NO_MOMENT = 'none';

/** The inbox order: priority, then newest, then id. */
function ranked(outcomes: TriageOutcome[]): TriageOutcome[] {
  return outcomes.filter((o) => o.mention).sort((a, b) =>
    b.mention!.priority - a.mention!.priority
    || (b.mention!.publishedAt ?? '').localeCompare(a.mention!.publishedAt ?? '')
    || a.example.id.localeCompare(b.example.id));
}

function report(name: string, outcomes: TriageOutcome[], showErrors: boolean): void {
  console.log(`\n${name} (${outcomes.length} mentions, ${outcomes.filter((o) => o.mention).length} matched a brand)`);
  const momentOf = (o: TriageOutcome) => o.mention?.moment ?? NO_MOMENT;
  const goldMoment = (o: TriageOutcome) => o.example.moment ?? NO_MOMENT;
  const perClass = [...MOMENTS, NO_MOMENT].map((m) => {
    const gold = outcomes.filter((o) => goldMoment(o) === m);
    return gold.length ? `${m} ${pct(gold.filter((o) => momentOf(o) === m).length, gold.length)} (${gold.length})` : undefined;
  }).filter(Boolean);
  const momentHits = outcomes.filter((o) => momentOf(o) === goldMoment(o)).length;
  const stageHits = outcomes.filter((o) => (o.mention?.stage ?? NO_MOMENT) === (o.example.stage ?? NO_MOMENT)).length;
  const sentimentHits = outcomes.filter((o) => o.mention && sentimentLabelOf(o.mention.sentiment) === o.example.sentiment).length;
  console.log(`  moment   ${pct(momentHits, outcomes.length)} — ${perClass.join(' · ')}`);
  console.log(`  stage    ${pct(stageHits, outcomes.length)}    sentiment ${pct(sentimentHits, outcomes.filter((o) => o.mention).length)} (of matched)`);

  const labelled = outcomes.filter((o) => o.example.urgency);
  if (!labelled.length) return;
  const urgencyOf = (o: TriageOutcome) => o.mention?.urgency ?? 'none';
  const urgencyHits = labelled.filter((o) => urgencyOf(o) === o.example.urgency).length;
  const perUrgency = URGENCIES.map((u) => {
    const gold = labelled.filter((o) => o.example.urgency === u);
    const said = URGENCIES.map((v) => `${v} ${gold.filter((o) => urgencyOf(o) === v).length}`).join('/');
    return `${u} ${pct(gold.filter((o) => urgencyOf(o) === u).length, gold.length)} (${said})`;
  });
  console.log(`  urgency  ${pct(urgencyHits, labelled.length)} — ${perUrgency.join(' · ')}`);

  const order = ranked(labelled);
  const top10 = order.slice(0, 10);
  const top25 = order.slice(0, 25);
  const nowIn = (list: TriageOutcome[]) => list.filter((o) => o.example.urgency === 'now').length;
  const alarms = top10.filter((o) => o.example.urgency === 'none').length;
  console.log(`  ranking  top 10 needing a person now: ${nowIn(top10)} (goal ≥ 9) · false alarms in the top 10: ${alarms} (goal 0) · now in the top 25: ${pct(nowIn(top25), top25.length)} (goal ≥ 80 %)`);
  if (!showErrors) return;
  for (const o of labelled) {
    const wrongUrgency = urgencyOf(o) !== o.example.urgency;
    const wrongMoment = momentOf(o) !== goldMoment(o);
    if (!wrongUrgency && !wrongMoment) continue;
    const m = o.mention;
    console.log(`    ${o.example.id} urgency ${o.example.urgency}→${urgencyOf(o)} moment ${goldMoment(o)}→${momentOf(o)} P${m?.priority ?? '-'} ${m ? sentimentLabelOf(m.sentiment) : 'unmatched'}: ${(o.example.title ? `${o.example.title} | ` : '') + o.example.text.slice(0, 120)}`);
    if (m && wrongUrgency) console.log(`        ${m.priorityWhy?.[0]?.en}`);
  }
  console.log('  top 10:');
  for (const o of top10) console.log(`    P${o.mention!.priority} [${o.example.urgency}] ${o.example.text.slice(0, 100)}`);
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  // --dev: only the development parts (while changing rules, the held-out figures stay unread).
  const devOnly = process.argv.includes('--dev');
  console.log('Triage: moments, urgency and the top of the inbox, through brand matching, enrichment and customer linking');
  for (const set of loadTriageSets()) {
    const heldOut = set.name.includes('held out');
    if (!(devOnly && heldOut)) report(set.name, runTriageSet(set), showErrors && !heldOut);
  }
}

main();
