import { describe, expect, it } from "vitest";
import { groupMissing, ungroupMissing } from "@/app/(app)/cycles/[framework]/[year]/entry/entry-form-state";

const missing = [
  { indicator: "N1.001", name: "Returnees assisted", disaggregation: "", label: "Total" },
  { indicator: "N1.001", name: "Returnees assisted", disaggregation: "SEX=F", label: "Female" },
  { indicator: "N1.002", name: "Diaspora associations", disaggregation: "", label: "Total" },
  { indicator: "N1.001", name: "Returnees assisted", disaggregation: "SEX=M", label: "Male" },
];

describe("the empty rows of the areas not shown", () => {
  it("name each indicator once in the page and come back as the list the question before submitting shows", () => {
    const grouped = groupMissing(missing);
    expect(grouped.map((group) => [group.indicator, group.rows.length])).toEqual([
      ["N1.001", 3],
      ["N1.002", 1],
    ]);
    expect(JSON.stringify(grouped).split("Returnees assisted").length - 1).toBe(1);
    // Grouped by indicator: the list reads indicator by indicator, each in its rows' order.
    expect(ungroupMissing(grouped)).toEqual([missing[0], missing[1], missing[3], missing[2]]);
  });
});
