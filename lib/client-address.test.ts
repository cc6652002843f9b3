import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, setClientAddress, trustedProxies } from "./client-address";
import { envSchema } from "./env";

const NONE = trustedProxies([]);
const NGINX = trustedProxies(["127.0.0.1"]);
const CLUSTER = trustedProxies(["10.0.0.0/8", "fd00::/8"]);

const CASES: Array<
  [
    name: string,
    socket: string | undefined,
    forwardedFor: string | string[] | undefined,
    proxies: ReturnType<typeof trustedProxies>,
    expected: string | undefined,
  ]
> = [
  ["a direct client", "203.0.113.7", undefined, NONE, "203.0.113.7"],
  ["a direct client naming another address", "203.0.113.7", "198.51.100.1", NONE, "203.0.113.7"],
  ["a direct client naming a chain", "203.0.113.7", "198.51.100.1, 10.0.0.2", NONE, "203.0.113.7"],
  ["a direct client sending the header twice", "203.0.113.7", ["198.51.100.1", "198.51.100.2"], NONE, "203.0.113.7"],
  ["a direct client naming a trusted proxy", "203.0.113.7", "127.0.0.1", NGINX, "203.0.113.7"],
  ["an IPv4 client on a dual-stack socket", "::ffff:203.0.113.7", "198.51.100.1", NONE, "203.0.113.7"],
  ["an IPv6 client", "2001:db8::7", "198.51.100.1", NONE, "2001:db8::7"],
  ["no proxy configured: the proxy is the client", "127.0.0.1", "203.0.113.7", NONE, "127.0.0.1"],
  ["behind a trusted proxy", "127.0.0.1", "203.0.113.7", NGINX, "203.0.113.7"],
  ["behind a trusted proxy, on a dual-stack socket", "::ffff:127.0.0.1", "203.0.113.7", NGINX, "203.0.113.7"],
  [
    "behind a trusted proxy, the client's own prefix ignored",
    "127.0.0.1",
    "198.51.100.66, 203.0.113.7",
    NGINX,
    "203.0.113.7",
  ],
  ["behind two trusted proxies", "10.0.0.3", "203.0.113.7, 10.0.0.2", CLUSTER, "203.0.113.7"],
  [
    "behind two trusted proxies, a spoofed prefix",
    "10.0.0.3",
    "1.2.3.4, 203.0.113.7, 10.0.0.2",
    CLUSTER,
    "203.0.113.7",
  ],
  ["behind trusted proxies, over IPv6", "fd00::3", "2001:db8::7, fd00::2", CLUSTER, "2001:db8::7"],
  [
    "behind a trusted proxy, the header split over two lines",
    "10.0.0.3",
    ["203.0.113.7", "10.0.0.2"],
    CLUSTER,
    "203.0.113.7",
  ],
  ["a trusted proxy that sends no header: itself", "127.0.0.1", undefined, NGINX, "127.0.0.1"],
  ["only trusted hops: the first of them", "10.0.0.3", "10.0.0.1, 10.0.0.2", CLUSTER, "10.0.0.1"],
  ["a hop that is not an address: the last trusted hop", "10.0.0.3", "203.0.113.7, unknown", CLUSTER, "10.0.0.3"],
  ["a hop with a port: the last trusted hop", "127.0.0.1", "203.0.113.7:4711", NGINX, "127.0.0.1"],
  ["an empty header from a trusted proxy", "127.0.0.1", "", NGINX, "127.0.0.1"],
  ["an untrusted address inside the trusted range's neighbour", "11.0.0.1", "203.0.113.7", CLUSTER, "11.0.0.1"],
  ["no socket address (the connection is gone)", undefined, "203.0.113.7", NGINX, undefined],
];

describe("clientAddress", () => {
  it.each(CASES)("%s", (_name, socket, forwardedFor, proxies, expected) => {
    expect(clientAddress(socket, forwardedFor, proxies)).toBe(expected);
  });
});

describe("setClientAddress", () => {
  it("replaces the address a client sent in the header itself", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "198.51.100.1",
      [CLIENT_ADDRESS_HEADER]: "198.51.100.2",
    };
    setClientAddress(headers, "203.0.113.7", NONE);
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
  });

  it("removes it when the connection has no address", () => {
    const headers: Record<string, string | string[] | undefined> = { [CLIENT_ADDRESS_HEADER]: "198.51.100.2" };
    setClientAddress(headers, undefined, NONE);
    expect(headers).not.toHaveProperty(CLIENT_ADDRESS_HEADER);
  });
});

describe("TRUSTED_PROXIES", () => {
  it.each([
    ["unset", undefined, []],
    ["one address", "127.0.0.1", ["127.0.0.1"]],
    ["ranges of both families, spaced", " 10.0.0.0/8 , fd00::/8,", ["10.0.0.0/8", "fd00::/8"]],
  ])("%s", (_name, value, expected) => {
    expect(envSchema.parse({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toEqual(expected);
  });

  it.each([
    ["a host name", "proxy.internal"],
    ["a range too wide", "10.0.0.0/33"],
    ["an address with a port", "127.0.0.1:80"],
  ])("refuses %s", (_name, value) => {
    const r = envSchema.safeParse({ TRUSTED_PROXIES: value });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("TRUSTED_PROXIES");
  });
});
