import { describe, expect, it } from "vitest";
import { actionBodyLimitFor, isActionBodyTooLarge } from "@/lib/validation/action-body-limit";

const MB = 1024 * 1024;

describe("the body a form may post to a page", () => {
  it("is 6 MB everywhere but the Open SDG import page (a 50 MB zip) and a value's page (20 MB of evidence)", () => {
    expect(actionBodyLimitFor("/sign-in")).toBe(6 * MB);
    expect(actionBodyLimitFor("/cycles/DMD/2025/entry")).toBe(6 * MB);
    expect(actionBodyLimitFor("/frameworks/import")).toBe(51 * MB);
    expect(actionBodyLimitFor("/frameworks/import/other")).toBe(6 * MB);
    expect(actionBodyLimitFor("/values/3f2c")).toBe(21 * MB);
    expect(actionBodyLimitFor("/values/3f2c/history")).toBe(6 * MB);
  });

  it("refuses a POST whose declared length is over its page's limit, and nothing else", () => {
    expect(isActionBodyTooLarge("POST", "/sign-in", String(6 * MB + 1))).toBe(true);
    expect(isActionBodyTooLarge("POST", "/sign-in", String(6 * MB))).toBe(false);
    expect(isActionBodyTooLarge("POST", "/frameworks/import", String(50 * MB))).toBe(false);
    expect(isActionBodyTooLarge("GET", "/sign-in", String(60 * MB))).toBe(false);
    expect(isActionBodyTooLarge("POST", "/sign-in", null)).toBe(false);
    expect(isActionBodyTooLarge("POST", "/sign-in", "not a number")).toBe(false);
  });
});
