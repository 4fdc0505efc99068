/**
 * The matrix's versions over the API: the list with lifecycle statuses, one version as its
 * portable definition, and the diff of two versions; bad parameters answer 400 and name the field.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as LIST } from "@/app/api/v1/frameworks/[code]/versions/route";
import { GET as VERSION } from "@/app/api/v1/frameworks/[code]/versions/[number]/route";
import { GET as DIFF } from "@/app/api/v1/frameworks/[code]/versions/[number]/diff/route";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { writeVersionContent } from "@/lib/frameworks/write-version-content";
import {
  apiRequest,
  buildFrameworkDefinition,
  createTestApiToken,
  createTestFramework,
  createTestMembers,
  createTestWorkspace,
  routeParams,
} from "../fixtures/factories";

let token: string;
let code: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  const members = await createTestMembers(workspaceId);
  token = await createTestApiToken(members.VIEWER);
  const definition = buildFrameworkDefinition();
  const v1 = await createTestFramework(workspaceId, {
    ...definition,
    version: { number: 1, label: "2018", status: "APPROVED", approvedAt: "2018-01-10" },
  });
  code = v1.code;
  // A draft version 2 based on version 1: the first indicator renamed, one more indicator.
  const [first] = [...v1.identityIds.keys()];
  const areas = structuredClone(definition.areas);
  const firstArea = areas[0]!;
  const indicators = firstArea.indicators ?? firstArea.areas![0]!.indicators!;
  indicators[0] = { ...indicators[0]!, code: `${first}-R`, name: "Renamed indicator" };
  await runMutation(systemActor("test"), async (tx, audit) => {
    const v2 = await tx.frameworkVersion.create({
      data: { frameworkId: v1.frameworkId, number: 2, label: "2026 draft", status: "DRAFT", basedOnId: v1.versionId },
    });
    await writeVersionContent(tx, {
      workspaceId,
      frameworkId: v1.frameworkId,
      versionId: v2.id,
      areas,
      identityIdsByCode: new Map(
        [...v1.identityIds].map(([indicatorCode, identity]) => [indicatorCode === first ? `${first}-R` : indicatorCode, identity]),
      ),
    });
    await audit({
      workspaceId,
      action: "framework-version.created",
      entityType: "FrameworkVersion",
      entityId: v2.id,
    });
  });
});

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const get = (handler: unknown, path: string, params: Record<string, string>) =>
  (handler as Handler)(apiRequest(path, { token }), routeParams(params) as { params: Promise<never> });

describe("GET /api/v1/frameworks/{code}/versions", () => {
  it("lists the versions newest first, with the one in force marked", async () => {
    const response = await get(LIST, `/api/v1/frameworks/${code}/versions`, { code });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { number: number; status: string; isInForce: boolean; basedOn: number | null }[];
    expect(body.map(({ number, status, isInForce, basedOn }) => ({ number, status, isInForce, basedOn }))).toEqual([
      { number: 2, status: "DRAFT", isInForce: false, basedOn: 1 },
      { number: 1, status: "APPROVED", isInForce: true, basedOn: null },
    ]);
  });

  it("answers 404 for an unknown framework", async () => {
    expect((await get(LIST, `/api/v1/frameworks/NOPE/versions`, { code: "NOPE" })).status).toBe(404);
  });
});

describe("GET /api/v1/frameworks/{code}/versions/{number} and .../diff", () => {
  it("gives a version as its definition", async () => {
    const response = await get(VERSION, `/api/v1/frameworks/${code}/versions/2`, { code, number: "2" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { definition: { version: { label: string; status: string } } };
    expect(body.definition.version).toMatchObject({ label: "2026 draft", status: "DRAFT" });
  });

  it("gives the diff of two versions, a renamed indicator as a changed code", async () => {
    const response = await get(DIFF, `/api/v1/frameworks/${code}/versions/2/diff?against=1`, { code, number: "2" });
    expect(response.status).toBe(200);
    const text = JSON.stringify(await response.json());
    expect(text).toContain("Renamed indicator");
    expect(text).toContain("-R");
  });

  it("refuses bad parameters with 400 naming them, and unknown versions with 404", async () => {
    const noAgainst = await get(DIFF, `/api/v1/frameworks/${code}/versions/2/diff`, { code, number: "2" });
    expect(noAgainst.status).toBe(400);
    expect(JSON.stringify(await noAgainst.json())).toContain("against");
    expect((await get(DIFF, `/api/v1/frameworks/${code}/versions/2/diff?against=x`, { code, number: "2" })).status).toBe(400);
    expect((await get(VERSION, `/api/v1/frameworks/${code}/versions/abc`, { code, number: "abc" })).status).toBe(400);
    expect((await get(VERSION, `/api/v1/frameworks/${code}/versions/2?extra=1`, { code, number: "2" })).status).toBe(400);
    expect((await get(VERSION, `/api/v1/frameworks/${code}/versions/9`, { code, number: "9" })).status).toBe(404);
  });
});
