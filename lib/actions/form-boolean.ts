import { AppError } from "@/lib/errors";

/**
 * A yes/no field of a form: "true" or "false" only. Anything else is refused by name; read as
 * false, a stray "1" or "yes" would close a cycle or deactivate a person.
 */
export function formBoolean(formData: FormData, name: string): boolean {
  const value = formData.get(name);
  if (value === "true") return true;
  if (value === "false") return false;
  throw new AppError("BAD_REQUEST", `${name} is true or false`, {
    problems: [{ field: name, code: "custom", message: `${name} is true or false` }],
  });
}
