// What a refused action means, in the UI language: 401 (token), 403 (not allowed), 409 (not possible now).
import type { Translator } from '../../i18n/dictionary.ts';
import type { ActionResult } from './noise-result.ts';

export function actionErrorText(result: Extract<ActionResult<unknown>, { ok: false }>, t: Translator): string {
  if (result.status === 401) return t('reply.error401');
  if (result.status === 403) return t('reply.error403', { detail: result.detail });
  if (result.status === 409) return t('reply.error409', { detail: result.detail });
  return t('reply.error', { detail: result.detail });
}
