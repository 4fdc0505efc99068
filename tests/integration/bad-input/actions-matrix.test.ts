/**
 * Bad input to the server actions of the matrix (the editor, the workbook import, a version's
 * consultation and approval), called directly with FormData as a form sends it: each case
 * answers an error state with a clear message and leaves the database unchanged row for row
 * (issue 18, item 9).
 */
import { beforeAll, describe, it, vi } from "vitest";
import {
  addConsultationCommentAction,
  approveVersionAction,
  openConsultationAction,
  recordApprovalPositionAction,
  resolveConsultationCommentAction,
  setApprovalQuorumAction,
  validateVersionAction,
} from "@/app/actions/framework-versions";
import {
  createAreaAction,
  createDraftVersionAction,
  createFrameworkAction,
  createIndicatorAction,
  deleteAreaAction,
  moveAreaAction,
  moveIndicatorAction,
  renameAreaAction,
  retireIndicatorAction,
  updateIndicatorAction,
} from "@/app/actions/matrix-editor";
import { importMatrixAction } from "@/app/actions/matrix-import";
import { importMatrixTranslationsAction } from "@/app/actions/matrix-translations";
import { IDLE } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { actAs, form } from "./action-request";
import { createBadInputSetting, expectActionRefusal, MEGABYTE, type ActionCase, type BadInputSetting, type Who } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/actions/framework-versions.ts addConsultationCommentAction",
  "app/actions/framework-versions.ts approveVersionAction",
  "app/actions/framework-versions.ts openConsultationAction",
  "app/actions/framework-versions.ts recordApprovalPositionAction",
  "app/actions/framework-versions.ts resolveConsultationCommentAction",
  "app/actions/framework-versions.ts setApprovalQuorumAction",
  "app/actions/framework-versions.ts validateVersionAction",
  "app/actions/matrix-editor.ts createAreaAction",
  "app/actions/matrix-editor.ts createDraftVersionAction",
  "app/actions/matrix-editor.ts createFrameworkAction",
  "app/actions/matrix-editor.ts createIndicatorAction",
  "app/actions/matrix-editor.ts deleteAreaAction",
  "app/actions/matrix-editor.ts moveAreaAction",
  "app/actions/matrix-editor.ts moveIndicatorAction",
  "app/actions/matrix-editor.ts renameAreaAction",
  "app/actions/matrix-editor.ts retireIndicatorAction",
  "app/actions/matrix-editor.ts updateIndicatorAction",
  "app/actions/matrix-import.ts importMatrixAction",
  "app/actions/matrix-translations.ts importMatrixTranslationsAction",
];

vi.mock("next/headers", async () => (await import("./action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./action-request")).nextCacheMock);

let setting: BadInputSetting;
const draft = { versionId: "", areaId: "", indicatorId: "" };
beforeAll(async () => {
  setting = await createBadInputSetting();
  const version = await db.frameworkVersion.findFirstOrThrow({
    where: { number: setting.draftNumber, framework: { code: setting.frameworkCode, workspaceId: setting.workspaceId } },
    include: { areas: { where: { code: "A1" } }, indicators: { where: { code: "A1.1" } } },
  });
  Object.assign(draft, { versionId: version.id, areaId: version.areas[0]!.id, indicatorId: version.indicators[0]!.id });
});

const as = (who: Who | null, run: () => Promise<unknown>) => async () => {
  actAs(who ? setting.cookies[who] : null);
  return run();
};
const address = () => ({ frameworkCode: setting.frameworkCode, versionNumber: String(setting.draftNumber) });
const sec = (run: () => Promise<unknown>) => as("secretariat", run);

