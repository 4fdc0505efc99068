/**
 * The problems of an uploaded values file are worded in the language the API request's
 * Accept-Language asks for (decision 035), at the same rows and columns as in English.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as UPLOAD } from "@/app/api/v1/cycles/[framework]/[year]/upload/route";
import { XLSX_CONTENT_TYPE } from "@/lib/uploads/upload-limits";
import {
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  routeParams,
  snapshotDatabaseWithValues,
} from "../fixtures/factories";
import { buildXlsx, csvBytes, fileRow, HEADER } from "../fixtures/spreadsheets";
import { buildUploadFrameworkDefinition } from "../fixtures/upload-framework";

let code: string;
let token: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  const members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: buildUploadFrameworkDefinition() });
  code = cycle.target.frameworkCode;
  token = await createTestApiToken(members.mlsp);
  // A token's first use records when it was used (bookkeeping); do it before any snapshot.
  await upload(csvBytes(""), "text/csv");
});

function upload(body: Uint8Array, contentType: string, acceptLanguage?: string) {
  const headers = new Headers({ authorization: `Bearer ${token}`, "content-type": contentType });
  if (acceptLanguage) headers.set("accept-language", acceptLanguage);
  const request = new Request(`http://localhost/api/v1/cycles/${code}/2025/upload`, { method: "POST", headers, body: body.slice() });
  return UPLOAD(request, routeParams({ framework: code, year: "2025" }));
}

type RowProblem = { row: number; field?: string; message: string };

async function refusal(response: Response): Promise<{ code: string; message: string; rows: RowProblem[] }> {
  expect(response.status).toBe(422);
  return ((await response.json()) as { error: { code: string; message: string; rows: RowProblem[] } }).error;
}

describe("an upload with a bad row", () => {
  // Line 2 holds a date where the value belongs.
  const workbook = () =>
    buildXlsx([{ name: "Values", rows: [HEADER, fileRow({ indicator: "A1.1", year: 2025, value: new Date(Date.UTC(2025, 2, 1)) })] }]);
  // Line 3 has a cell past the header's columns (a stray separator).
  const csv = () => csvBytes(`${HEADER.join(",")}\r\nA1.1,,,,,,2025,4,,,\r\nA1.1,,,,,,2025,4,,,,stray\r\n`);

  it("answers in Romanian at the row and column when Accept-Language asks for Romanian, and changes nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await refusal(await upload(await workbook(), XLSX_CONTENT_TYPE, "ro-MD,ro;q=0.9,en;q=0.5"));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("1 rând are probleme; nu s-a salvat nimic");
    expect(error.rows).toEqual([
      {
        row: 2,
        field: "value",
        message: "Celula conține o dată (2025-03-01), nu o valoare; formatați celula ca Număr sau Text și tastați din nou valoarea",
      },
    ]);
    const line = await refusal(await upload(csv(), "text/csv", "ro"));
    expect(line.rows).toEqual([
      {
        row: 3,
        field: "row",
        message: "Acest rând are mai multe celule decât coloanele rândului de antet (11); verificați dacă nu există un separator în plus",
      },
    ]);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("answers in English, word for word, without a header", async () => {
    const error = await refusal(await upload(await workbook(), XLSX_CONTENT_TYPE));
    expect(error.rows).toEqual([
      {
        row: 2,
        field: "value",
        message: "The cell holds a date (2025-03-01), not a value; format the cell as Number or Text and type the value again",
      },
    ]);
    expect((await refusal(await upload(csv(), "text/csv"))).rows[0]?.message).toBe(
      "This line has more cells than the header line has columns (11); check for a stray separator",
    );
  });

  it("words a refused header in Russian, each sentence in turn", async () => {
    const header = [...HEADER.filter((column) => column !== "comment"), "remark"];
    const response = await upload(csvBytes(`${header.join(",")}\r\nA1.1,,,,,,2025,4,,,\r\n`), "text/csv", "ru");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toBe(`Неизвестный столбец "remark"; столбцы: ${HEADER.join(", ")}. Отсутствует столбец "comment"`);
  });
});
