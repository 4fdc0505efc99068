import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";

const ORIGIN = "https://capacitas.gov.example";

describe("safeRedirectPath", () => {
  it.each([
    ["/", "/"],
    ["/frameworks", "/frameworks"],
    ["/frameworks/MGI/progress?year=2024#area-1", "/frameworks/MGI/progress?year=2024#area-1"],
    ["/cycles/../frameworks", "/frameworks"],
    // Kept encoded, it is a path segment to the browser, not a tab it would strip.
    ["/%09/evil.example", "/%09/evil.example"],
  ])("keeps the application's own path %j as %j", (next, expected) => {
    expect(safeRedirectPath(next, ORIGIN)).toBe(expected);
  });

  it.each([
    ["the query string's /%09/evil.example once decoded", "/\t/evil.example"],
    ["a newline after the slash", "/\n/evil.example"],
    ["a protocol-relative URL", "//evil.example/steal"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a dot segment that leaves //evil.example", "/.//evil.example"],
    ["an absolute URL", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "frameworks"],
    ["an empty string", ""],
    ["a malformed percent-escape", "/frameworks/%E0%A4%A"],
  ])("sends %s to / (%j)", (_case, next) => {
    expect(safeRedirectPath(next, ORIGIN)).toBe("/");
  });

  it("percent-encodes characters a header cannot carry, such as U+3000", () => {
    expect(safeRedirectPath("/frameworks\u3000x", ORIGIN)).toBe("/frameworks%E3%80%80x");
  });

  it.each([[null], [undefined], [42], [new File(["/"], "next.txt")]])("sends a missing or non-text next (%j) to /", (next) => {
    expect(safeRedirectPath(next, ORIGIN)).toBe("/");
  });

  it("compares against the application's origin whatever its port", () => {
    expect(safeRedirectPath("/audit", "http://localhost:3100")).toBe("/audit");
    expect(safeRedirectPath("//localhost:3101/audit", "http://localhost:3100")).toBe("/");
  });
});
