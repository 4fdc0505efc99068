import type { z } from "zod";
import type { LibText } from "@/lib/i18n/lib-text";

/**
 * What kind of problem it is, for programs rather than people, when more is known than "a
 * rule refuses this value": zod's issue code when a schema refused the input ("invalid_type",
 * "too_small", "custom"...), otherwise one of ours.
 */
export type ProblemCode =
  | z.core.$ZodIssueCode
  /** The value repeats another row or a record that already exists. */
  | "duplicate"
  /** A line or cell of a file that cannot be read at all. */
  | "unreadable"
  /** Someone else changed the record since the person loaded it. */
  | "conflict";

/**
 * One thing wrong with an input, wherever it came from: a form field, a request parameter,
 * a row of a save or of an uploaded file, a line of an imported data set. Every field or row
 * error of the application is a Problem, carried by an AppError and shown by ProblemList.
 */
export type Problem = {
  /** The file of a data set the problem is in. */
  file?: string;
  /** The sheet of a workbook the problem is in. */
  sheet?: string;
  /** The row or file line, counted from 1 as people count them; absent when not tied to a row. */
  row?: number;
  /** The form field, request parameter ("decisions.0.reason") or file column; absent: the whole row or input. */
  field?: string;
  /** Absent: a rule of the domain refuses the value (an unknown indicator, a status that may not change). */
  code?: ProblemCode;
  message: string;
};

/** The first problem at a field (of a row, when given): what a form shows next to that field. */
export function problemAt(problems: readonly Problem[] | undefined, field: string | undefined, row?: number): Problem | undefined {
  return problems?.find((problem) => problem.field === field && problem.row === row && problem.file === undefined);
}

/** The first problem at each place: what an error summary lists, one line per field as beside the fields. */
export function firstAtEachPlace(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter(({ file, sheet, row, field }) => {
    const place = JSON.stringify([file, sheet, row, field]);
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
}

/**
 * How a problem is worded in another language (decision 035): its message key, or the zod
 * issue that zod's own locale words ("Too small: expected..."). It is kept off the problem's
 * enumerable fields, so that problems compare, log and serialize as before; a copy made by
 * spreading loses it and the problem is then shown in English, never wrongly.
 */
export type ProblemText = { text: LibText } | { issue: z.core.$ZodRawIssue };

const PROBLEM_TEXT = "text";

/** Also for the problem types of readers that keep their own places (a matrix file's cell, an Open SDG warning). */
export function withProblemText<P extends { message: string } | { reason: string }>(problem: P, text: ProblemText | undefined): P {
  if (text) Object.defineProperty(problem, PROBLEM_TEXT, { value: text, enumerable: false, configurable: true });
  return problem;
}

export function problemTextOf(problem: { message: string } | { reason: string }): ProblemText | undefined {
  return (problem as { [PROBLEM_TEXT]?: ProblemText })[PROBLEM_TEXT];
}

/** A problem at another place or with another message part, keeping how it is worded in other languages. */
export function copyProblem(problem: Problem, changes: Partial<Problem>): Problem {
  return withProblemText({ ...problem, ...changes }, problemTextOf(problem));
}

/** A problem whose message has a key (decision 035): English in `message`, worded in the reader's language at the boundary. */
export function keyedProblem(place: Omit<Problem, "message">, text: LibText): Problem {
  return withProblemText({ ...place, message: text.english }, { text });
}

/** The keyed text of a problem-like object, or its English message when it has none: to move its wording to another problem. */
export function wordingOf(problem: { message: string }): LibText | string {
  const text = problemTextOf(problem);
  return text && "text" in text ? text.text : problem.message;
}

/** keyedMessage, or a plain message for a text that has no key. */
export function withWording<P extends { message: string }>(place: Omit<P, "message">, wording: LibText | string): P {
  return typeof wording === "string" ? ({ ...place, message: wording } as P) : keyedMessage<P>(place, wording);
}

/** keyedProblem for a reader's own problem type (MatrixProblem, OpenSdgRefusal, OpenSdgWarning). */
export function keyedMessage<P extends { message: string }>(place: Omit<P, "message">, text: LibText): P {
  return withProblemText({ ...place, message: text.english } as P, { text });
}

/** A thing left aside with why (a file an import skips): the why in English in `reason`, its key kept as keyedMessage keeps it. */
export function keyedReason<P extends { reason: string }>(place: Omit<P, "reason">, text: LibText): P {
  return withProblemText({ ...place, reason: text.english } as P, { text });
}
