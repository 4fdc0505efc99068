import { AppError } from "@/lib/errors";
import type { Problem } from "@/lib/problems/problem";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { codeMappingSchema, type CodeMapping } from "./code-mapping";
import { findCodeMappingProblems } from "./find-code-mapping-problems";
import type { DefinitionIndex } from "./index-definition";

/**
 * A code mapping from outside (a form, the API, an imported workbook), checked first against
 * its schema, then against the two versions it links. Refuses with every problem, keyed by
 * the entry's path ("codeMapping.2.to": the third entry's new code), and changes nothing.
 */
export function requireValidCodeMapping(
  input: unknown,
  before: FrameworkDefinition | DefinitionIndex,
  after: FrameworkDefinition | DefinitionIndex,
): CodeMapping {
  const parsed = codeMappingSchema.safeParse(input);
  if (!parsed.success) {
    const fieldProblems: Problem[] = parsed.error.issues.map((issue) => ({
      field: ["codeMapping", ...issue.path].join("."),
      code: issue.code,
      message: issue.message,
    }));
    throw new AppError("UNPROCESSABLE", "The code mapping is not valid", { problems: fieldProblems });
  }
  const problems = findCodeMappingProblems(parsed.data, before, after);
  if (problems.length > 0) {
    throw new AppError(
      "UNPROCESSABLE",
      `The code mapping does not fit the two versions (${problems.length} problem${problems.length === 1 ? "" : "s"})`,
      {
        problems: problems.map((problem) => ({
          field: `codeMapping.${problem.entry - 1}.${problem.side}`,
          message: `Entry ${problem.entry}: ${problem.message}`,
        })),
      },
    );
  }
  return parsed.data;
}
