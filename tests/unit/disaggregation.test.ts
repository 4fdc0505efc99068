import { describe, expect, it } from "vitest";
import {
  describeDisaggregation,
  disaggregationForApi,
  formatDisaggregationKey,
  isTotalKey,
  parseDisaggregationKey,
  TOTAL_KEY,
  type Disaggregation,
} from "@/lib/indicators/disaggregation";

describe("formatDisaggregationKey", () => {
  it("sorts the parts by dimension code whatever the object's order", () => {
    expect(formatDisaggregationKey({ SEX: "F", AGE_GROUP: "Y15T24" })).toBe("AGE_GROUP=Y15T24;SEX=F");
    expect(formatDisaggregationKey({ AGE_GROUP: "Y15T24", SEX: "F" })).toBe("AGE_GROUP=Y15T24;SEX=F");
    expect(formatDisaggregationKey({ REGION: "NORTH", AGE_GROUP: "Y0T14", SEX: "M" })).toBe("AGE_GROUP=Y0T14;REGION=NORTH;SEX=M");
  });

  it("formats a single dimension without a separator", () => {
    expect(formatDisaggregationKey({ SEX: "F" })).toBe("SEX=F");
  });

  it.each([
    ["the total", {}],
    ["null", null],
    ["undefined", undefined],
  ])("gives the empty total key for %s", (_label, disaggregation) => {
    expect(formatDisaggregationKey(disaggregation)).toBe("");
    expect(TOTAL_KEY).toBe("");
  });

  it("drops dimensions whose member is empty", () => {
    expect(formatDisaggregationKey({ SEX: "", REGION: "NORTH" })).toBe("REGION=NORTH");
    expect(formatDisaggregationKey({ SEX: "" })).toBe(TOTAL_KEY);
  });

  it("encodes '=' and ';' so that they cannot break the key apart", () => {
    expect(formatDisaggregationKey({ "A=B": "x;y" })).toBe("A%3DB=x%3By");
    expect(formatDisaggregationKey({ NOTE: "a=b;c=d" })).toBe("NOTE=a%3Db%3Bc%3Dd");
  });

  it("encodes non-ASCII member names such as Romanian place names", () => {
    expect(formatDisaggregationKey({ REGION: "Chișinău" })).toBe("REGION=Chi%C8%99in%C4%83u");
    expect(formatDisaggregationKey({ CITY: "Bălți" })).toBe("CITY=B%C4%83l%C8%9Bi");
  });

  it("encodes spaces", () => {
    expect(formatDisaggregationKey({ REGION: "Capital municipality" })).toBe("REGION=Capital%20municipality");
  });
});

