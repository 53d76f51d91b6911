// Background service worker: keeps Dexie in sync with the collector.
export default defineBackground(() => {});
