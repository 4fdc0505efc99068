import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers 200 { status: ok } when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 with an error body when the database does not answer", async () => {
    const { db } = await import("@/lib/db");
    const failure = vi.spyOn(db, "$queryRaw").mockRejectedValueOnce(new Error("SQLITE_CANTOPEN: unable to open database file"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: "The database does not answer" } });
    expect(failure).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith("Health check: database unavailable", "SQLITE_CANTOPEN: unable to open database file");
  });
});
