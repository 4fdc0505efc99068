/**
 * The entry form's action (decision 022) as the form posts it, with or without JavaScript:
 * only the rows that differ from what was saved are saved, with their versions; a stale
 * version comes back as a conflict at its row with what was typed; asking to submit is refused
 * while entries are unsaved; submitting sends the saved values.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { entryFormAction, type EntryFormState } from "@/app/actions/entry";
import { entryInputName, ROW_LIST, savedField, type EntryTyped } from "@/lib/monitoring/entry-form-fields";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { actAs } from "./bad-input/action-request";
import { createBadInputSetting, type BadInputSetting } from "./bad-input/bad-input-setting";
import { findTestValue } from "../fixtures/factories";

vi.mock("next/headers", async () => (await import("./bad-input/action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./bad-input/action-request")).nextCacheMock);

const IDLE: EntryFormState = { status: "idle" };
const EMPTY: EntryTyped = { value: "", comment: "", source: "", evidenceUrl: "" };

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

type PostedRow = { id: string; typed: Partial<EntryTyped>; saved: Partial<EntryTyped>; version: number | null };

function entryForm(intent: string, rows: PostedRow[]): FormData {
  const data = new FormData();
  data.set("frameworkCode", setting.frameworkCode);
  data.set("year", String(setting.year));
  data.set("intent", intent);
  for (const row of rows) {
    data.append(ROW_LIST, row.id);
    data.set(entryInputName("version", row.id), row.version === null ? "" : String(row.version));
    data.set(entryInputName("saved", row.id), savedField({ ...EMPTY, ...row.saved }));
    for (const [field, value] of Object.entries({ ...EMPTY, ...row.typed }))
      data.set(entryInputName(field as keyof EntryTyped, row.id), value);
  }
  return data;
}

const framework = () => ({ versionId: setting.versionId });

describe("the entry form's action", () => {
  it("saves only the rows that changed, and answers their new versions", async () => {
    actAs(setting.cookies.mlsp);
    const draft = (await findTestValue(framework(), "A1.1"))!;
    const answer = await entryFormAction(
      IDLE,
      entryForm("save", [
        {
          id: "A1.1|",
          typed: { value: "12", comment: "First count" },
          saved: { value: "12", comment: "First count" },
          version: draft.version,
        },
        { id: "A1.3|", typed: { value: "yes" }, saved: {}, version: null },
        { id: "A1.6|SEX=F", typed: { value: "7", source: "Register" }, saved: {}, version: null },
      ]),
    );
    expect(answer).toMatchObject({ status: "saved", result: { created: 2, updated: 0, deleted: 0 } });
    if (answer.status !== "saved") return;
    expect(Object.keys(answer.typed)).toEqual(["A1.3|", "A1.6|SEX=F"]);
    expect(answer.result.values.map((value) => `${value.indicator}|${value.disaggregation}`).sort()).toEqual(["A1.3|", "A1.6|SEX=F"]);
    expect((await findTestValue(framework(), "A1.6", 2025, "SEX=F"))?.source).toBe("Register");
    expect((await findTestValue(framework(), "A1.1"))?.version).toBe(draft.version);
  });

  it("answers that there is nothing to save when no row differs from what was saved", async () => {
    actAs(setting.cookies.mlsp);
    const answer = await entryFormAction(IDLE, entryForm("save", [{ id: "A1.4|", typed: {}, saved: {}, version: null }]));
    expect(answer).toEqual({ status: "nothing-to-save" });
  });

  it("refuses a save based on a version someone else replaced, at its row, with what was typed", async () => {
    actAs(setting.cookies.mlsp);
    const before = (await findTestValue(framework(), "A1.5"))?.version ?? null;
    await saveCycleValues(setting.members.mlsp, { frameworkCode: setting.frameworkCode, year: setting.year }, [
      { indicator: "A1.5", value: "Written by a colleague" },
    ]);
    const answer = await entryFormAction(
      IDLE,
      entryForm("save", [
        { id: "A1.4|", typed: {}, saved: {}, version: null },
        { id: "A1.5|", typed: { value: "Mine" }, saved: {}, version: before },
      ]),
    );
    expect(answer).toMatchObject({ status: "error", rowIds: ["A1.5|"], typed: { "A1.5|": { value: "Mine" } } });
    if (answer.status !== "error") return;
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts![0]).toMatchObject({ row: 1, indicator: "A1.5", current: { value: "Written by a colleague" } });
    expect((await findTestValue(framework(), "A1.5"))?.text).toBe("Written by a colleague");
  });

  it("asks before submitting only when every entry is saved, then submits the saved values", async () => {
    actAs(setting.cookies.mlsp);
    const unsaved = await entryFormAction(
      IDLE,
      entryForm("ask-submit", [{ id: "A1.4|", typed: { value: "x" }, saved: {}, version: null }]),
    );
    expect(unsaved).toMatchObject({ status: "error", message: "Save your draft before submitting: some entries are not saved yet." });
    expect(await entryFormAction(IDLE, entryForm("ask-submit", [{ id: "A1.4|", typed: {}, saved: {}, version: null }]))).toEqual({
      status: "confirm-submit",
    });
    const submitted = await entryFormAction(IDLE, entryForm("submit", []));
    expect(submitted).toMatchObject({ status: "submitted" });
    if (submitted.status === "submitted") expect(submitted.result.submitted).toBeGreaterThan(0);
    expect((await findTestValue(framework(), "A1.3"))?.status).toBe("SUBMITTED");
  });
});
