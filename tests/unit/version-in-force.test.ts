import { describe, expect, it } from "vitest";
import { versionInForce, type VersionHistoryEntry } from "@/lib/frameworks/version-in-force";

const v1: VersionHistoryEntry = { id: "v1", number: 1, status: "SUPERSEDED", approvedAt: new Date("2018-05-10T00:00:00Z") };
const v2: VersionHistoryEntry = { id: "v2", number: 2, status: "APPROVED", approvedAt: new Date("2021-03-01T00:00:00Z") };
const draft: VersionHistoryEntry = { id: "v3", number: 3, status: "DRAFT", approvedAt: null };
const context = (cycles: [number, string][] = []) => ({
  versions: [v1, v2, draft],
  cycleVersionByYear: new Map(cycles),
  currentVersionId: "v2",
});

describe("versionInForce", () => {
  it("takes the version a year's reporting cycle ran on, whatever was approved later", () => {
    expect(versionInForce(2022, context([[2022, "v1"]]))).toBe("v1");
  });

  it("without a cycle, takes the newest version approved by the end of the year", () => {
    expect(versionInForce(2018, context())).toBe("v1");
    expect(versionInForce(2020, context())).toBe("v1");
    expect(versionInForce(2021, context())).toBe("v2");
    expect(versionInForce(2030, context())).toBe("v2");
  });

  it("judges years before any approval by the first approved version, and never by a draft", () => {
    expect(versionInForce(2010, context())).toBe("v1");
    expect(versionInForce(2010, { versions: [draft], cycleVersionByYear: new Map(), currentVersionId: "v3" })).toBe("v3");
  });
});
