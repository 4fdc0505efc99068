import { describe, expect, it } from "vitest";
import { readSaveProblems, type RowState } from "@/app/(app)/cycles/[framework]/[year]/entry/entry-form-state";

const row: RowState = { value: "", comment: "", source: "", evidenceUrl: "", version: 1, status: "DRAFT", returnReason: null };
const rows = { "A1.6|": row, "A1.6|SEX=F": row, "A1.6|SEX=M": row, "A1.1|": row };

describe("the entry form's reading of a refused save or submission", () => {
  it("puts a save's problem at the row it was sent as", () => {
    const read = readSaveProblems({
      result: {
        status: "error",
        message: "1 row has problems",
        problems: [{ row: 2, field: "value", message: "Too big" }],
        rowIds: [],
        typed: {},
      },
      ids: ["A1.1|", "A1.6|SEX=F"],
      rows,
    });
    expect(read.errors).toEqual({ "A1.6|SEX=F": { value: "Too big" } });
    expect(read.rowIds).toEqual(["A1.1|", "A1.6|SEX=F"]);
  });

  it("puts a submission's problems, named by field, at their rows and lists them (traps 3 and 6)", () => {
    const read = readSaveProblems({
      result: {
        status: "error",
        message: "Nothing was submitted",
        problems: [
          { field: "values.A1.6", message: "Female + Male = 90, but the total is 100" },
          { field: "values.A1.6|SEX=F", message: "was returned" },
          { field: "values.A9.9", message: "not on this form" },
        ],
        rowIds: [],
        typed: {},
      },
      ids: [],
      rows,
    });
    expect(read.errors).toEqual({
      "A1.6|": { value: "Female + Male = 90, but the total is 100" },
      "A1.6|SEX=F": { value: "was returned" },
    });
    expect(read.rowIds).toEqual(["A1.6|", "A1.6|SEX=F"]);
    expect(read.problems.map((problem) => [read.rowIds[problem.row! - 1], problem.message])).toEqual([
      ["A1.6|", "Female + Male = 90, but the total is 100"],
      ["A1.6|SEX=F", "was returned"],
    ]);
  });
});
