// Reads and drives UI inside a closed shadow root, which the page's scripts and Playwright's CSS locators
// cannot enter but the DevTools protocol can: the host's node described with `pierce` gives the root, the
// root resolved to a remote object runs our queries (Runtime.callFunctionOn), and clicks are real mouse
// clicks at the element's place. Every call finds the root again, so reloads and remounts are fine.
import type { CDPSession, Page } from 'playwright-core';

/** One step from the elements found so far to the ones under (or among) them. */
type Step = { css: string; hasText?: string } | { button: string } | { nth: number };

/** What the in-page query answers for each element it found. */
interface Found {
  text: string | null;
  attribute: string | null;
  /** Viewport rectangle, and whether a click at its centre would reach the element (asked for with `box`). */
  box?: { x: number; y: number; width: number; height: number; receivesClicks: boolean };
}

/** Whether to measure each element, and whether to scroll it into view first (clicks and screenshots). */
type Measure = 'no' | 'box' | 'scroll';

/** @default { timeout: 30_000, state: 'visible' } (what Playwright's locators wait for). */
export interface ShadowWaitOptions {
  timeout?: number;
  state?: 'attached' | 'detached' | 'visible';
}

// Runs in the page with `this` = the shadow root; a plain string so nothing is transpiled into it.
const QUERY = `function (steps, attribute, measure) {
  const normal = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  let scope = [this];
  for (const step of steps) {
    if ('nth' in step) { const one = scope.at(step.nth); scope = one ? [one] : []; continue; }
    const css = 'button' in step ? 'button, [role="button"]' : step.css;
    const found = new Set(scope.flatMap((el) => [...el.querySelectorAll(css)]));
    scope = [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if ('button' in step) scope = scope.filter((el) => normal(el.getAttribute('aria-label') || el.textContent) === step.button);
    else if (step.hasText !== undefined) scope = scope.filter((el) => normal(el.textContent).toLowerCase().includes(step.hasText.toLowerCase()));
  }
  return scope.map((el) => {
    const found = { text: el.textContent, attribute: attribute ? el.getAttribute(attribute) : null };
    if (measure !== 'no') {
      if (measure === 'scroll') el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const hit = this.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      found.box = { x: r.x, y: r.y, width: r.width, height: r.height, receivesClicks: hit !== null && el.contains(hit) };
    }
    return found;
  });
}`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
let groups = 0;

/** The shadow root (open or closed) of the first element matching `hostSelector` in the page's document. */
export class ClosedShadowRoot {
  constructor(
    readonly page: Page,
    readonly hostSelector: string,
  ) {}

  locator(css: string, options: { hasText?: string } = {}): ShadowLocator {
    return new ShadowLocator(this, [{ css, ...options }]);
  }

  /** A button whose accessible name (aria-label, else its text) is exactly `name`. */
  getByRole(_role: 'button', options: { name: string }): ShadowLocator {
    return new ShadowLocator(this, [{ button: options.name }]);
  }

  /** Runs the steps inside the root; an empty list when there is no host (or no root) yet. */
  async query(steps: readonly Step[], attribute?: string, measure: Measure = 'no'): Promise<Found[]> {
    return (await this.evaluate<Found[]>(QUERY, [steps, attribute ?? null, measure])) ?? [];
  }

  /**
   * Calls `functionDeclaration` with the shadow root as `this` (in the page's main world, through DevTools)
   * and returns its JSON value, awaiting a returned promise; undefined when there is no host or root yet.
   */
  async evaluate<T>(functionDeclaration: string, args: readonly unknown[] = []): Promise<T | undefined> {
    const cdp = await this.session();
    const objectGroup = `vigia-closed-shadow-${++groups}`;
    try {
      const { result: host } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(this.hostSelector)})`, objectGroup });
      if (!host.objectId) return undefined;
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
      const rootNode = node.shadowRoots?.[0];
      if (!rootNode) return undefined;
      const { object: root } = await cdp.send('DOM.resolveNode', { backendNodeId: rootNode.backendNodeId, objectGroup });
      const answer = await cdp.send('Runtime.callFunctionOn', {
        objectId: root.objectId!,
        functionDeclaration,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (answer.exceptionDetails) throw new Error(`e2e: closed shadow call failed: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
      return answer.result.value as T;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  }

  private session(): Promise<CDPSession> {
    let session = sessions.get(this.page);
    if (!session) sessions.set(this.page, (session = this.page.context().newCDPSession(this.page)));
    return session;
  }
}

