import type { Problem } from "@/lib/problems/problem";

/** Problems at named fields, for an AppError: atFields({ code: ["Choose another code"] }). */
export function atFields(errors: Record<string, readonly string[]>): { problems: Problem[] } {
  return { problems: Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => ({ field, message }))) };
}
