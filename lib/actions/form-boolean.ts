import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem } from "@/lib/problems/problem";

/**
 * A yes/no field of a form: "true" or "false" only. Anything else is refused by name; read as
 * false, a stray "1" or "yes" would close a cycle or deactivate a person.
 */
export function formBoolean(formData: FormData, name: string): boolean {
  const value = formData.get(name);
  if (value === "true") return true;
  if (value === "false") return false;
  const refusal = libText("errors.fieldIsTrueOrFalse", { name });
  throw new AppError("BAD_REQUEST", refusal, { problems: [keyedProblem({ field: name, code: "custom" }, refusal)] });
}
