/**
 * Editing a matrix over the API with a token: start the next draft, add, change and retire
 * indicators, and read a version's consultation. The secretariat's token may; a viewer's is
 * refused and changes nothing; an approved version never changes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as CREATE_DRAFT } from "@/app/api/v1/frameworks/[code]/versions/route";
import { GET as CONSULTATION } from "@/app/api/v1/frameworks/[code]/versions/[number]/consultation/route";
import { GET as EDITOR } from "@/app/api/v1/frameworks/[code]/versions/[number]/editor/route";
import { POST as ADD_INDICATOR } from "@/app/api/v1/frameworks/[code]/versions/[number]/indicators/route";
import { DELETE as RETIRE, PUT as CHANGE } from "@/app/api/v1/frameworks/[code]/versions/[number]/indicators/[indicator]/route";
import { db } from "@/lib/db";
import {
  apiRequest,
  buildIndicator,
  buildMonitoringFrameworkDefinition,
  createMonitoringMembers,
  createTestApiToken,
  createTestFramework,
  createTestWorkspace,
  routeParams,
  snapshotDatabase,
} from "../fixtures/factories";

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const call = (handler: unknown, path: string, params: Record<string, string>, init: { token: string; method?: string; body?: unknown }) =>
  (handler as Handler)(apiRequest(path, init), routeParams(params) as { params: Promise<never> });

let secretariat: string;
let viewer: string;
let code: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  const members = await createMonitoringMembers(workspaceId);
  secretariat = await createTestApiToken(members.secretariat);
  viewer = await createTestApiToken(members.viewer);
  const framework = await createTestFramework(workspaceId, buildMonitoringFrameworkDefinition());
  code = framework.code;
});

describe("drafting a matrix with a token", () => {
  it("refuses a viewer's token and changes nothing", async () => {
    // The first use of a token records when it was used; make it before the snapshot.
    await call(CREATE_DRAFT, `/api/v1/frameworks/${code}/versions`, { code }, { token: viewer, method: "POST", body: { label: "x" } });
    const before = await snapshotDatabase();
    const refused = await call(
      CREATE_DRAFT,
      `/api/v1/frameworks/${code}/versions`,
      { code },
      { token: viewer, method: "POST", body: { label: "2026" } },
    );
    expect(refused.status).toBe(403);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses an approved version's indicators, and unknown fields by name", async () => {
    const path = `/api/v1/frameworks/${code}/versions/1/indicators/A1.1`;
    const approved = await call(
      CHANGE,
      path,
      { code, number: "1", indicator: "A1.1" },
      {
        token: secretariat,
        method: "PUT",
        body: { indicator: buildIndicator("A1.1", "NUMBER", { name: "Changed" }) },
      },
    );
    expect(approved.status).toBe(409);
    const unknown = await call(
      CREATE_DRAFT,
      `/api/v1/frameworks/${code}/versions`,
      { code },
      {
        token: secretariat,
        method: "POST",
        body: { label: "2026", colour: "blue" },
      },
    );
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain("colour");
  });

  it("starts a draft, adds, changes and retires indicators, and reads the consultation", async () => {
    const created = await call(
      CREATE_DRAFT,
      `/api/v1/frameworks/${code}/versions`,
      { code },
      {
        token: secretariat,
        method: "POST",
        body: { label: "2026" },
      },
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ number: 2 });

    const editor = (await (
      await call(EDITOR, `/api/v1/frameworks/${code}/versions/2/editor`, { code, number: "2" }, { token: secretariat })
    ).json()) as {
      areaList: { id: string; code: string }[];
    };
    const areaId = editor.areaList[0]!.id;
    const added = await call(
      ADD_INDICATOR,
      `/api/v1/frameworks/${code}/versions/2/indicators`,
      { code, number: "2" },
      {
        token: secretariat,
        method: "POST",
        body: { areaId, indicator: buildIndicator("A1.9", "NUMBER", { name: "Added over the API" }) },
      },
    );
    expect(added.status).toBe(201);

    const changed = await call(
      CHANGE,
      `/api/v1/frameworks/${code}/versions/2/indicators/A1.1`,
      { code, number: "2", indicator: "A1.1" },
      {
        token: secretariat,
        method: "PUT",
        body: { indicator: buildIndicator("A1.1", "NUMBER", { name: "Renamed over the API" }) },
      },
    );
    expect(changed.status).toBe(200);
    const retired = await call(
      RETIRE,
      `/api/v1/frameworks/${code}/versions/2/indicators/A1.2`,
      { code, number: "2", indicator: "A1.2" },
      {
        token: secretariat,
        method: "DELETE",
      },
    );
    expect(retired.status).toBe(200);

    const draft = await db.indicator.findMany({
      where: { version: { number: 2, framework: { code } } },
      select: { code: true, name: true },
    });
    expect(draft.find((indicator) => indicator.code === "A1.9")?.name).toBe("Added over the API");
    expect(draft.find((indicator) => indicator.code === "A1.1")?.name).toBe("Renamed over the API");
    expect(draft.some((indicator) => indicator.code === "A1.2")).toBe(false);

    const consultation = await call(
      CONSULTATION,
      `/api/v1/frameworks/${code}/versions/2/consultation`,
      { code, number: "2" },
      { token: viewer },
    );
    expect(consultation.status).toBe(200);
    expect(await consultation.json()).toMatchObject({ version: { status: "DRAFT" }, comments: [] });
  });
});
