import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

/**
 * A console.error during a test fails it: an error that is only logged is still an error.
 * A test that expects one (the API's 500 path) takes it with `expectConsoleError()`.
 */
const logged: string[] = [];

beforeEach(() => {
  logged.length = 0;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length > 0) {
    const messages = logged.splice(0).join("\n---\n");
    throw new Error(`console.error was called during the test:\n${messages}`);
  }
});

/** Consumes the console.error calls so far and returns them, for tests that expect them. */
export function expectConsoleError(): string[] {
  return logged.splice(0);
}
