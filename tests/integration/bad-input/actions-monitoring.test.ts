/**
 * Bad input to the server actions of monitoring (values, cycles, uploads, progress settings),
 * called directly with FormData as a form sends it: each case answers an error state with a
 * clear message and leaves the database unchanged row for row (issue 18, item 9).
 */
import { beforeAll, describe, it, vi } from "vitest";
import { openCycleAction, setCycleOpenAction, updateDeadlinesAction } from "@/app/actions/cycles";
import { updateFrameworkScoringAction } from "@/app/actions/frameworks";
import { entryFormAction } from "@/app/actions/entry";
import { uploadValuesAction } from "@/app/actions/upload-values";
import { addCommentAction, reopenValueAction, reviewAction } from "@/app/actions/values";
import { IDLE } from "@/lib/actions/action-state";
import { ROW_LIST } from "@/lib/monitoring/entry-form-fields";
import { actAs, form } from "./action-request";
import { createBadInputSetting, expectActionRefusal, MEGABYTE, type ActionCase, type BadInputSetting, type Who } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/actions/cycles.ts openCycleAction",
  "app/actions/cycles.ts setCycleOpenAction",
  "app/actions/cycles.ts updateDeadlinesAction",
  "app/actions/frameworks.ts updateFrameworkScoringAction",
  "app/actions/entry.ts entryFormAction",
  "app/actions/upload-values.ts uploadValuesAction",
  "app/actions/values.ts addCommentAction",
  "app/actions/values.ts reopenValueAction",
  "app/actions/values.ts reviewAction",
];

vi.mock("next/headers", async () => (await import("./action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./action-request")).nextCacheMock);

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

/** A case acted by someone: the cookie is set just before the action runs. */
const as = (who: Who | null, run: () => Promise<unknown>) => async () => {
  actAs(who ? setting.cookies[who] : null);
  return run();
};
const cycleFields = () => ({ frameworkCode: setting.frameworkCode, year: String(setting.year) });
const file = (text: string, name = "values.csv") => new File([text], name, { type: "text/csv" });
/** The idle state every form starts from, as the entry form's and the upload panel's actions take it. */
const UNSENT = { status: "idle" } as const;
/** The entry form saving one row: its fields named `${field}:${row id}`, as the form names them. */
const entryForm = (rowId: string, fields: Record<string, string>) =>
  form({
    ...cycleFields(),
    intent: "save",
    [ROW_LIST]: rowId,
    ...Object.fromEntries(Object.entries(fields).map(([field, value]) => [`${field}:${rowId}`, value])),
  });

