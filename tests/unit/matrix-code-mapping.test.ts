/**
 * The old → new code mapping a new version carries (lib/matrix/code-mapping.ts): its schema,
 * its checks against the two versions, with messages people can act on, and the series it
 * makes continue (follow-series.ts).
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { codeMappingSchema, type CodeMapping } from "@/lib/matrix/code-mapping";
import { findCodeMappingProblems } from "@/lib/matrix/find-code-mapping-problems";
import { followSeries } from "@/lib/matrix/follow-series";
import { requireValidCodeMapping } from "@/lib/matrix/require-valid-code-mapping";
import { baseMatrix, findArea, findIndicator, nextVersionOf, takeIndicator } from "../fixtures/matrix-versions";

/** Old: the base matrix. New: A.1 is A.1.1, B.1 is gone, B.1a and B.1b are new. */
function versions() {
  const before = baseMatrix();
  const after = nextVersionOf(before);
  findIndicator(after, "A.1").code = "A.1.1";
  takeIndicator(after, "B.1");
  findArea(after, "B").indicators!.push(
    { code: "B.1a", name: "Labour agreements", valueType: "NUMBER" },
    { code: "B.1b", name: "Social security agreements", valueType: "NUMBER" },
  );
  return { before, after };
}

describe("code mapping schema", () => {
  it("accepts the four kinds of entry", () => {
    const mapping = [
      { kind: "renamed", from: "A.1", to: "A.1.1", note: "New numbering" },
      { kind: "split", from: "B.1", to: ["B.1a", "B.1b"] },
      { kind: "merged", from: ["B.2", "B.3"], to: "B.23" },
      { kind: "retired", from: "C.1" },
    ];
    expect(codeMappingSchema.parse(mapping)).toEqual(mapping);
  });

  it.each([
    ["a split into one code", [{ kind: "split", from: "B.1", to: ["B.1a"] }], "List at least 2 new codes"],
    ["a merge that lists a code twice", [{ kind: "merged", from: ["B.2", "B.2"], to: "B.23" }], "List each old code once"],
    ["a rename to the same code", [{ kind: "renamed", from: "A.1", to: "A.1" }], "A renamed code needs a different new code"],
    ["a code with a space", [{ kind: "retired", from: "A 1" }], "Use letters, digits, dot, dash or underscore"],
    ["an unknown field", [{ kind: "retired", from: "A.1", to: "A.2" }], "Unrecognized key"],
  ])("refuses %s", (_, input, message) => {
    const parsed = codeMappingSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message).join(" | ")).toContain(message);
  });

  it("refuses an unknown kind", () => {
    expect(codeMappingSchema.safeParse([{ kind: "moved", from: "A.1", to: "A.2" }]).success).toBe(false);
  });
});

