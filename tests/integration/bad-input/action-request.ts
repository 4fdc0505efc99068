/**
 * The request a server action runs in, for calling actions directly in a test: the test sets
 * the cookie of the person acting, and next/headers (mocked in the test file with
 * `vi.mock("next/headers", () => nextHeadersMock)`) hands it to the action as Next.js would.
 */
let current = new Headers();

export function actAs(cookie: string | null): void {
  current = new Headers(cookie ? { cookie, host: "localhost:3000", origin: "http://localhost:3000" } : {});
}

export const nextHeadersMock = {
  headers: async () => current,
  cookies: async () => ({
    get: (name: string) => {
      const match = (current.get("cookie") ?? "").split(/;\s*/).find((part) => part.startsWith(`${name}=`));
      return match ? { name, value: match.slice(name.length + 1) } : undefined;
    },
    getAll: () => [],
    set: () => undefined,
    delete: () => undefined,
    has: () => false,
  }),
};

/** revalidatePath needs Next.js's request store; a refused action must not reach it anyway. */
export const nextCacheMock = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

/** A form as the browser sends it. */
export function form(fields: Record<string, string | string[] | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) data.append(name, item);
    else data.set(name, value);
  }
  return data;
}
