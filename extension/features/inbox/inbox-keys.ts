// Keyboard triage in the inbox: j/k move, a assigns to me, r responded, e resolved, i ignore, x ticks the
// item for a bulk action. Keys typed into a field, or with a modifier, are the browser's.

/** What a key does. */
export type InboxCommand =
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'assign-to-me' }
  | { kind: 'status'; status: 'responded' | 'resolved' | 'ignored' }
  | { kind: 'toggle-check' };

const KEYS: Record<string, InboxCommand> = {
  j: { kind: 'move', by: 1 },
  k: { kind: 'move', by: -1 },
  a: { kind: 'assign-to-me' },
  r: { kind: 'status', status: 'responded' },
  e: { kind: 'status', status: 'resolved' },
  i: { kind: 'status', status: 'ignored' },
  x: { kind: 'toggle-check' },
};

/** The part of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/** The command for a key press, or undefined when the key is not ours here. */
export function commandForKey(press: KeyPress): InboxCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const target = press.target as { tagName?: string; isContentEditable?: boolean } | null;
  // A checkbox keeps j/k/x working; text fields and menus do not.
  if (target?.tagName && TYPING.test(target.tagName) && (target as { type?: string }).type !== 'checkbox') return undefined;
  if (target?.isContentEditable) return undefined;
  return KEYS[press.key];
}
