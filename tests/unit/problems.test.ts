/**
 * The one problem type (lib/problems): the JSON shapes the API has always answered, the
 * errors that carry problems, and the one component that shows them.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderInEnglish } from "../fixtures/render-in-english";
import { z } from "zod";
import { ProblemList } from "@/components/problems/problem-list";
import { AppError, rowsRefused } from "@/lib/errors";
import { firstAtEachPlace, type Problem } from "@/lib/problems/problem";
import { fieldErrorsOf, problemsFromJson, problemsToJson } from "@/lib/problems/problems-json";
import { parseOrThrow } from "@/lib/validation/parse-input";

const FIELD: Problem = { field: "email", message: "Enter an e-mail address" };
const WHOLE_INPUT: Problem = { message: "Write the comment" };
const AT_ROW: Problem = { row: 3, field: "value", message: "Enter a number" };
const WHOLE_ROW: Problem = { row: 2, code: "unreadable", message: "This line has more cells than the header" };
const IN_FILE: Problem = { file: "data/indicator_1-1-1.csv", row: 7, field: "Value", message: '"n/a" is not a number' };
const WHOLE_FILE: Problem = { file: "data/indicator_x.csv", message: "The file name gives no usable indicator code" };

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("problems as JSON", () => {
  it("keys field errors by field, by row and field, or _ for the whole input, leaving files out", () => {
    expect(fieldErrorsOf([FIELD, WHOLE_INPUT, AT_ROW, WHOLE_ROW, IN_FILE])).toEqual({
      email: ["Enter an e-mail address"],
      _: ["Write the comment"],
      "3.value": ["Enter a number"],
      "2.row": ["This line has more cells than the header"],
    });
    expect(fieldErrorsOf([IN_FILE])).toBeUndefined();
  });

  it("lists rows as { row, field, message } and files as { file, line, column, message }", () => {
    expect(problemsToJson([FIELD, AT_ROW, WHOLE_ROW, IN_FILE, WHOLE_FILE])).toEqual({
      rows: [
        { row: 3, field: "value", message: "Enter a number" },
        { row: 2, field: "row", message: "This line has more cells than the header" },
      ],
      problems: [
        { file: IN_FILE.file, line: 7, column: "Value", message: IN_FILE.message },
        { file: WHOLE_FILE.file, line: null, column: null, message: WHOLE_FILE.message },
      ],
    });
    expect(problemsToJson([FIELD])).toEqual({});
  });

  it("reads back what it wrote, without counting a row twice", () => {
    const problems = [FIELD, WHOLE_INPUT, AT_ROW, WHOLE_ROW, IN_FILE, WHOLE_FILE];
    const json = { fieldErrors: fieldErrorsOf(problems), ...problemsToJson(problems) };
    // Codes do not travel in those shapes.
    expect(problemsFromJson(json)).toEqual(problems.map(({ code: _code, ...problem }) => problem));
    expect(problemsFromJson({ fieldErrors: { "3.value": ["Enter a number"] } })).toEqual([AT_ROW]);
    expect(problemsFromJson({ fieldErrors: null })).toEqual([]);
  });
});

describe("errors that carry problems", () => {
  it("derive their field errors and details, beside their own details", () => {
    const error = new AppError("CONFLICT", "Taken", { problems: [AT_ROW], details: { conflicts: [] } });
    expect(error.fieldErrors).toEqual({ "3.value": ["Enter a number"] });
    expect(error.details).toEqual({ conflicts: [], rows: [{ row: 3, field: "value", message: "Enter a number" }] });
    expect(new AppError("NOT_FOUND", "No such thing").details).toBeUndefined();
  });

  it("refuse rows all at once, in the order of the rows", () => {
    const error = rowsRefused([AT_ROW, WHOLE_ROW, { ...AT_ROW, field: "year", message: "Enter a year" }]);
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("2 rows have problems; nothing was saved");
    expect(error.problems.map((problem) => problem.row)).toEqual([2, 3, 3]);
  });

  it("name each field a schema refuses, with zod's code", () => {
    const schema = z.object({ year: z.number(), decisions: z.array(z.object({ reason: z.string().min(1, "Give a reason") })) });
    let caught: unknown;
    try {
      parseOrThrow(schema, { year: "x", decisions: [{ reason: "" }] }, "Check the cycle");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: "BAD_REQUEST", message: "Check the cycle" });
    expect((caught as AppError).problems).toEqual([
      { field: "year", code: "invalid_type", message: expect.any(String) },
      { field: "decisions.0.reason", code: "too_small", message: "Give a reason" },
    ]);
  });
});

describe("ProblemList", () => {
  it("lists the problems of one input, each saying where, linked to its field when asked", () => {
    const html = renderInEnglish(
      createElement(ProblemList, {
        problems: [AT_ROW, WHOLE_ROW, FIELD],
        label: "Problems in the file",
        hrefOf: (problem: Problem) => (problem.field === "email" ? "#field-email" : undefined),
      }),
    );
    expect(html).toContain('aria-label="Problems in the file"');
    expect(html).toContain('<a href="#field-email">Enter an e-mail address</a>');
    expect(text(html)).toBe("Row 3, column value: Enter a number Row 2: This line has more cells than the header Enter an e-mail address");
  });

  it("shows problems across files as a table by file, line and column, up to a limit", () => {
    const html = renderInEnglish(createElement(ProblemList, { problems: [IN_FILE, WHOLE_FILE], max: 1 }));
    expect(text(html)).toBe("File Line Column Problem data/indicator_1-1-1.csv 7 Value &quot;n/a&quot; is not a number");
  });

  it("shows nothing when there is no problem, and one line per place in a summary", () => {
    expect(renderInEnglish(createElement(ProblemList, { problems: [] }))).toBe("");
    expect(firstAtEachPlace([AT_ROW, { ...AT_ROW, message: "Another" }, FIELD])).toEqual([AT_ROW, FIELD]);
  });
});
