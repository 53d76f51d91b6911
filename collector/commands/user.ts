// `vigia user add NAME [--email ADDRESS]` and `vigia user list`: the people of the team. Each user gets an
// API token of their own (named like them, printed alone on the last line, only its hash stored); what
// they do through the API is recorded under their name.
import type { VigiaStore } from '../store/store.ts';

export async function addUserCommand(store: VigiaStore, name: string, opts: { email?: string } = {}, out: (line: string) => void = console.log): Promise<string> {
  const { user, token } = await store.team.addUser({ name, ...(opts.email !== undefined ? { email: opts.email } : {}) }, new Date().toISOString());
  out(`Added ${user.name}${user.email ? ` <${user.email}>` : ''} (${user.id}) with a token of their own. Give it to them to paste in the extension's options; it cannot be shown again.`);
  out(token);
  return token;
}

/** "2026-11-24 10:01 UTC". */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

export async function listUsersCommand(store: VigiaStore, out: (line: string) => void = console.log): Promise<void> {
  const users = await store.team.listUsers();
  if (!users.length) return out('No users yet. Add one with "vigia user add NAME --email ADDRESS".');
  const width = Math.max(4, ...users.map((u) => u.name.length));
  const mail = Math.max(5, ...users.map((u) => (u.email ?? '').length));
  out(`${'NAME'.padEnd(width)}  ${'EMAIL'.padEnd(mail)}  ${'ADDED'.padEnd(20)}  LAST SEEN`);
  for (const u of users) {
    const seen = u.tokens === 0 ? 'no token' : u.lastUsedAt ? minute(u.lastUsedAt) : 'never';
    out(`${u.name.padEnd(width)}  ${(u.email ?? '').padEnd(mail)}  ${minute(u.createdAt).padEnd(20)}  ${seen}`);
  }
}
