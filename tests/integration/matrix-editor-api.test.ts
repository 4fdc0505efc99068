/** The matrix workbook downloads under /api/v1: a version and the blank template, for the secretariat only. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as getVersionWorkbook } from "@/app/api/v1/frameworks/[code]/versions/[number]/matrix.xlsx/route";
import { GET as getTemplate } from "@/app/api/v1/matrix-template.xlsx/route";
import { apiRequest, createTestApiToken, createTestMember, routeParams } from "../fixtures/factories";
import { createEditorSetup } from "../fixtures/matrix-editor";

describe("matrix workbook downloads", () => {
  it("sends a version and the template as XLSX to the secretariat, and refuses others", async () => {
    const setup = await createEditorSetup();
    const token = await createTestApiToken(setup.secretariat);
    const path = `/api/v1/frameworks/${setup.frameworkCode}/versions/2/matrix.xlsx`;
    const response = await getVersionWorkbook(apiRequest(path, { token }), routeParams({ code: setup.frameworkCode, number: "2" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`${setup.frameworkCode}-v2-2.0.xlsx`);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");

    const template = await getTemplate(apiRequest("/api/v1/matrix-template.xlsx", { token }), routeParams({}));
    expect(template.status).toBe(200);

    const missing = await getVersionWorkbook(apiRequest(path, { token }), routeParams({ code: setup.frameworkCode, number: "9" }));
    expect(missing.status).toBe(404);
    const viewerToken = await createTestApiToken(await createTestMember(setup.workspaceId, "VIEWER"));
    const refused = await getVersionWorkbook(
      apiRequest(path, { token: viewerToken }),
      routeParams({ code: setup.frameworkCode, number: "2" }),
    );
    expect(refused.status).toBe(403);
    expect((await getTemplate(apiRequest("/api/v1/matrix-template.xlsx"), routeParams({}))).status).toBe(401);
  });

  it("writes the template's explanations in the language the link names, else the one the request accepts", async () => {
    const setup = await createEditorSetup();
    const token = await createTestApiToken(setup.secretariat);
    const textOf = async (response: Response) => {
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? "")))));
      return cells.join("\n");
    };
    const named = await textOf(await getTemplate(apiRequest("/api/v1/matrix-template.xlsx?locale=ro", { token }), routeParams({})));
    const accepted = await textOf(
      await getTemplate(apiRequest("/api/v1/matrix-template.xlsx", { token, headers: { "accept-language": "ru" } }), routeParams({})),
    );
    const english = await textOf(await getTemplate(apiRequest("/api/v1/matrix-template.xlsx", { token }), routeParams({})));
    expect(named).toMatch(/[șțăî]/);
    expect(accepted).toMatch(/[а-яё]{4}/i);
    expect(english).not.toMatch(/[șțа-яё]/i);
    // The column codes that an import reads back stay the same in every language.
    for (const code of ["code", "name", "area"]) {
      expect(named).toContain(code);
      expect(accepted).toContain(code);
    }
  });
});
