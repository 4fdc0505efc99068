/**
 * Bad input to the server actions of a cycle's evidence, narratives, exports, Open SDG import
 * and notices, called directly with FormData as a form sends it: each case answers an error
 * state with a clear message and leaves the database unchanged row for row (issue 18).
 */
import { beforeAll, describe, it, vi } from "vitest";
import { addEvidenceAction, removeEvidenceAction } from "@/app/actions/evidence";
import { startExportAction } from "@/app/actions/exports";
import { saveNarrativeAction } from "@/app/actions/narratives";
import { markNotificationsReadAction, updateEmailPreferencesAction, updateReminderDaysAction } from "@/app/actions/notifications";
import { startOpenSdgImportAction } from "@/app/actions/open-sdg-import";
import { IDLE } from "@/lib/actions/action-state";
import { actAs, form } from "./action-request";
import { createBadInputSetting, expectActionRefusal, MEGABYTE, type ActionCase, type BadInputSetting, type Who } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/actions/evidence.ts addEvidenceAction",
  "app/actions/evidence.ts removeEvidenceAction",
  "app/actions/exports.ts startExportAction",
  "app/actions/narratives.ts saveNarrativeAction",
  "app/actions/notifications.ts updateEmailPreferencesAction",
  "app/actions/notifications.ts markNotificationsReadAction",
  "app/actions/notifications.ts updateReminderDaysAction",
  "app/actions/open-sdg-import.ts startOpenSdgImportAction",
];

vi.mock("next/headers", async () => (await import("./action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./action-request")).nextCacheMock);

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

/** What a role without the permission is told (the role, and that it cannot do this). */
const ROLE_REFUSAL = "cannot do this";
const JOB_REFUSAL = "The job's parameters are not valid";

