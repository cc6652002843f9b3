import { BlockList, isIP } from "node:net";

/**
 * Who is asking: the address the sign-in rate limit counts (and sessions record). `npm start`'s server
 * (scripts/start.ts) sets this header on every request from the connection itself, replacing whatever the client
 * sent; better-auth reads it and nothing else (lib/auth.ts).
 *
 * Why not X-Forwarded-For: `next start` passes a client's X-Forwarded-For through untouched and sets it from the
 * socket only when the request has none (next/dist/server/base-server.js, `??=`). Whoever reaches it directly can
 * therefore name a new address on every request, and a limit per address counts nothing.
 */
export const CLIENT_ADDRESS_HEADER = "x-newscompare-client-address";

/** The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses and CIDR ranges). */
export function trustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split("/") as [string, string | undefined];
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

const isTrusted = (address: string, proxies: BlockList) =>
  proxies.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client's address: the connection's own, unless the connection comes from a trusted proxy. Then the
 * X-Forwarded-For chain is read from the right (each proxy appends the address it was reached from), past every
 * trusted proxy, to the first address that is not one. Whatever stands left of that was written by the client and
 * proves nothing. An entry that is not a bare IP address ends the walk at the last trusted hop: all clients behind a
 * proxy that writes such entries share one address, which is safe, if slow for them.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: BlockList,
): string | undefined {
  if (!socketAddress || !isIP(socketAddress)) return undefined;
  let client = plain(socketAddress);
  const hops = [forwardedFor ?? []]
    .flat()
    .flatMap((h) => h.split(","))
    .map((h) => h.trim())
    .filter(Boolean);
  while (isTrusted(client, proxies)) {
    const hop = hops.pop();
    if (hop === undefined || !isIP(hop)) break;
    client = plain(hop);
  }
  return client;
}

/** Sets CLIENT_ADDRESS_HEADER on an incoming request's headers, replacing any value the client sent. */
export function setClientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  proxies: BlockList,
): void {
  const address = clientAddress(socketAddress, headers["x-forwarded-for"], proxies);
  if (address) headers[CLIENT_ADDRESS_HEADER] = address;
  else delete headers[CLIENT_ADDRESS_HEADER];
}

/**
 * Set by scripts/start.ts before Next.js loads the app: in this process every request's CLIENT_ADDRESS_HEADER was
 * written by the server. Under `next start` or `next dev` it was not (a client could send it), so better-auth is
 * given no address header at all and counts every client in one bucket: slow for a crowd, never bypassed.
 */
const SERVER_SETS_ADDRESS = Symbol.for("newscompare.server-sets-client-address");

export function serverSetsClientAddress(): void {
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_ADDRESS] = true;
}

/** The headers better-auth may read the client's address from (`advanced.ipAddress.ipAddressHeaders`). */
export const clientAddressHeaders = (): string[] =>
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_ADDRESS] === true ? [CLIENT_ADDRESS_HEADER] : [];