describe("parseDisaggregationKey", () => {
  it("returns an empty object for the total key", () => {
    expect(parseDisaggregationKey("")).toEqual({});
  });

  it("parses and decodes a canonical key", () => {
    expect(parseDisaggregationKey("AGE_GROUP=Y15T24;SEX=F")).toEqual({ AGE_GROUP: "Y15T24", SEX: "F" });
    expect(parseDisaggregationKey("REGION=Chi%C8%99in%C4%83u")).toEqual({ REGION: "Chișinău" });
  });

  it.each<[string, Disaggregation]>([
    ["one dimension", { SEX: "F" }],
    ["two dimensions", { SEX: "M", AGE_GROUP: "Y_GE65" }],
    ["three dimensions", { REGION: "CAPITAL", MIGRANT_STATUS: "RETURNEE", SEX: "F" }],
    ["reserved characters", { "A=B": "x;y", "C;D": "=" }],
    ["Romanian diacritics", { REGION: "Chișinău", CITY: "Bălți, Cahul" }],
    ["percent signs and spaces", { NOTE: "50% of 100 %", OTHER: "a b" }],
    ["emoji", { MOOD: "🙂" }],
  ])("round-trips %s through format and parse", (_label, disaggregation) => {
    expect(parseDisaggregationKey(formatDisaggregationKey(disaggregation))).toEqual(disaggregation);
  });

  it.each(["constructor", "toString", "hasOwnProperty"])(
    "round-trips a dimension coded %j, a valid code that is also an Object.prototype property",
    (dimension) => {
      const disaggregation: Disaggregation = { [dimension]: "x" };
      expect(parseDisaggregationKey(formatDisaggregationKey(disaggregation))).toEqual(disaggregation);
    },
  );

  it("gives the same key when a parsed key is formatted again", () => {
    const key = "AGE_GROUP=Y15T24;REGION=Chi%C8%99in%C4%83u;SEX=F";
    expect(formatDisaggregationKey(parseDisaggregationKey(key))).toBe(key);
  });

  it.each([
    ["a part without '='", "SEX"],
    ["a part with an empty dimension", "=F"],
    ["a trailing separator", "SEX=F;"],
    ["a leading separator", ";SEX=F"],
    ["an empty part in the middle", "AGE_GROUP=Y15T24;;SEX=F"],
    ["a lone separator", ";"],
  ])("throws on a malformed key with %s", (_label, key) => {
    expect(() => parseDisaggregationKey(key)).toThrow(/Malformed disaggregation key part/);
  });

  it("throws on broken percent-encoding", () => {
    expect(() => parseDisaggregationKey("SEX=%E0%A4%A")).toThrow(URIError);
  });

  it("throws when a dimension is repeated", () => {
    expect(() => parseDisaggregationKey("SEX=F;SEX=M")).toThrow('Dimension SEX repeated in "SEX=F;SEX=M"');
  });

  it("detects a repeat even when one occurrence is percent-encoded", () => {
    expect(() => parseDisaggregationKey("SEX=F;%53EX=M")).toThrow(/Dimension SEX repeated/);
  });
});

describe("total key and API form", () => {
  it("recognises only the empty key as the total", () => {
    expect(isTotalKey("")).toBe(true);
    expect(isTotalKey("SEX=F")).toBe(false);
  });

  it("gives null for the total and the dimension-to-member object otherwise", () => {
    expect(disaggregationForApi("")).toBeNull();
    expect(disaggregationForApi("AGE_GROUP=Y15T24;SEX=F")).toEqual({ AGE_GROUP: "Y15T24", SEX: "F" });
  });
});

describe("describeDisaggregation", () => {
  const memberNames = new Map([
    ["SEX=F", "Female"],
    ["SEX=M", "Male"],
    ["AGE_GROUP=Y15T24", "15-24 years"],
  ]);

  it("describes the total as Total", () => {
    expect(describeDisaggregation("")).toBe("Total");
    expect(describeDisaggregation("", memberNames)).toBe("Total");
  });

  it("uses member codes when no names are given", () => {
    expect(describeDisaggregation("SEX=F")).toBe("F");
    expect(describeDisaggregation("AGE_GROUP=Y15T24;SEX=F")).toBe("Y15T24, F");
  });

  it("uses the catalogue's member names where known, in key order", () => {
    expect(describeDisaggregation("SEX=F", memberNames)).toBe("Female");
    expect(describeDisaggregation("AGE_GROUP=Y15T24;SEX=F", memberNames)).toBe("15-24 years, Female");
  });

  it("falls back to the member code for members without a name", () => {
    expect(describeDisaggregation("AGE_GROUP=Y55T64;SEX=M", memberNames)).toBe("Y55T64, Male");
  });

  it("shows decoded member codes", () => {
    expect(describeDisaggregation("REGION=Chi%C8%99in%C4%83u")).toBe("Chișinău");
  });
});

describe("parseDisaggregationKey refuses a part without a member", () => {
  it.each(["SEX=", "AGE_GROUP=Y15T24;SEX="])("throws for %j, which would otherwise be stored apart from the total", (key) => {
    expect(() => parseDisaggregationKey(key)).toThrow(/Malformed disaggregation key part/);
  });
});
