import { describe, expect, it } from 'vitest';
import type { Alert } from './alert.ts';
import { toSlackMessage } from './slack-message.ts';

const alert: Alert = {
  id: 'mention:abc',
  kind: 'mention',
  raisedAt: '2026-11-20T10:30:00.000Z',
  brand: 'Lumora',
  priority: 82,
  summary: 'Negative reddit post by @marta_rz (priority 82)',
  mention: {
    id: 'abc',
    platform: 'reddit',
    url: 'https://www.reddit.com/r/LumoraES/comments/abc/x/?a=1&b=2',
    author: { handle: 'marta_rz', url: 'https://www.reddit.com/user/marta_rz' },
    title: 'Sin fibra <otra> vez',
    text: 'Tercera vez & nadie viene <@U123> <!channel>\nNunca más',
    priority: 82,
  },
};

describe('toSlackMessage', () => {
  it('gives a plain text line and blocks, escaping everything the author wrote', () => {
    expect(toSlackMessage(alert)).toEqual({
      text: ':rotating_light: Negative reddit post by @marta_rz (priority 82) https://www.reddit.com/r/LumoraES/comments/abc/x/?a=1&amp;b=2',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*:rotating_light: Negative reddit post by @marta_rz (priority 82)*' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Sin fibra &lt;otra&gt; vez*\n>Tercera vez &amp; nadie viene &lt;@U123&gt; &lt;!channel&gt;\n>Nunca más' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '<https://www.reddit.com/user/marta_rz|@marta_rz> · reddit · priority 82 · <https://www.reddit.com/r/LumoraES/comments/abc/x/?a=1&b=2|open>' }] },
      ],
    });
  });

  it('shows a spike headline and does not link a URL that is not http(s)', () => {
    const spike = toSlackMessage({ ...alert, id: 'spike:Lumora:2026-11-20T10:00:00.000Z', kind: 'spike', summary: 'Negative spike for Lumora: 9 negative mentions this hour (usually 1.2)', mention: { ...alert.mention!, url: 'javascript:alert(1)', title: undefined } });
    expect(spike.text).toBe(':chart_with_upwards_trend: Negative spike for Lumora: 9 negative mentions this hour (usually 1.2) javascript:alert(1)');
    expect(JSON.stringify(spike.blocks)).not.toContain('<javascript:');
  });
});
