// Requests of the check to the servers' public API, with a bearer token; an answer that takes
// longer than UNANSWERED_AFTER_MS counts as none (generous: the shared 2-core machine is often
// loaded many times over, and a slow answer is not a lost one).
export const UNANSWERED_AFTER_MS = 120_000;

export type Answer = { status: number; body: unknown; ms: number } | { status: "unanswered"; ms: number };

export async function callApi(baseUrl: string, token: string, method: string, pathname: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${pathname}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(UNANSWERED_AFTER_MS),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // A file or an HTML error page: kept as text.
    }
    return { status: response.status, body: parsed, ms: performance.now() - started };
  } catch {
    return { status: "unanswered", ms: performance.now() - started };
  }
}

export function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** "200×3, 409×1": how often each status came back. */
export function statusSummary(statuses: (number | string)[]): string {
  const counts = new Map<number | string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => `${status}×${count}`).join(", ");
}
