import { describe, expect, it } from "vitest";
import { entryInputName, readEntryRows, ROW_LIST, savedField, type EntryTyped } from "@/lib/monitoring/entry-form-fields";

const EMPTY: EntryTyped = { value: "", comment: "", source: "", evidenceUrl: "" };

/** The entry form as a browser posts it: each listed row with its four fields, its version and what was saved. */
function posted(rows: { id: string; typed: EntryTyped; saved?: EntryTyped; version?: string }[], extra: [string, string][] = []) {
  const data = new FormData();
  data.set("frameworkCode", "FW");
  data.set("year", "2025");
  for (const row of rows) {
    data.append(ROW_LIST, row.id);
    data.set(entryInputName("version", row.id), row.version ?? "");
    if (row.saved) data.set(entryInputName("saved", row.id), savedField(row.saved));
    for (const [field, value] of Object.entries(row.typed)) data.set(entryInputName(field as keyof EntryTyped, row.id), value);
  }
  for (const [name, value] of extra) data.set(name, value);
  return data;
}

describe("the entry form's posted rows", () => {
  it("reads each row's indicator, breakdown, fields and version, and tells changed rows from unchanged ones", () => {
    const rows = readEntryRows(
      posted([
        { id: "A1.1|", typed: { ...EMPTY, value: "12" }, saved: EMPTY },
        {
          id: "A1.2|SEX=F",
          typed: { ...EMPTY, value: "3", comment: "Same" },
          saved: { ...EMPTY, value: "3", comment: "Same" },
          version: "4",
        },
        { id: "A1.3|AGE=15-24;SEX=M", typed: { ...EMPTY, comment: "Changed" }, saved: EMPTY, version: "2" },
      ]),
    );
    expect(rows.map((row) => [row.id, row.isChanged])).toEqual([
      ["A1.1|", true],
      ["A1.2|SEX=F", false],
      ["A1.3|AGE=15-24;SEX=M", true],
    ]);
    expect(rows[0]!.input).toEqual({
      indicator: "A1.1",
      disaggregation: "",
      value: "12",
      comment: "",
      source: "",
      evidenceUrl: "",
      version: null,
    });
    expect(rows[2]!.input).toMatchObject({ indicator: "A1.3", disaggregation: "AGE=15-24;SEX=M", comment: "Changed", version: 2 });
  });

  it("counts a row without a readable saved state as changed, so that nothing typed is dropped", () => {
    const data = posted([{ id: "A1.1|", typed: { ...EMPTY, value: "5" } }]);
    data.set(entryInputName("saved", "A1.1|"), "{not json");
    expect(readEntryRows(data)[0]!.isChanged).toBe(true);
  });

  it("passes any other field of a listed row on, and a version that is no number as sent, for the row's strict schema to refuse", () => {
    const rows = readEntryRows(
      posted(
        [{ id: "A1.1|", typed: EMPTY, version: "latest" }],
        [
          ["status:A1.1|", "APPROVED"],
          ["status:B9|", "X"],
        ],
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.input).toMatchObject({ status: "APPROVED", version: "latest" });
  });

  it("gives back what was typed cut to the length a form gets back", () => {
    const rows = readEntryRows(posted([{ id: "A1.1|", typed: { ...EMPTY, comment: "x".repeat(100_000) }, saved: EMPTY }]));
    expect(rows[0]!.input.comment).toHaveLength(100_000);
    expect(rows[0]!.typed.comment.length).toBeLessThan(100_000);
  });
});
