/**
 * Evidence files on a value (decision 034): attached by the reporting institution while the
 * value may change, downloaded only by those who may read the value, each refusal leaving the
 * database as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/evidence/[id]/route";
import { db } from "@/lib/db";
import { addEvidenceFiles } from "@/lib/evidence/add-evidence-files";
import { EVIDENCE_LIMITS } from "@/lib/evidence/evidence-limits";
import { listValueEvidence } from "@/lib/evidence/list-value-evidence";
import { removeEvidenceFile } from "@/lib/evidence/remove-evidence-file";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { CSV_BYTES, EXE_BYTES, PDF_BYTES } from "../fixtures/evidence-files";
import {
  apiRequest,
  catchAppError,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  routeParams,
  snapshotDatabaseWithValues,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let draftId: string;
let submittedId: string;
let submittedEvidenceId: string;

async function snapshot() {
  const base = await snapshotDatabaseWithValues();
  base.rows.evidenceFile = JSON.stringify(await db.evidenceFile.findMany({ orderBy: { id: "asc" } }));
  base.rows.storedFile = JSON.stringify(await db.storedFile.findMany({ orderBy: { id: "asc" } }));
  return base;
}

function download(token: string, id: string) {
  return GET(apiRequest(`/api/v1/evidence/${id}`, { token }), routeParams({ id }));
}

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const { framework, target } = await createTestCycle(workspaceId, members.secretariat);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.2", value: 40 }]);
  submittedId = (await findTestValue(framework, "A1.2"))!.id;
  const added = await addEvidenceFiles(members.mlsp, submittedId, [{ fileName: "Raport anual Chișinău.pdf", bytes: PDF_BYTES }]);
  submittedEvidenceId = added.evidenceIds[0]!;
  await submitCycleValues(members.mlsp, target);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 10 }]);
  draftId = (await findTestValue(framework, "A1.1"))!.id;
});

describe("attaching evidence", () => {
  it("stores the files, lists them and records an audit event per file", async () => {
    const { evidenceIds } = await addEvidenceFiles(members.mlsp, draftId, [
      { fileName: "decree.pdf", bytes: PDF_BYTES },
      { fileName: "table.csv", bytes: CSV_BYTES },
    ]);
    expect(evidenceIds).toHaveLength(2);
    const { files, canChange } = await listValueEvidence(members.mlsp, draftId);
    expect(canChange).toBe(true);
    expect(files.map((file) => [file.fileName, file.contentType, file.size])).toEqual([
      ["decree.pdf", "application/pdf", PDF_BYTES.byteLength],
      ["table.csv", "text/csv; charset=utf-8", CSV_BYTES.byteLength],
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: draftId, action: "value.evidence-added" } });
    expect(events.map((event) => event.summary).sort()).toEqual([
      "A1.1 Total 2025: evidence decree.pdf",
      "A1.1 Total 2025: evidence table.csv",
    ]);
  });

  const refusals: [string, () => Promise<unknown>, string, string][] = [
    [
      "a program renamed .pdf",
      () => addEvidenceFiles(members.mlsp, draftId, [{ fileName: "report.pdf", bytes: EXE_BYTES }]),
      "UNPROCESSABLE",
      'The content of "report.pdf" is not a .pdf file (it looks like a Windows program)',
    ],
    [
      "an empty file",
      () => addEvidenceFiles(members.mlsp, draftId, [{ fileName: "empty.csv", bytes: new Uint8Array() }]),
      "UNPROCESSABLE",
      '"empty.csv" is empty',
    ],
    [
      "a path in the name",
      () => addEvidenceFiles(members.mlsp, draftId, [{ fileName: "../secrets/decree.pdf", bytes: PDF_BYTES }]),
      "UNPROCESSABLE",
      "A file name may not contain a folder (/ or \\); send the file itself",
    ],
    [
      "1,000 files at once",
      () =>
        addEvidenceFiles(
          members.mlsp,
          draftId,
          Array.from({ length: 1000 }, (_, index) => ({ fileName: `f${index}.csv`, bytes: CSV_BYTES })),
        ),
      "UNPROCESSABLE",
      "At most 10 files can be attached at once; 1000 were sent",
    ],
    [
      "a file over 20 MB",
      () =>
        addEvidenceFiles(members.mlsp, draftId, [{ fileName: "big.pdf", bytes: new Uint8Array(EVIDENCE_LIMITS.fileBytes + 1).fill(32) }]),
      "PAYLOAD_TOO_LARGE",
      '"big.pdf" is larger than 20 MB; split it or reduce it',
    ],
    [
      "a good file beside a bad one (all or nothing)",
      () =>
        addEvidenceFiles(members.mlsp, draftId, [
          { fileName: "ok.pdf", bytes: PDF_BYTES },
          { fileName: "bad.pdf", bytes: EXE_BYTES },
        ]),
      "UNPROCESSABLE",
      'The content of "bad.pdf" is not a .pdf file (it looks like a Windows program)',
    ],
    ["no file", () => addEvidenceFiles(members.mlsp, draftId, []), "BAD_REQUEST", "Choose at least one file"],
    [
      "another institution's focal point",
      () => addEvidenceFiles(members.mfa, draftId, [{ fileName: "decree.pdf", bytes: PDF_BYTES }]),
      "NOT_FOUND",
      "No such value",
    ],
    [
      "the secretariat",
      () => addEvidenceFiles(members.secretariat, submittedId, [{ fileName: "decree.pdf", bytes: PDF_BYTES }]),
      "FORBIDDEN",
      "",
    ],
    [
      "a submitted value",
      () => addEvidenceFiles(members.mlsp, submittedId, [{ fileName: "decree.pdf", bytes: PDF_BYTES }]),
      "CONFLICT",
      "This value is submitted and awaits review; ask the secretariat to return it to change it",
    ],
    [
      "removal from a submitted value",
      () => removeEvidenceFile(members.mlsp, submittedEvidenceId),
      "CONFLICT",
      "This value is submitted and awaits review; ask the secretariat to return it to change it",
    ],
    ["removal by another institution", () => removeEvidenceFile(members.mfa, submittedEvidenceId), "NOT_FOUND", "No such value"],
  ];

  it.each(refusals)("refuses %s and changes nothing", async (_case, work, code, message) => {
    const before = await snapshot();
    const error = await catchAppError(work);
    expect(error.code).toBe(code);
    if (message) expect(error.message).toBe(message);
    expect(await snapshot()).toEqual(before);
  });
});

describe("who may change evidence", () => {
  it("refuses every role but the reporting institution's focal point, changing nothing", async () => {
    const { evidenceIds } = await addEvidenceFiles(members.mlsp, draftId, [{ fileName: "kept.pdf", bytes: PDF_BYTES }]);
    const others = {
      admin: members.admin,
      secretariat: members.secretariat,
      workingGroup: members.workingGroup,
      viewer: members.viewer,
      mfa: members.mfa,
      nbs: members.nbs,
    };
    for (const [role, access] of Object.entries(others)) {
      const before = await snapshot();
      const adding = await catchAppError(addEvidenceFiles(access, draftId, [{ fileName: "decree.pdf", bytes: PDF_BYTES }]));
      const removing = await catchAppError(removeEvidenceFile(access, evidenceIds[0]!));
      // Roles without "values.enter" are FORBIDDEN; focal points who may not read the draft learn nothing of it.
      expect([adding.code, removing.code], role).toEqual(
        role === "mfa" || role === "nbs" ? ["NOT_FOUND", "NOT_FOUND"] : ["FORBIDDEN", "FORBIDDEN"],
      );
      expect(await snapshot(), role).toEqual(before);
    }
  });
});

describe("downloading evidence", () => {
  it("gives the reviewer the file as an attachment, never sniffed", async () => {
    const response = await download(await createTestApiToken(members.secretariat), submittedEvidenceId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Raport anual Chisinau.pdf"; filename*=UTF-8''${encodeURIComponent("Raport anual Chișinău.pdf")}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
  });

  it("answers 404 to those who may not read the value", async () => {
    for (const who of [members.mfa, members.viewer]) {
      const response = await download(await createTestApiToken(who), submittedEvidenceId);
      expect(response.status).toBe(404);
    }
    const response = await download(await createTestApiToken(members.secretariat), "no-such-file");
    expect(response.status).toBe(404);
  });
});

describe("removing evidence", () => {
  it("removes the file and its stored bytes from a draft, with an audit event", async () => {
    const { evidenceIds } = await addEvidenceFiles(members.mlsp, draftId, [{ fileName: "old.pdf", bytes: PDF_BYTES }]);
    const { fileId } = await db.evidenceFile.findUniqueOrThrow({ where: { id: evidenceIds[0]! } });
    await removeEvidenceFile(members.mlsp, evidenceIds[0]!);
    expect(await db.evidenceFile.count({ where: { id: evidenceIds[0]! } })).toBe(0);
    expect(await db.storedFile.count({ where: { id: fileId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: draftId, action: "value.evidence-removed" } })).toBe(1);
  });
});
