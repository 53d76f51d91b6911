// After the extension is reloaded or updated, old content scripts lose their runtime: routine, not a bug.

/** True for the errors a content script gets once its extension context is gone. */
export const isContextInvalidated = (error: unknown): boolean =>
  error instanceof Error && /Extension context invalidated|Receiving end does not exist|message port closed/i.test(error.message);
