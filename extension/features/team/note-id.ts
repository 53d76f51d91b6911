// A note id made in the browser, so a note written offline can be edited or deleted before the collector
// has it, and sending it twice stores it once (the collector accepts 8–64 of A-Za-z0-9_-).
export const newNoteId = (): string => `n_${crypto.randomUUID().replaceAll('-', '')}`;
