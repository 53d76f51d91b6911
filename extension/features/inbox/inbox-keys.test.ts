import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from './inbox-keys.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...extra });

describe('inbox keys', () => {
  it('maps j/k/a/r/e/i/x to triage commands', () => {
    expect(['j', 'k', 'a', 'r', 'e', 'i', 'x'].map((k) => commandForKey(press(k)))).toEqual([
      { kind: 'move', by: 1 },
      { kind: 'move', by: -1 },
      { kind: 'assign-to-me' },
      { kind: 'status', status: 'responded' },
      { kind: 'status', status: 'resolved' },
      { kind: 'status', status: 'ignored' },
      { kind: 'toggle-check' },
    ]);
    expect(commandForKey(press('q'))).toBeUndefined();
  });

  it('leaves keys typed in fields, and shortcuts with modifiers, to the browser', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(commandForKey(press('r', { target: input }))).toBeUndefined();
    expect(commandForKey(press('r', { target: document.createElement('select') }))).toBeUndefined();
    expect(commandForKey(press('r', { target: checkbox }))).toEqual({ kind: 'status', status: 'responded' });
    expect(commandForKey(press('r', { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(press('e', { metaKey: true }))).toBeUndefined();
  });
});
