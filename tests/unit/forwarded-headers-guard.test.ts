/**
 * The forwarded-header guard on a real HTTP server (lib/auth/forwarded-headers-guard.ts):
 * without TRUSTED_PROXIES, a client's X-Forwarded-* and a forged peer header never reach the
 * request handler, and the client address is the socket's.
 */
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER, trustedForwardedHeader } from "@/lib/auth/client-address";
import { installForwardedHeadersGuard } from "@/lib/auth/forwarded-headers-guard";

let server: http.Server;
let seen: IncomingHttpHeaders | undefined;

beforeAll(async () => {
  delete process.env.TRUSTED_PROXIES;
  installForwardedHeadersGuard();
  server = http.createServer((request, response) => {
    seen = request.headers;
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("drops forged forwarded headers before the handler sees them, and names the real peer", async () => {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/`, {
    headers: {
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "5.6.7.8",
      [PEER_ADDRESS_HEADER]: "9.9.9.9",
    },
  });
  expect(await response.text()).toBe("ok");
  expect(seen).toBeDefined();
  expect(seen!["x-forwarded-for"]).toBeUndefined();
  expect(seen!["x-forwarded-host"]).toBeUndefined();
  expect(seen!["x-real-ip"]).toBeUndefined();
  expect(seen![PEER_ADDRESS_HEADER]).toBe("127.0.0.1");
  const headers = new Headers(Object.entries(seen!).map(([name, value]): [string, string] => [name, String(value)]));
  expect(clientAddressFrom(headers)).toBe("127.0.0.1");
});

describe("trustedForwardedHeader (the API's Origin check, issue 18 item 9)", () => {
  const headers = (peer: string) =>
    new Headers({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-host": "tracker.gov.example, inner", "x-forwarded-proto": "https" });

  it("reads X-Forwarded-Host and -Proto from a trusted proxy, first value only", () => {
    const options = { trustedProxies: ["10.0.0.0/8"], isGuarded: true };
    expect(trustedForwardedHeader(headers("10.1.2.3"), "x-forwarded-host", options)).toBe("tracker.gov.example");
    expect(trustedForwardedHeader(headers("10.1.2.3"), "x-forwarded-proto", options)).toBe("https");
  });

  it("ignores them from anyone else, with no trusted proxies (the default), or without the guard", () => {
    expect(
      trustedForwardedHeader(headers("203.0.113.9"), "x-forwarded-host", { trustedProxies: ["10.0.0.0/8"], isGuarded: true }),
    ).toBeNull();
    expect(trustedForwardedHeader(headers("10.1.2.3"), "x-forwarded-host", { trustedProxies: [], isGuarded: true })).toBeNull();
    expect(
      trustedForwardedHeader(headers("10.1.2.3"), "x-forwarded-host", { trustedProxies: ["10.0.0.0/8"], isGuarded: false }),
    ).toBeNull();
  });
});