describe("findCodeMappingProblems", () => {
  it("accepts a mapping that fits the two versions", () => {
    const { before, after } = versions();
    const mapping: CodeMapping = [
      { kind: "renamed", from: "A.1", to: "A.1.1" },
      { kind: "split", from: "B.1", to: ["B.1a", "B.1b"] },
    ];
    expect(findCodeMappingProblems(mapping, before, after)).toEqual([]);
  });

  it.each<[string, CodeMapping, { entry: number; side: "from" | "to"; code: string; message: string }]>([
    [
      "an old code the old version lacks",
      [{ kind: "renamed", from: "Z.9", to: "A.1.1" }],
      { entry: 1, side: "from", code: "Z.9", message: "The old version has no indicator Z.9" },
    ],
    [
      "a new code the new version lacks",
      [{ kind: "split", from: "B.1", to: ["B.1a", "B.1c"] }],
      { entry: 1, side: "to", code: "B.1c", message: "The new version has no indicator B.1c" },
    ],
    [
      "an old code mapped twice",
      [
        { kind: "renamed", from: "A.1", to: "A.1.1" },
        { kind: "merged", from: ["A.1", "B.1"], to: "B.1a" },
      ],
      { entry: 2, side: "from", code: "A.1", message: "Old code A.1 is already mapped in entry 1; map an old code once" },
    ],
    [
      "a new code continuing two entries",
      [
        { kind: "renamed", from: "A.1", to: "A.1.1" },
        { kind: "split", from: "B.1", to: ["B.1a", "A.1.1"] },
      ],
      {
        entry: 2,
        side: "to",
        code: "A.1.1",
        message: "New code A.1.1 is already the new code of entry 1; a new code continues one entry only",
      },
    ],
    [
      "a retired code still in the new version",
      [{ kind: "retired", from: "A.2" }],
      { entry: 1, side: "from", code: "A.2", message: "A.2 is retired, but the new version still has an indicator A.2" },
    ],
    [
      "a renamed code that the new version still uses for another indicator",
      [{ kind: "renamed", from: "A.2", to: "B.1a" }],
      {
        entry: 1,
        side: "from",
        code: "A.2",
        message:
          "A.2 is renamed, but the new version still has an indicator A.2; map that indicator as the new code of an entry, or leave A.2 out of the mapping",
      },
    ],
    [
      "a new code that the old version used for another indicator",
      [{ kind: "merged", from: ["A.1", "B.1"], to: "A.3" }],
      {
        entry: 1,
        side: "to",
        code: "A.3",
        message: "A.3 already exists in the old version; map the old A.3 too (renamed, merged or retired), or choose another new code",
      },
    ],
  ])("refuses %s, saying so", (_, mapping, problem) => {
    const { before, after } = versions();
    expect(findCodeMappingProblems(mapping, before, after)).toContainEqual(problem);
  });

  it("accepts a merge into one of the merged codes (B.3 absorbs B.2)", () => {
    const before = baseMatrix();
    const after = nextVersionOf(before);
    takeIndicator(after, "B.2");
    expect(findCodeMappingProblems([{ kind: "merged", from: ["B.2", "B.3"], to: "B.3" }], before, after)).toEqual([]);
  });

  it("lists every problem, in entry order", () => {
    const { before, after } = versions();
    const problems = findCodeMappingProblems(
      [
        { kind: "retired", from: "A.2" },
        { kind: "renamed", from: "Z.1", to: "Z.2" },
      ],
      before,
      after,
    );
    expect(problems.map((problem) => [problem.entry, problem.side, problem.code])).toEqual([
      [1, "from", "A.2"],
      [2, "from", "Z.1"],
      [2, "to", "Z.2"],
    ]);
  });
});

describe("requireValidCodeMapping", () => {
  it("returns the parsed mapping when it fits", () => {
    const { before, after } = versions();
    expect(requireValidCodeMapping([{ kind: "renamed", from: "A.1", to: "A.1.1" }], before, after)).toEqual([
      { kind: "renamed", from: "A.1", to: "A.1.1" },
    ]);
  });

  it("refuses an input that is not a mapping with its field errors", () => {
    const { before, after } = versions();
    const error = catchError(() => requireValidCodeMapping([{ kind: "split", from: "B.1", to: ["B.1a"] }], before, after));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fieldErrors).toEqual({ "codeMapping.0.to": ["List at least 2 new codes"] });
  });

  it("refuses a mapping that does not fit the versions, entry by entry", () => {
    const { before, after } = versions();
    const error = catchError(() =>
      requireValidCodeMapping(
        [
          { kind: "renamed", from: "A.1", to: "A.1.1" },
          { kind: "retired", from: "A.2" },
        ],
        before,
        after,
      ),
    );
    expect(error.message).toBe("The code mapping does not fit the two versions (1 problem)");
    expect(error.fieldErrors).toEqual({
      "codeMapping.1.from": ["Entry 2: A.2 is retired, but the new version still has an indicator A.2"],
    });
  });
});

describe("followSeries", () => {
  it("says which old codes each new code continues", () => {
    const series = followSeries([
      { kind: "renamed", from: "A.1", to: "A.1.1" },
      { kind: "split", from: "B.1", to: ["B.1a", "B.1b"] },
      { kind: "merged", from: ["B.2", "B.3"], to: "B.23" },
      { kind: "retired", from: "C.1" },
    ]);
    expect(Object.fromEntries(series)).toEqual({
      "A.1.1": ["A.1"],
      "B.1a": ["B.1"],
      "B.1b": ["B.1"],
      "B.23": ["B.2", "B.3"],
    });
    // A code the mapping does not name continues its own series.
    expect(series.has("A.2")).toBe(false);
  });

  it("follows a swap both ways", () => {
    const series = followSeries([
      { kind: "renamed", from: "B.1", to: "B.2" },
      { kind: "renamed", from: "B.2", to: "B.1" },
    ]);
    expect(series.get("B.1")).toEqual(["B.2"]);
    expect(series.get("B.2")).toEqual(["B.1"]);
  });
});

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected an AppError");
}
