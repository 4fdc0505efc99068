import { AppError } from "@/lib/errors";
import { keyedProblem, wordingOf, type Problem } from "@/lib/problems/problem";
import { issueProblem } from "@/lib/validation/parse-input";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { codeMappingSchema, type CodeMapping } from "./code-mapping";
import { findCodeMappingProblems } from "./find-code-mapping-problems";
import type { DefinitionIndex } from "./index-definition";
import { libText } from "@/lib/i18n/lib-text";

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
    const fieldProblems: Problem[] = parsed.error.issues.map((issue) =>
      issueProblem(issue, { field: ["codeMapping", ...issue.path].join(".") }),
    );
    throw new AppError("UNPROCESSABLE", libText("errors.codeMappingNotValid"), { problems: fieldProblems });
  }
  const problems = findCodeMappingProblems(parsed.data, before, after);
  if (problems.length > 0) {
    throw new AppError("UNPROCESSABLE", libText("errors.codeMappingDoesNotFit", { count: problems.length }), {
      problems: problems.map((problem) =>
        keyedProblem(
          { field: `codeMapping.${problem.entry - 1}.${problem.side}` },
          libText("importProblems.mappingEntry", { entry: String(problem.entry), problem: wordingOf(problem) }),
        ),
      ),
    });
  }
  return parsed.data;
}
