// `vigia token create NAME`: a new API token, printed alone on the last line (only its hash is stored).
import type { VigiaStore } from '../store/store.ts';

export async function createTokenCommand(store: VigiaStore, name: string, out: (line: string) => void = console.log): Promise<string> {
  const token = await store.createToken(name);
  out(`Created token "${name}". Keep it secret: only its hash is stored, it cannot be shown again.`);
  out(token);
  return token;
}