const CASES: ActionCase[] = [
  // entryFormAction: the entry form's rows as it posts them (lib/monitoring/entry-form-fields.ts)
  {
    name: "save entry: a 1 MB evidence address",
    call: as("mlsp", () => entryFormAction(UNSENT, entryForm("A1.1|", { value: "3", evidenceUrl: `https://e.org/${MEGABYTE}` }))),
    message: "1 row has problems",
  },
  {
    name: "save entry: a breakdown __proto__=F",
    call: as("mlsp", () => entryFormAction(UNSENT, entryForm("A1.6|__proto__=F", { value: "3" }))),
    message: "1 row has problems",
  },
  {
    name: "save entry: an unknown field in a row",
    call: as("mlsp", () => entryFormAction(UNSENT, entryForm("A1.1|", { value: "3", status: "APPROVED" }))),
    message: "1 row has problems",
  },
  {
    name: "save entry: a version that is no number",
    call: as("mlsp", () => entryFormAction(UNSENT, entryForm("A1.1|", { value: "3", version: "latest" }))),
    message: "1 row has problems",
  },
  {
    name: "save entry: a 1 MB indicator code",
    call: as("mlsp", () => entryFormAction(UNSENT, entryForm(`${MEGABYTE}|`, { value: "3" }))),
    message: "1 row has problems",
  },
  {
    name: "save entry: signed out",
    call: as(null, () => entryFormAction(UNSENT, entryForm("A1.1|", { value: "3" }))),
    message: "Your session has ended",
  },
  {
    name: "save entry: a viewer",
    call: as("viewer", () => entryFormAction(UNSENT, entryForm("A1.1|", { value: "3" }))),
    message: "Your role (viewer) cannot do this",
  },
  // entryFormAction, submitting
  {
    name: "submit entry: an unknown framework",
    call: as("mlsp", () => entryFormAction(UNSENT, form({ frameworkCode: "NOPE", year: String(setting.year), intent: "submit" }))),
    message: "There is no 2025 reporting cycle for NOPE",
  },
  {
    name: "submit entry: a 1 MB framework code",
    call: as("mlsp", () => entryFormAction(UNSENT, form({ frameworkCode: MEGABYTE, year: String(setting.year), intent: "submit" }))),
    message: "There is no 2025 reporting cycle for",
  },
  // reviewAction
  {
    name: "review: a decision that is neither approve nor return",
    call: as("secretariat", () => reviewAction(IDLE, form({ ...cycleFields(), decision: "reject", value: "A1.2|1|" }))),
    message: "The review decisions are not valid",
  },
  {
    name: "review: no decision at all",
    call: as("secretariat", () => reviewAction(IDLE, form({ ...cycleFields(), value: "A1.2|1|" }))),
    message: "The review decisions are not valid",
  },
  {
    name: "review: return with a 1 MB reason",
    call: as("secretariat", () => reviewAction(IDLE, form({ ...cycleFields(), decision: "return", reason: MEGABYTE, value: "A1.2|1|" }))),
    message: "The review decisions are not valid",
  },
  {
    name: "review: nothing checked",
    call: as("secretariat", () => reviewAction(IDLE, form({ ...cycleFields(), decision: "approve" }))),
    message: "Check at least one value to approve",
  },
  // reopenValueAction, addCommentAction
  {
    name: "reopen: no reason",
    call: as("secretariat", () => reopenValueAction(IDLE, form({ valueId: setting.submittedValueId, reason: "" }))),
    message: "Say why the value is reopened",
  },
  {
    name: "reopen: an unknown value",
    call: as("secretariat", () => reopenValueAction(IDLE, form({ valueId: "nope", reason: "Typo" }))),
    message: "No such value",
  },
  {
    name: "comment: a 1 MB comment",
    call: as("mlsp", () => addCommentAction(IDLE, form({ valueId: setting.draftValueId, body: MEGABYTE }))),
    message: "Check the comment",
  },
  {
    name: "comment: an empty comment",
    call: as("mlsp", () => addCommentAction(IDLE, form({ valueId: setting.draftValueId, body: "   " }))),
    message: "Check the comment",
  },
  {
    name: "comment: a 1 MB value id",
    call: as("mlsp", () => addCommentAction(IDLE, form({ valueId: MEGABYTE, body: "Hello" }))),
    message: "No such value",
  },
  // cycles
  {
    name: "open cycle: a year of letters",
    call: as("secretariat", () => openCycleAction(IDLE, form({ frameworkCode: setting.frameworkCode, year: "next" }))),
    message: "Check the cycle's details",
  },
  {
    name: "open cycle: a 1 MB framework code",
    call: as("secretariat", () => openCycleAction(IDLE, form({ frameworkCode: MEGABYTE, year: "2031" }))),
    message: "Check the cycle's details",
  },
  {
    name: "open cycle: a deadline that is no date",
    call: as("secretariat", () =>
      openCycleAction(IDLE, form({ frameworkCode: setting.frameworkCode, year: "2031", submissionDeadline: "soon" })),
    ),
    message: "Check the cycle's details",
  },
  {
    name: "deadlines: consolidation before submission",
    call: as("secretariat", () =>
      updateDeadlinesAction(IDLE, form({ ...cycleFields(), submissionDeadline: "2026-03-01", consolidationDeadline: "2026-01-01" })),
    ),
    message: "Check the deadlines",
  },
  {
    name: "close cycle: open=1 is refused, not read as closing",
    call: as("secretariat", () => setCycleOpenAction(IDLE, form({ ...cycleFields(), open: "1" }))),
    message: "open is true or false",
  },
  {
    name: "close cycle: open missing",
    call: as("secretariat", () => setCycleOpenAction(IDLE, form(cycleFields()))),
    message: "open is true or false",
  },
  // uploads
  {
    name: "check file: no file",
    call: as("mlsp", () => uploadValuesAction(UNSENT, form({ ...cycleFields(), intent: "check" }))),
    message: "Choose a file to upload",
  },
  {
    name: "import file: a 1 MB framework code",
    call: as("mlsp", () =>
      uploadValuesAction(UNSENT, form({ frameworkCode: MEGABYTE, year: String(setting.year), intent: "import", file: file("x") })),
    ),
    message: "The cycle is not valid",
  },
  {
    name: "import file: a bidi override in a code",
    call: as("mlsp", () =>
      uploadValuesAction(
        UNSENT,
        form({
          ...cycleFields(),
          intent: "import",
          file: file(
            "indicator,indicator_name,breakdown,breakdown_label,unit,allowed_values,year,value,comment,source,evidence_url\nA1.1\u202E,,,,,,2025,5,,,\n",
          ),
        }),
      ),
    ),
    message: "1 row has problems",
  },
  // progress settings
  {
    name: "scoring: a cut-off of 140",
    call: as("secretariat", () =>
      updateFrameworkScoringAction(
        IDLE,
        form({ frameworkCode: setting.frameworkCode, baseYear: "2018", cutoff2: "40", cutoff3: "60", cutoff4: "140" }),
      ),
    ),
    message: "Check the scoring settings",
  },
  {
    name: "scoring: a base year of letters",
    call: as("secretariat", () =>
      updateFrameworkScoringAction(
        IDLE,
        form({ frameworkCode: setting.frameworkCode, baseYear: "last", cutoff2: "40", cutoff3: "60", cutoff4: "80" }),
      ),
    ),
    message: "Check the scoring settings",
  },
];

describe("bad input to the monitoring server actions", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    await expectActionRefusal(testCase);
  });
});
