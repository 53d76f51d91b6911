// The extension's fixed identity: the manifest key pins the Chrome id, so the collector's CORS can
// admit exactly this origin by default (no private key exists or is needed for unpacked installs).

/** Public key (DER, base64) placed in the manifest's `key` field. */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAon857JcWTmvDI+AHHcWEW7J8nbUl6GjhobkNgQV3IOgipNMwRHi6JrZyvSj8WuNe/F0d6h/d2gcdU/Mmu01RCysJje7fp0uJ2lG2OqfmgEr5oQBPJyRhZxmguNS+dw5M4igs+i+LfM/9EE4hPQD95hi/zkGCVtgYBgLMm5WeRH7Bz5WHPHWaQedyPaw6N52N6aefDILkko/yfyxzEH0/QAxhJ4wPHIko7GP0Me8hslbu4iKAPluE6zi5OJ7tBKoKygN/pIdXLYgu0JjY/CZWp7MXVk4nMgFAs1mvOlssdkz2Ux0NoxrupfOfbaTq0MBpeD1Nocjnyx2qVmRtM5R3QQIDAQAB';

/** The Chrome extension id that Chrome derives from EXTENSION_PUBLIC_KEY. */
export const EXTENSION_ID = 'cbihkdogacfnilelpfaoidnhkfommibe';

/** The origin the collector's CORS admits by default. */
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** Firefox add-on id (Firefox gives each install its own moz-extension:// origin; add it in the config). */
export const GECKO_ID = 'vigia@vigia.dev';
