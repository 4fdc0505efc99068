/**
 * Issue 18, item 9: malformed addresses and cross-site server actions are answered by proxy.ts
 * with a 4xx before anything else reads them (each used to end as a 500).
 */
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { hasMalformedEscape, isCrossSiteServerAction } from "@/lib/auth/cross-site-action";
import { proxy } from "@/proxy";

const COOKIE = "capacitas.session_token=abc.def";

function page(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new NextRequest(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });
}

function action(headers: Record<string, string>) {
  return page("/cycles", {
    method: "POST",
    headers: { cookie: COOKIE, "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", host: "localhost:3000", ...headers },
    body: "[]",
  });
}

describe("proxy: malformed addresses", () => {
  it.each(["/frameworks/%E0%A4%A", "/values/%", "/cycles/%ZZ/2025"])("answers 400 to %s, naming the problem", async (path) => {
    const response = proxy(page(path, { headers: { cookie: COOKIE } }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("malformed percent-escape");
  });

  it("lets an address with U+3000 through, encoded, to the sign-in redirect with next", () => {
    const response = proxy(page("/frameworks/%E3%80%80x"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("next")).toBe("/frameworks/%E3%80%80x");
  });
});

describe("proxy: server actions from another site", () => {
  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["a look-alike host", { origin: "http://localhost:3000.evil.example" }],
    ['Origin "null"', { origin: "null" }],
    ["an Origin that is no URL", { origin: "not a url" }],
    ["a forged X-Forwarded-Host that differs from the Origin", { origin: "http://localhost:3000", "x-forwarded-host": "evil.example" }],
  ])("answers 403, not 500, to %s", async (_name, headers) => {
    const response = proxy(action(headers));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Cross-site request refused");
  });

  it("refuses a multipart form posted from another site (an action without JavaScript)", () => {
    const request = page("/cycles", {
      method: "POST",
      headers: {
        cookie: COOKIE,
        "content-type": "multipart/form-data; boundary=x",
        host: "localhost:3000",
        origin: "https://evil.example",
      },
      body: "--x--",
    });
    expect(proxy(request).status).toBe(403);
  });

  it("lets same-site actions, and requests that are no action, through", () => {
    expect(proxy(action({ origin: "http://localhost:3000" })).status).toBe(200);
    expect(proxy(page("/cycles", { headers: { cookie: COOKIE } })).status).toBe(200);
    expect(isCrossSiteServerAction("POST", new Headers({ origin: "https://evil.example", "content-type": "application/json" }))).toBe(
      false,
    );
    expect(isCrossSiteServerAction("GET", new Headers({ origin: "https://evil.example", "next-action": "1" }))).toBe(false);
    // No Origin: not a browser's cross-site request; Next.js decides.
    expect(isCrossSiteServerAction("POST", new Headers({ "next-action": "1", host: "localhost:3000" }))).toBe(false);
  });

  it("reads a well-formed path as well-formed", () => {
    expect(hasMalformedEscape("/frameworks/DMD%20X/versions/2")).toBe(false);
    expect(hasMalformedEscape("/frameworks/%E0%A4%A")).toBe(true);
  });
});
