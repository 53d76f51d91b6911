// The `since` parameter and the `next`/`cursor` values of GET /api/mentions (see docs/api-contract.md).
import type { MentionPosition } from '../store/store.ts';
import { ApiError } from '../errors.ts';

/** A change-feed cursor is the decimal seq; a newest-first page key is "p." + base64url(sortAt \n id). */
export function encodePosition(position: MentionPosition): string {
  if (position.mode === 'changes') return String(position.afterSeq);
  const key = position.after ? `${position.after.sortAt}\n${position.after.id}` : '';
  return `p.${Buffer.from(`${position.publishedSince ?? ''}\n${key}`).toString('base64url')}`;
}

export function decodeSince(since: string | undefined): MentionPosition {
  if (since === undefined || since === '') return { mode: 'newest' };
  if (/^\d{1,15}$/.test(since)) return { mode: 'changes', afterSeq: Number(since) };
  if (since.startsWith('p.')) {
    const [publishedSince, sortAt, id] = Buffer.from(since.slice(2), 'base64url').toString('utf8').split('\n');
    if (sortAt === undefined || id === undefined) throw new ApiError(400, 'since: not a cursor this API gave out', [{ path: 'since', message: 'unknown cursor' }]);
    return { mode: 'newest', publishedSince: publishedSince || undefined, after: sortAt ? { sortAt, id } : undefined };
  }
  const date = Date.parse(since);
  if (/^\d{4}-\d{2}-\d{2}/.test(since) && !Number.isNaN(date)) return { mode: 'newest', publishedSince: new Date(date).toISOString() };
  throw new ApiError(400, 'since: expected a cursor from a previous answer, 0, or an ISO date', [{ path: 'since', message: 'expected a cursor or an ISO date' }]);
}