const as = (who: Who | null, run: () => Promise<unknown>) => async () => {
  actAs(who ? setting.cookies[who] : null);
  return run();
};
const pdf = (name = "report.pdf") =>
  new File([new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")], name);
const text = (name: string, content = "plain words") => new File([new TextEncoder().encode(content)], name);
const evidence = (who: Who, fields: Record<string, string | Blob | (string | Blob)[]>) =>
  as(who, () => addEvidenceAction(IDLE, form(fields as Record<string, string | Blob>)));
const narrative = (who: Who, fields: Record<string, string>) =>
  as(who, () =>
    saveNarrativeAction(
      IDLE,
      form({
        frameworkCode: setting.frameworkCode,
        year: String(setting.year),
        kind: "SUMMARY",
        subject: "",
        body: "Text",
        version: "0",
        ...fields,
      }),
    ),
  );
const exportOf = (who: Who, fields: Record<string, string>) =>
  as(who, () => startExportAction(IDLE, form({ frameworkCode: setting.frameworkCode, choice: "csv:values", ...fields })));
const openSdg = (who: Who, fields: Record<string, string | Blob>) =>
  as(who, () => startOpenSdgImportAction(IDLE, form({ framework: "SDG-MD", intent: "check", ...fields })));
const zipOf = (content: string) => new File([new TextEncoder().encode(content)], "data.zip", { type: "application/zip" });

function evidenceCases(): ActionCase[] {
  const value = () => setting.draftValueId;
  return [
    { name: "evidence: no file chosen", call: () => evidence("mlsp", { valueId: value() })(), message: "Choose at least one file" },
    {
      name: "evidence: eleven files at once",
      call: () => evidence("mlsp", { valueId: value(), files: Array.from({ length: 11 }, (_, index) => pdf(`r${index}.pdf`)) })(),
      message: "At most 10 files",
    },
    {
      name: "evidence: an executable",
      call: () => evidence("mlsp", { valueId: value(), files: text("run.exe", "MZ\u0090\u0000") })(),
      message: "is not a kind of file accepted as evidence",
    },
    {
      name: "evidence: text named .pdf",
      call: () => evidence("mlsp", { valueId: value(), files: text("fake.pdf") })(),
      message: 'The content of "fake.pdf" is not a .pdf file',
    },
    {
      name: "evidence: an empty file",
      call: () => evidence("mlsp", { valueId: value(), files: text("empty.csv", "") })(),
      message: "is empty",
    },
    {
      name: "evidence: a file name with a folder",
      call: () => evidence("mlsp", { valueId: value(), files: pdf("../../etc/report.pdf") })(),
      message: "may not contain a folder",
    },
    {
      name: "evidence: a 1 MB file name",
      call: () => evidence("mlsp", { valueId: value(), files: pdf(`${MEGABYTE}.pdf`) })(),
      message: "longer than 200 characters",
    },
    {
      name: "evidence: an unknown value",
      call: () => evidence("mlsp", { valueId: "no-such-value", files: pdf() })(),
      message: /no such value|not found|There is no/i,
    },
    {
      name: "evidence: a 1 MB value id",
      call: () => evidence("mlsp", { valueId: MEGABYTE, files: pdf() })(),
      message: /no such value|not found|There is no/i,
    },
    { name: "evidence: a viewer attaches", call: () => evidence("viewer", { valueId: value(), files: pdf() })(), message: ROLE_REFUSAL },
    {
      name: "evidence: a working-group member attaches",
      call: () => evidence("workingGroup", { valueId: value(), files: pdf() })(),
      message: ROLE_REFUSAL,
    },
    {
      name: "evidence: a submitted value",
      call: () => evidence("mlsp", { valueId: setting.submittedValueId, files: pdf() })(),
      message: /submitted|cannot|can no longer|reopen/i,
    },
    {
      name: "remove evidence: an unknown file",
      call: as("mlsp", () => removeEvidenceAction(IDLE, form({ evidenceId: "no-such-file", valueId: value() }))),
      message: "No such evidence file",
    },
    {
      name: "remove evidence: no file named",
      call: as("mlsp", () => removeEvidenceAction(IDLE, form({ valueId: value() }))),
      message: "No such evidence file",
    },
    {
      name: "remove evidence: a 1 MB id",
      call: as("mlsp", () => removeEvidenceAction(IDLE, form({ evidenceId: MEGABYTE, valueId: value() }))),
      message: "No such evidence file",
    },
  ];
}

function narrativeCases(): ActionCase[] {
  return [
    { name: "narrative: an unknown kind", call: () => narrative("secretariat", { kind: "POEM" })(), message: "Check the text" },
    { name: "narrative: a negative version", call: () => narrative("secretariat", { version: "-1" })(), message: "Check the text" },
    { name: "narrative: a version in words", call: () => narrative("secretariat", { version: "first" })(), message: "Check the text" },
    { name: "narrative: a year in words", call: () => narrative("secretariat", { year: "this year" })(), message: "Check the text" },
    { name: "narrative: a 1 MB text", call: () => narrative("secretariat", { body: MEGABYTE })(), message: "Check the text" },
    {
      name: "narrative: a 1 MB framework code",
      call: () => narrative("secretariat", { frameworkCode: MEGABYTE })(),
      message: "Check the text",
    },
    {
      name: "narrative: an unknown framework",
      call: () => narrative("secretariat", { frameworkCode: "NOPE" })(),
      message: /NOPE|no framework|not found/i,
    },
    {
      name: "narrative: an unknown area",
      call: () => narrative("secretariat", { kind: "AREA", subject: "Z9" })(),
      message: "There is no area Z9",
    },
    {
      name: "narrative: an unknown indicator",
      call: () => narrative("mlsp", { kind: "INDICATOR", subject: "Z9.9" })(),
      message: "There is no indicator Z9.9",
    },
    {
      name: "narrative: a version that is not the current one",
      call: () => narrative("secretariat", { version: "4" })(),
      message: "Someone changed this text",
    },
    { name: "narrative: an empty first text", call: () => narrative("secretariat", { body: "   " })(), message: "Write the text" },
    { name: "narrative: a viewer writes the summary", call: () => narrative("viewer", {})(), message: ROLE_REFUSAL },
    { name: "narrative: an institution writes the summary", call: () => narrative("mlsp", {})(), message: ROLE_REFUSAL },
  ];
}

function exportAndImportCases(): ActionCase[] {
  return [
    { name: "export: an unknown format", call: () => exportOf("viewer", { choice: "exe:values" })(), message: JOB_REFUSAL },
    { name: "export: no choice", call: () => exportOf("viewer", { choice: "" })(), message: JOB_REFUSAL },
    { name: "export: a year in words", call: () => exportOf("viewer", { year: "last" })(), message: JOB_REFUSAL },
    {
      name: "export: an unknown framework",
      call: () => exportOf("viewer", { frameworkCode: "NOPE" })(),
      message: /NOPE|no framework|not found/i,
    },
    { name: "export: a 1 MB framework code", call: () => exportOf("viewer", { frameworkCode: MEGABYTE })(), message: JOB_REFUSAL },
    { name: "Open SDG: no file", call: () => openSdg("secretariat", {})(), message: "Choose the zip file" },
    { name: "Open SDG: a file that is not a zip", call: () => openSdg("secretariat", { file: zipOf("not a zip") })(), message: /zip/i },
    {
      name: "Open SDG: an unknown period rule",
      call: () => openSdg("secretariat", { periodRule: "whenever", file: zipOf("PK") })(),
      message: "The query is not valid",
    },
    {
      name: "Open SDG: a 1 MB framework code",
      call: () => openSdg("secretariat", { framework: MEGABYTE, file: zipOf("PK") })(),
      message: "The query is not valid",
    },
    { name: "Open SDG: a viewer imports", call: () => openSdg("viewer", { file: zipOf("PK") })(), message: ROLE_REFUSAL },
  ];
}

function noticeCases(): ActionCase[] {
  return [
    {
      name: "e-mail choices: an unknown kind",
      call: as("viewer", () => updateEmailPreferencesAction(IDLE, form({ emailKinds: ["NO_SUCH_KIND"] }))),
      message: "The e-mail choices are not valid",
    },
    {
      name: "e-mail choices: a 1 MB kind",
      call: as("viewer", () => updateEmailPreferencesAction(IDLE, form({ emailKinds: [MEGABYTE] }))),
      message: "The e-mail choices are not valid",
    },
    {
      name: "e-mail choices: signed out",
      call: as(null, () => updateEmailPreferencesAction(IDLE, form({ emailKinds: [] }))),
      message: /sign in|signed in|session/i,
    },
    {
      name: "mark read: a 1 MB id",
      call: as("viewer", () => markNotificationsReadAction(IDLE, form({ id: [MEGABYTE] }))),
      message: "The notices to mark are not valid",
    },
    {
      name: "mark read: ten thousand ids",
      call: as("viewer", () => markNotificationsReadAction(IDLE, form({ id: Array.from({ length: 10_000 }, (_, index) => `n${index}`) }))),
      message: "The notices to mark are not valid",
    },
    {
      name: "reminder days: words",
      call: as("admin", () => updateReminderDaysAction(IDLE, form({ reminderDays: "soon" }))),
      message: "Check the reminder days",
    },
    {
      name: "reminder days: a negative day",
      call: as("admin", () => updateReminderDaysAction(IDLE, form({ reminderDays: "14, -3" }))),
      message: "Check the reminder days",
    },
    {
      name: "reminder days: 1 MB",
      call: as("admin", () => updateReminderDaysAction(IDLE, form({ reminderDays: MEGABYTE }))),
      message: "Check the reminder days",
    },
    {
      name: "reminder days: set by the secretariat",
      call: as("secretariat", () => updateReminderDaysAction(IDLE, form({ reminderDays: "7" }))),
      message: ROLE_REFUSAL,
    },
  ];
}

describe("bad input to the evidence, narrative, export, import and notice actions", () => {
  it.each(
    [...evidenceCases(), ...narrativeCases(), ...exportAndImportCases(), ...noticeCases()].map((testCase) => [testCase.name, testCase]),
  )("%s", async (_name, testCase) => {
    await expectActionRefusal(testCase);
  });
});
