import { describe, expect, it } from "vitest";
import { GET as listFrameworksRoute } from "@/app/api/v1/frameworks/route";
import { apiRequest, createTestApiToken, createTestMember, createTestWorkspace } from "../fixtures/factories";

/**
 * Next hands a route without dynamic segments a context whose params resolve to undefined, not
 * to {}: the route must answer as usual (it once answered 500 to every such request).
 */
describe("an API route without dynamic segments", () => {
  it("answers when Next passes no parameters", async () => {
    const { workspaceId } = await createTestWorkspace();
    const token = await createTestApiToken(await createTestMember(workspaceId, "VIEWER"));
    const context = { params: Promise.resolve(undefined) } as unknown as { params: Promise<Record<string, never>> };

    const response = await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), context);

    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });
});
