// The columns a mention carries beside its document that change after it was stored: why it is hidden,
// the reply posted for it, and when it was first answered — read back onto the Mention.
import type { Mention } from '../../shared/mention.ts';
import type { MentionsTable } from './schema.ts';

type NoiseColumns = Partial<Pick<MentionsTable, 'first_response_at' | 'muted' | 'reply'>>;

export function withNoiseColumns(doc: Mention, row: NoiseColumns): Mention {
  // Documents stored before these columns existed never held them; the columns alone say.
  delete doc.muted;
  delete doc.reply;
  delete doc.firstResponseAt;
  if (row.first_response_at) doc.firstResponseAt = row.first_response_at;
  if (row.muted) doc.muted = JSON.parse(row.muted) as Mention['muted'];
  if (row.reply) doc.reply = JSON.parse(row.reply) as Mention['reply'];
  return doc;
}
