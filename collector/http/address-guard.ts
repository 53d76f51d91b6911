// Where a redirect (or a link found in a page) may take the collector: never from a public source to the
// machine it runs on or its private network. A source configured on such an address may still use it.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Every address a host name resolves to. */
export type ResolveHost = (hostname: string) => Promise<string[]>;

export const systemResolve: ResolveHost = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** IPv4 ranges that are not the public internet: [first octets as a number, prefix length]. */
const INTERNAL_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 3], // multicast, reserved, broadcast
];

const v4ToNumber = (ip: string): number => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);

function isInternalV4(ip: string): boolean {
  const n = v4ToNumber(ip);
  return INTERNAL_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToNumber(base) / 2 ** (32 - bits)));
}

/** The eight 16-bit groups of an IPv6 address (an embedded dotted IPv4 tail becomes the last two). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const n = v4ToNumber(dotted);
    text = `${text.slice(0, -dotted.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function isInternalV6(ip: string): boolean {
  const g = v6Groups(ip);
  const first = g[0]!;
  const embeddedV4 = () => `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, which includes :: and ::1)
    return g[5] === 0 && g[6] === 0 && g[7]! <= 1 ? true : isInternalV4(embeddedV4());
  }
  if (first === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isInternalV4(embeddedV4()); // NAT64
  return (first & 0xfe00) === 0xfc00 /* unique-local */ || (first & 0xffc0) === 0xfe80 /* link-local */ || (first & 0xffc0) === 0xfec0 /* site-local */ || (first & 0xff00) === 0xff00; /* multicast */
}

/** True for loopback, private (RFC 1918, unique-local), link-local, unspecified and other non-public addresses. */
export function isInternalAddress(ip: string): boolean {
  const family = isIP(ip.split('%')[0] ?? '');
  if (family === 4) return isInternalV4(ip);
  if (family === 6) return isInternalV6(ip);
  return false;
}

/**
 * Why the collector must not go from `source` to `target`, or undefined when it may: a non-web scheme, or a
 * different host (name or port) that is, or resolves to, an internal address. A name that does not resolve is
 * left to the request itself to report.
 */
export async function refusedDestination(source: URL, target: URL, resolve: ResolveHost = systemResolve): Promise<string | undefined> {
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return `${target.protocol} is not a web address`;
  if (target.host === source.host) return undefined;
  const hostname = target.hostname.replace(/^\[|\]$/g, '');
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return `${target.host} is this machine`;
  let addresses: string[];
  try {
    addresses = isIP(hostname) ? [hostname] : await resolve(hostname);
  } catch {
    return undefined;
  }
  const internal = addresses.find(isInternalAddress);
  return internal === undefined ? undefined : `${target.host} is a private address (${internal})`;
}
