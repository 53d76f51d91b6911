// The few JSON calls reply posting makes to a platform's write API, with one timeout and one error type
// whose message says which platform refused, why (its own words, cut to a line), and what to check.
export class ReplyPostError extends Error {
  constructor(
    /** The HTTP status the API answers with: 409 when nothing can be posted as configured, 502 when the platform refused. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ReplyHttp {
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default 15000 */
  timeoutMs?: number;
}

/** The platform's own reason, one line, at most 200 characters. */
async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  let reason = text;
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; error_description?: unknown };
    reason = [body.error, body.message, body.error_description].filter((v) => typeof v === 'string').join(': ') || text;
  } catch {
    // Not JSON: its text as it is.
  }
  // eslint-disable-next-line no-control-regex
  return reason.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}

/** A JSON request; a non-2xx answer becomes a ReplyPostError naming the platform, `what` and the hint for 401/403. */
export async function callJson(http: ReplyHttp, platform: string, what: string, url: string, init: { method: 'GET' | 'POST'; token?: string; body?: unknown }, authHint: string): Promise<unknown> {
  let response: Response;
  try {
    response = await (http.fetch ?? fetch)(url, {
      method: init.method,
      headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(http.timeoutMs ?? 15_000),
      redirect: 'error',
    });
  } catch (error) {
    throw new ReplyPostError(502, `${platform}: ${what} failed: ${(error as Error).message}`);
  }
  if (!response.ok) {
    const reason = await reasonOf(response);
    const hint = response.status === 401 || response.status === 403 ? ` — ${authHint}` : '';
    throw new ReplyPostError(502, `${platform}: ${what} was refused (${response.status}${reason ? `: ${reason}` : ''})${hint}`);
  }
  try {
    return await response.json();
  } catch {
    throw new ReplyPostError(502, `${platform}: ${what} answered something that is not JSON`);
  }
}

/** The secret in environment variable `name`, or a 409 that says which variable to set. */
export function secretFromEnv(platform: string, name: string, env: NodeJS.ProcessEnv): string {
  const value = env[name]?.trim();
  if (!value) throw new ReplyPostError(409, `${platform}: environment variable ${name} is not set on the collector (it must hold the account's credential)`);
  return value;
}
