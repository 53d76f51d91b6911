import { expect, it } from 'vitest';
import { isInternalAddress, refusedDestination } from './address-guard.ts';

it('tells internal addresses from public ones, IPv4 and IPv6', () => {
  const internal = ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '255.255.255.255', '224.0.0.1',
    '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', 'ff02::1'];
  const external = ['8.8.8.8', '93.184.216.34', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2606:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808'];
  expect(internal.filter((ip) => !isInternalAddress(ip))).toEqual([]);
  expect(external.filter((ip) => isInternalAddress(ip))).toEqual([]);
  expect(isInternalAddress('not an address')).toBe(false);
});

it('lets the source reach its own host, and anything else only on the public internet', async () => {
  const source = new URL('http://127.0.0.1:8080/feed');
  const resolve = async (name: string) => (name === 'public.example' ? ['93.184.216.34'] : name === 'split.example' ? ['93.184.216.34', '10.0.0.1'] : ['192.168.0.10']);
  expect(await refusedDestination(source, new URL('http://127.0.0.1:8080/other'), resolve)).toBeUndefined();
  expect(await refusedDestination(source, new URL('https://public.example/x'), resolve)).toBeUndefined();
  expect(await refusedDestination(source, new URL('http://127.0.0.1:6379/'), resolve)).toBe('127.0.0.1:6379 is a private address (127.0.0.1)');
  expect(await refusedDestination(source, new URL('http://split.example/'), resolve)).toBe('split.example is a private address (10.0.0.1)');
  expect(await refusedDestination(source, new URL('http://router.lan/'), resolve)).toBe('router.lan is a private address (192.168.0.10)');
  expect(await refusedDestination(source, new URL('http://[::1]:8080/'), resolve)).toBe('[::1]:8080 is a private address (::1)');
  expect(await refusedDestination(source, new URL('http://app.localhost/'), resolve)).toBe('app.localhost is this machine');
  expect(await refusedDestination(source, new URL('ftp://public.example/'), resolve)).toBe('ftp: is not a web address');
  const unresolvable = async () => Promise.reject(new Error('ENOTFOUND'));
  expect(await refusedDestination(source, new URL('http://nowhere.example/'), unresolvable)).toBeUndefined();
});
