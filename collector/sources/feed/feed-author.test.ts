import { describe, expect, it } from 'vitest';
import { feedAuthorName } from './feed-author.ts';

describe('feedAuthorName', () => {
  it('keeps the name of "email (Name)", "Name (email)" and "Name <email>", and drops a bare address', () => {
    expect(feedAuthorName('email@example.org (Author Name)')).toBe('Author Name');
    expect(feedAuthorName('Author Name (email@example.org)')).toBe('Author Name');
    expect(feedAuthorName('  Ana  Ruiz <ana@example.org> ')).toBe('Ana Ruiz');
    expect(feedAuthorName('email@example.org')).toBeUndefined();
    expect(feedAuthorName('')).toBeUndefined();
  });

  it('leaves other brackets alone', () => {
    expect(feedAuthorName('Redacción (Madrid)')).toBe('Redacción (Madrid)');
    expect(feedAuthorName('@K8sContributors')).toBe('@K8sContributors');
  });
});