const CASES: ActionCase[] = [
  // new framework and draft
  {
    name: "new framework: a code with spaces",
    call: sec(() => createFrameworkAction(IDLE, form({ code: "A B", name: "X", start: "blank" }))),
    message: "Check the new framework",
  },
  {
    name: "new framework: a 1 MB name",
    call: sec(() => createFrameworkAction(IDLE, form({ code: "NEWFW", name: MEGABYTE, start: "blank" }))),
    message: "Check the new framework",
  },
  {
    name: "new framework: an unknown way to start",
    call: sec(() => createFrameworkAction(IDLE, form({ code: "NEWFW", name: "X", start: "import" }))),
    message: "Check the new framework",
  },
  {
    name: "new framework: an unknown template",
    call: sec(() => createFrameworkAction(IDLE, form({ code: "NEWFW", name: "X", start: "template", template: "ISO" }))),
    message: "Check the new framework",
  },
  {
    name: "new draft: while one is being edited",
    call: sec(() => createDraftVersionAction(IDLE, form({ frameworkCode: setting.frameworkCode, label: "3.0" }))),
    message: "one version is worked on at a time",
  },
  {
    name: "new draft: a 1 MB label",
    call: sec(() => createDraftVersionAction(IDLE, form({ frameworkCode: setting.frameworkCode, label: MEGABYTE }))),
    message: "Check the new version",
  },
  // areas
  {
    name: "new area: a 1 MB name",
    call: sec(() => createAreaAction(IDLE, form({ ...address(), versionId: draft.versionId, code: "A9", name: MEGABYTE }))),
    message: "Check the area",
  },
  {
    name: "new area: a code that exists",
    call: sec(() => createAreaAction(IDLE, form({ ...address(), versionId: draft.versionId, code: "A1", name: "Again" }))),
    message: "Check the area",
  },
  {
    name: "new area: a translation line without a language",
    call: sec(() =>
      createAreaAction(IDLE, form({ ...address(), versionId: draft.versionId, code: "A9", name: "X", translations: "no language here" })),
    ),
    message: "Check the area",
  },
  {
    name: "rename area: an empty name",
    call: sec(() => renameAreaAction(IDLE, form({ ...address(), areaId: draft.areaId, name: "" }))),
    message: "Check the area",
  },
  {
    name: "move area: a position of letters",
    call: sec(() => moveAreaAction(IDLE, form({ ...address(), areaId: draft.areaId, position: "first" }))),
    message: "Check where the area goes",
  },
  {
    name: "delete area: one that holds indicators",
    call: sec(() => deleteAreaAction(IDLE, form({ ...address(), areaId: draft.areaId }))),
    message: "still holds 6 indicators",
  },
  {
    name: "delete area: a 1 MB id",
    call: sec(() => deleteAreaAction(IDLE, form({ ...address(), areaId: MEGABYTE }))),
    message: "Check the area",
  },
  // indicators
  {
    name: "new indicator: no fields",
    call: sec(() => createIndicatorAction(IDLE, form({ ...address(), areaId: draft.areaId }))),
    message: "Check the indicator's fields",
  },
  {
    name: "change indicator: a 1 MB name",
    call: sec(() =>
      updateIndicatorAction(IDLE, form({ ...address(), indicatorId: draft.indicatorId, code: "A1.1", name: MEGABYTE, type: "NUMBER" })),
    ),
    message: "Check the indicator's fields",
  },
  {
    name: "move indicator: a negative position",
    call: sec(() =>
      moveIndicatorAction(IDLE, form({ ...address(), indicatorId: draft.indicatorId, areaId: draft.areaId, position: "-4" })),
    ),
    message: "Check where the indicator goes",
  },
  {
    name: "retire indicator: a 1 MB note",
    call: sec(() => retireIndicatorAction(IDLE, form({ ...address(), indicatorId: draft.indicatorId, note: MEGABYTE }))),
    message: "Check the indicator",
  },
  // workbook import
  {
    name: "import workbook: no file",
    call: sec(() => importMatrixAction(IDLE, form({ mode: "new-draft", frameworkCode: setting.frameworkCode, intent: "check" }))),
    message: "Check the import",
  },
  {
    name: "import workbook: a file that is no workbook",
    call: sec(() =>
      importMatrixAction(
        IDLE,
        form({ mode: "new-framework", newCode: "NEWFW2", newName: "New", intent: "import", file: new File(["not a zip"], "matrix.xlsx") }),
      ),
    ),
    message: "There is no column",
  },
  {
    name: "import workbook: an unknown mode",
    call: sec(() =>
      importMatrixAction(
        IDLE,
        form({ mode: "replace", frameworkCode: setting.frameworkCode, intent: "check", file: new File(["x"], "m.xlsx") }),
      ),
    ),
    message: "Check the import",
  },
  // translation workbook import
  {
    name: "import translations: no file",
    call: sec(() => importMatrixTranslationsAction(IDLE, form({ ...address() }))),
    message: "Check the translation file",
  },
  {
    name: "import translations: a file that is no workbook",
    call: sec(() => importMatrixTranslationsAction(IDLE, form({ ...address(), file: new File(["not a zip"], "translations.xlsx") }))),
    message: "not a readable Excel workbook",
  },
  // consultation and approval
  {
    name: "open consultation: a deadline in the past",
    call: sec(() =>
      openConsultationAction(
        IDLE,
        form({
          ...address(),
          versionId: draft.versionId,
          deadline: "2001-01-01",
          workingGroupUserIds: setting.members.workingGroup.user.id,
        }),
      ),
    ),
    message: "Check the consultation's details",
  },
  {
    name: "open consultation: no working-group member",
    call: sec(() => openConsultationAction(IDLE, form({ ...address(), versionId: draft.versionId, deadline: "2099-01-01" }))),
    message: "Check the consultation's details",
  },
  {
    name: "open consultation: a 1 MB member id",
    call: sec(() =>
      openConsultationAction(
        IDLE,
        form({ ...address(), versionId: draft.versionId, deadline: "2099-01-01", workingGroupUserIds: MEGABYTE }),
      ),
    ),
    message: "Check the consultation's details",
  },
  {
    name: "consultation comment: a 1 MB comment",
    call: as("workingGroup", () => addConsultationCommentAction(IDLE, form({ ...address(), versionId: draft.versionId, body: MEGABYTE }))),
    message: "Check your comment",
  },
  {
    name: "consultation comment: on a draft not in consultation",
    call: as("workingGroup", () =>
      addConsultationCommentAction(IDLE, form({ ...address(), versionId: draft.versionId, body: "Looks fine" })),
    ),
    message: "only while it is in consultation",
  },
  {
    name: "resolve comment: an unknown resolution",
    call: sec(() => resolveConsultationCommentAction(IDLE, form({ ...address(), commentId: "c1", resolution: "MAYBE", reason: "x" }))),
    message: "Check the resolution",
  },
  {
    name: "validate: a draft not in consultation",
    call: sec(() => validateVersionAction(IDLE, form({ ...address(), versionId: draft.versionId }))),
    message: "only while it is in consultation",
  },
  {
    name: "position: neither agree nor object",
    call: as("workingGroup", () =>
      recordApprovalPositionAction(IDLE, form({ ...address(), versionId: draft.versionId, position: "ABSTAIN" })),
    ),
    message: "Check your position",
  },
  {
    name: "quorum: 150 %",
    call: sec(() => setApprovalQuorumAction(IDLE, form({ ...address(), quorumPercent: "150" }))),
    message: "Check the quorum",
  },
  {
    name: "approve: no minutes",
    call: sec(() =>
      approveVersionAction(
        IDLE,
        form({ ...address(), versionId: draft.versionId, minutes: "", participantUserIds: setting.members.workingGroup.user.id }),
      ),
    ),
    message: "Check the decision",
  },
  {
    name: "approve: 1 MB of minutes, for a draft",
    call: sec(() =>
      approveVersionAction(
        IDLE,
        form({ ...address(), versionId: draft.versionId, minutes: MEGABYTE, participantUserIds: setting.members.workingGroup.user.id }),
      ),
    ),
    message: "only while it is validated",
  },
];

describe("bad input to the matrix server actions", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    await expectActionRefusal(testCase);
  });
});
