import { describe, expect, it } from "vitest";
import { expectedRows } from "@/lib/monitoring/expected-rows";
import { resolveDisaggregation } from "@/lib/monitoring/resolve-disaggregation";

const SEX = {
  code: "SEX",
  name: "Sex",
  members: [
    { code: "F", name: "Female" },
    { code: "M", name: "Male" },
  ],
};
const AGE_GROUP = {
  code: "AGE_GROUP",
  name: "Age group",
  members: [
    { code: "Y15T24", name: "15-24 years" },
    { code: "Y_GE65", name: "65 years and over" },
  ],
};

describe("resolveDisaggregation", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an empty string", ""],
    ["a blank string", "   "],
    ["an empty object", {}],
  ])("reads %s as the total", (_label, input) => {
    expect(resolveDisaggregation(input, [SEX], "I1")).toEqual({ ok: true, key: "" });
    expect(resolveDisaggregation(input, [], "I1")).toEqual({ ok: true, key: "" });
  });

  it.each([
    ["an object with a code", { SEX: "F" }],
    ["a key", "SEX=F"],
    ["a key with spaces around it", "  SEX=F "],
    ["a member's name", { SEX: "Female" }],
    ["a member's name in another case", { SEX: "fEMALE" }],
    ["a member's name in a key", "SEX=Female"],
    ["a dimension code in lower case", { sex: "F" }],
    ["a member with spaces around it", { SEX: " F " }],
  ])("resolves %s to the canonical key", (_label, input) => {
    expect(resolveDisaggregation(input, [SEX], "I1")).toEqual({ ok: true, key: "SEX=F" });
  });

  it("sorts several dimensions by code, whatever order they come in", () => {
    expect(resolveDisaggregation({ SEX: "M", AGE_GROUP: "65 years and over" }, [SEX, AGE_GROUP], "I1")).toEqual({
      ok: true,
      key: "AGE_GROUP=Y_GE65;SEX=M",
    });
    expect(resolveDisaggregation("SEX=M;AGE_GROUP=Y_GE65", [SEX, AGE_GROUP], "I1")).toEqual({ ok: true, key: "AGE_GROUP=Y_GE65;SEX=M" });
  });

  it("refuses a dimension the indicator is not broken down by, listing the allowed ones", () => {
    expect(resolveDisaggregation({ REGION: "NORTH" }, [SEX, AGE_GROUP], "I1")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Indicator I1 is broken down only by SEX, AGE_GROUP, not by REGION" }),
    });
  });

  it("refuses any breakdown of an indicator without dimensions", () => {
    expect(resolveDisaggregation("SEX=F", [], "I2")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Indicator I2 has no breakdown; leave the breakdown empty" }),
    });
  });

  it("refuses an unknown member, listing the member codes", () => {
    expect(resolveDisaggregation({ SEX: "Other" }, [SEX], "I1")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Sex has no member “Other”; use one of: F, M" }),
    });
    expect(resolveDisaggregation("AGE_GROUP=15-24", [AGE_GROUP], "I1")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Age group has no member “15-24”; use one of: Y15T24, Y_GE65" }),
    });
  });

  it.each([
    ["a dimension without a member", "SEX"],
    ["an empty member", "SEX="],
    ["a member without a dimension", "=F"],
    ["a repeated dimension", "SEX=F;SEX=M"],
  ])("refuses a malformed key: %s", (_label, input) => {
    expect(resolveDisaggregation(input, [SEX], "I1")).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "Write the breakdown as DIMENSION=member, e.g. SEX=F, or leave it empty for the total" }),
    });
  });
});

describe("expectedRows", () => {
  it("expects only the total of an indicator without breakdowns", () => {
    expect(expectedRows({ dimensions: [] })).toEqual([""]);
  });

  it("expects the total and one row per member of a dimension", () => {
    expect(expectedRows({ dimensions: [SEX] })).toEqual(["", "SEX=F", "SEX=M"]);
  });

  it("expects one row per member of each dimension, in the indicator's order, without cross-breakdowns", () => {
    expect(expectedRows({ dimensions: [SEX, AGE_GROUP] })).toEqual(["", "SEX=F", "SEX=M", "AGE_GROUP=Y15T24", "AGE_GROUP=Y_GE65"]);
  });

  it("writes member codes as canonical keys (URI-encoded)", () => {
    expect(expectedRows({ dimensions: [{ code: "REGION", members: [{ code: "A B" }, { code: "C;D" }] }] })).toEqual([
      "",
      "REGION=A%20B",
      "REGION=C%3BD",
    ]);
  });
});