/** A Playwright-like locator for elements inside a `ClosedShadowRoot` (the calls our page objects need). */
export class ShadowLocator {
  constructor(
    private readonly root: ClosedShadowRoot,
    private readonly steps: readonly Step[],
  ) {}

  locator(css: string, options: { hasText?: string } = {}): ShadowLocator {
    return new ShadowLocator(this.root, [...this.steps, { css, ...options }]);
  }

  getByRole(_role: 'button', options: { name: string }): ShadowLocator {
    return new ShadowLocator(this.root, [...this.steps, { button: options.name }]);
  }

  first(): ShadowLocator {
    return new ShadowLocator(this.root, [...this.steps, { nth: 0 }]);
  }

  /** How many elements match now (no waiting). */
  async count(): Promise<number> {
    return (await this.root.query(this.steps)).length;
  }

  async allTextContents(): Promise<string[]> {
    return (await this.root.query(this.steps)).map((found) => found.text ?? '');
  }

  /** The attribute of every element that matches now, in document order. */
  async allAttributes(name: string): Promise<(string | null)[]> {
    return (await this.root.query(this.steps, name)).map((found) => found.attribute);
  }

  async textContent(options: ShadowWaitOptions = {}): Promise<string | null> {
    return (await this.one(options)).text;
  }

  async getAttribute(name: string, options: ShadowWaitOptions = {}): Promise<string | null> {
    return (await this.one(options, name)).attribute;
  }

  async waitFor(options: ShadowWaitOptions = {}): Promise<void> {
    const state = options.state ?? 'visible';
    await this.poll(options, state === 'visible' ? 'box' : 'no', (found) => {
      if (state === 'detached') return found.length === 0 ? true : undefined;
      if (state === 'attached') return found.length > 0 ? true : undefined;
      return found.some((f) => f.box && f.box.width > 0 && f.box.height > 0) ? true : undefined;
    });
  }

  /** A real mouse click at the element's centre, once it is the one that would receive it. */
  async click(options: ShadowWaitOptions = {}): Promise<void> {
    const box = await this.poll(options, 'scroll', (found) => (this.strict(found)?.box?.receivesClicks ? found[0]!.box : undefined));
    await this.root.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The element's own rectangle of the page (it must be in the viewport, as the overlay is). */
  async screenshot(options: { path: string; timeout?: number }): Promise<void> {
    const box = await this.poll(options, 'scroll', (found) => {
      const one = this.strict(found);
      return one?.box && one.box.width > 0 && one.box.height > 0 ? one.box : undefined;
    });
    await this.root.page.screenshot({ path: options.path, clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
  }

  private async one(options: ShadowWaitOptions, attribute?: string): Promise<Found> {
    return this.poll(options, 'no', (found) => this.strict(found), attribute);
  }

  /** The single match, undefined while there is none; more than one is a mistake in the test (as in Playwright). */
  private strict(found: Found[]): Found | undefined {
    if (found.length > 1) throw new Error(`e2e: ${this.describe()} matches ${found.length} elements in the closed shadow root`);
    return found[0];
  }

  /** Asks again (soon, then every 100 ms) until `ready` gives a value or the time is up. */
  private async poll<T>(options: ShadowWaitOptions, measure: Measure, ready: (found: Found[]) => T | undefined, attribute?: string): Promise<T> {
    const deadline = Date.now() + (options.timeout ?? 30_000);
    for (let attempt = 0; ; attempt++) {
      let lastError: unknown;
      try {
        const value = ready(await this.root.query(this.steps, attribute, measure));
        if (value !== undefined) return value;
      } catch (error) {
        // A navigation in progress destroys the page's context; anything else is the test's mistake.
        if (!/context|navigat|(Cannot|Could not) find|No node/i.test(String(error))) throw error;
        lastError = error;
      }
      if (Date.now() >= deadline) throw new Error(`e2e: timed out waiting for ${this.describe()}${lastError ? ` (${String(lastError)})` : ''}`);
      await new Promise((resolve) => setTimeout(resolve, attempt < 3 ? 20 : 100));
    }
  }

  private describe(): string {
    const steps = this.steps.map((s) => ('nth' in s ? `nth=${s.nth}` : 'button' in s ? `button "${s.button}"` : s.hasText ? `${s.css} (has "${s.hasText}")` : s.css));
    return [this.root.hostSelector, '#shadow-root(closed)', ...steps].join(' >> ');
  }
}
