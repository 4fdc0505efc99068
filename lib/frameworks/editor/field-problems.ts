import type { LibText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";

/** Problems at named fields, for an AppError: atFields({ code: [libText("importProblems.editorAreaCodeTaken", { code })] }). */
export function atFields(errors: Record<string, readonly LibText[]>): { problems: Problem[] } {
  return { problems: Object.entries(errors).flatMap(([field, texts]) => texts.map((text) => keyedProblem({ field }, text))) };
}
