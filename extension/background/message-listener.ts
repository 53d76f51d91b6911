// Connects the typed handlers to runtime.onMessage; answers through sendResponse, which Chrome and
// Firefox both honour (a returned promise only where the runtime passes no sendResponse, as in tests).
import { browser } from '#imports';
import { handleMessage, isMessageEnvelope, type MessageHandlers } from '../messages.ts';

export function listenForMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse?: (answer: unknown) => void) => {
    // Not ours: let other listeners answer.
    if (!isMessageEnvelope(message)) return undefined;
    const answer = handleMessage(handlers, message);
    if (typeof sendResponse !== 'function') return answer;
    void answer.then(sendResponse);
    return true;
  });
}
