// Badges act only on what the user did: an event a page script dispatched (`isTrusted` false) is ignored,
// so a site's own code can never open a badge's menu or triage a mention in the user's name (issue 14).

/** `handler`, run only for events the browser made from real input. */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
