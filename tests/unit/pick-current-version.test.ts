import { describe, expect, it } from "vitest";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";

type Version = { number: number; status: FrameworkVersionStatus; label: string };
const version = (number: number, status: FrameworkVersionStatus): Version => ({ number, status, label: `v${number}` });

describe("pickCurrentVersion", () => {
  it("prefers the newest approved version over a newer draft", () => {
    const versions = [version(1, "SUPERSEDED"), version(3, "DRAFT"), version(2, "APPROVED")];
    expect(pickCurrentVersion(versions)).toBe(versions[2]);
  });

  it("prefers the newest approved version over a newer version in consultation", () => {
    const versions = [version(2, "APPROVED"), version(3, "IN_CONSULTATION")];
    expect(pickCurrentVersion(versions)?.number).toBe(2);
  });

  it("takes the newest of several approved versions", () => {
    const versions = [version(2, "APPROVED"), version(4, "APPROVED"), version(3, "APPROVED"), version(5, "DRAFT")];
    expect(pickCurrentVersion(versions)?.number).toBe(4);
  });

  it.each<[string, Version[], number]>([
    ["a newer draft over an older consultation version", [version(1, "IN_CONSULTATION"), version(2, "DRAFT")], 2],
    ["a newer consultation version over an older draft", [version(2, "IN_CONSULTATION"), version(1, "DRAFT")], 2],
    ["an older draft over a newer superseded version", [version(1, "DRAFT"), version(3, "SUPERSEDED")], 1],
  ])("without an approved version, takes the newest non-superseded one: %s", (_label, versions, expected) => {
    expect(pickCurrentVersion(versions)?.number).toBe(expected);
  });

  it("falls back to the newest version when all are superseded", () => {
    const versions = [version(1, "SUPERSEDED"), version(3, "SUPERSEDED"), version(2, "SUPERSEDED")];
    expect(pickCurrentVersion(versions)?.number).toBe(3);
  });

  it("returns the only version whatever its status", () => {
    expect(pickCurrentVersion([version(1, "DRAFT")])?.number).toBe(1);
  });

  it("returns null without versions", () => {
    expect(pickCurrentVersion([])).toBeNull();
  });

  it("returns the caller's object and leaves the array order alone", () => {
    const versions = [version(1, "APPROVED"), version(2, "DRAFT")];
    const picked = pickCurrentVersion(versions);
    expect(picked).toBe(versions[0]);
    expect(picked?.label).toBe("v1");
    expect(versions.map((entry) => entry.number)).toEqual([1, 2]);
  });
});
