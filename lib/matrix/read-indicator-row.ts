import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { DIRECTION_LABELS, DIRECTIONS, VALUE_TYPE_LABELS, VALUE_TYPES, YES_NO_LEVELS } from "@/lib/indicators/value-types";
import type { Direction, ValueType } from "@/lib/generated/prisma/enums";
import { parseNumberText, splitList, splitUnescaped, unescapeListPart } from "./matrix-cell-format";
import { GCM_OBJECTIVES, MGI_DOMAINS, SDG_TARGETS, type MatrixReferences } from "./matrix-references";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import {
  rawCell,
  readInteger,
  readNumber,
  readText,
  readTranslations,
  readYesNo,
  reportAt,
  type MatrixRow,
  type MatrixTable,
} from "./matrix-table";

export type IndicatorRowRead = { areaCode: string | undefined; areaName: string | undefined; indicator: IndicatorDefinition };

/** Words people type for a type or direction: the code, its label, or the label without spaces ("yes/no"). */
const wordKey = (word: string) => word.toLowerCase().replace(/[\s_/-]+/g, "");
const TYPE_WORDS = new Map<string, ValueType>(
  VALUE_TYPES.flatMap((type) => [[wordKey(type), type] as const, [wordKey(VALUE_TYPE_LABELS[type]), type] as const]),
);
const DIRECTION_WORDS = new Map<string, Direction>(
  DIRECTIONS.flatMap((direction) => [[wordKey(direction), direction] as const, [wordKey(DIRECTION_LABELS[direction]), direction] as const]),
);

/**
 * One row of the Indicators sheet as an indicator definition. Every cell that cannot be
 * understood, or names something that does not exist, is a problem at its cell and is left
 * out, so that the schema's own check afterwards does not report it a second time.
 */
export function readIndicatorRow(table: MatrixTable, row: MatrixRow, references: MatrixReferences): IndicatorRowRead {
  const text = (key: string) => readText(table, row, key);
  const problem = (key: string, text: LibText) => reportAt(table, row, key, text);

  const typeWord = text("type");
  const valueType = typeWord === undefined ? undefined : TYPE_WORDS.get(wordKey(typeWord));
  if (typeWord === undefined) problem("type", libText("importProblems.matrixChooseType", { types: VALUE_TYPES.join(", ") }));
  else if (!valueType) problem("type", libText("importProblems.matrixNotAValueType", { word: typeWord, types: VALUE_TYPES.join(", ") }));
  const directionWord = text("direction");
  const direction = directionWord === undefined ? undefined : DIRECTION_WORDS.get(wordKey(directionWord));
  if (directionWord !== undefined && !direction) {
    problem("direction", libText("importProblems.matrixNotADirection", { word: directionWord, directions: DIRECTIONS.join(", ") }));
  }

  const levels = readLevels(table, row, valueType);
  const allowed = valueType === "YES_NO" ? YES_NO_LEVELS : valueType === "LEVELS" ? levels : undefined;
  const readValue = (raw: string | number, key: string): string | number | undefined => {
    // Without a known type the value cannot be judged; the type's problem stands for the row.
    if (!valueType) return raw;
    if (valueType === "TEXT") return void problem(key, libText("importProblems.matrixTextHasNoTargets"));
    if (valueType === "NUMBER" || valueType === "PERCENTAGE") {
      const number = typeof raw === "number" ? raw : parseNumberText(raw);
      if (number === null) return void problem(key, libText("importProblems.matrixNotANumber", { text: String(raw), example: "12.5" }));
      return number;
    }
    const code = String(raw);
    if (allowed && !allowed.some((level) => level.code === code)) {
      return void problem(key, libText("importProblems.matrixNotALevel", { code, levels: allowed.map((level) => level.code).join(", ") }));
    }
    return code;
  };

  const baselineYear = readInteger(table, row, "baseline_year", 1900, 2100, "year");
  const baselineRaw = readNumberOrText(table, row, "baseline_value");
  const baselineValue = baselineRaw === undefined ? undefined : readValue(baselineRaw, "baseline_value");
  if (baselineValue !== undefined && baselineYear === undefined) problem("baseline_year", libText("importProblems.matrixGiveBaselineYear"));
  if (baselineYear !== undefined && baselineRaw === undefined) problem("baseline_value", libText("importProblems.matrixGiveBaselineValue"));

  const targets: NonNullable<IndicatorDefinition["targets"]> = [];
  const targetsText = text("targets");
  for (const item of targetsText === undefined
    ? []
    : splitUnescaped(targetsText, ";")
        .map((part) => part.trim())
        .filter(Boolean)) {
    const colon = item.indexOf(":");
    // A final * is one without an escaping backslash: preceded by an even number of them.
    const isFinal = /(^|[^\\])(\\\\)*\*$/.test(item);
    const year = colon < 0 ? NaN : Number(item.slice(0, colon).trim());
    const valueText = unescapeListPart((colon < 0 ? "" : item.slice(colon + 1, isFinal ? -1 : undefined)).trim());
    if (!Number.isInteger(year) || year < 1900 || year > 2100 || valueText === "") {
      problem("targets", libText("importProblems.matrixNotATarget", { item }));
      continue;
    }
    const value = readValue(valueText, "targets");
    if (value !== undefined) targets.push({ year, value, ...(isFinal ? { isFinal: true } : {}) });
  }

  const lead = readInstitution(table, row, "lead_institution", text("lead_institution"), references);
  const contributors = splitList(text("contributors") ?? "").filter(
    (code) => readInstitution(table, row, "contributors", code, references) !== undefined,
  );
  const dimensionCodes = new Set(references.dimensions.map((dimension) => dimension.code));
  const dimensions = splitList(text("dimensions") ?? "").filter((code) => {
    if (dimensionCodes.has(code)) return true;
    problem("dimensions", libText("importProblems.matrixNoSuchDimension", { code }));
    return false;
  });

  const mgiDomain = readInteger(table, row, "mgi_domain", MGI_DOMAINS.min, MGI_DOMAINS.max, "mgiDomain");
  const sdgTargets = splitList(text("sdg_targets") ?? "").filter((target) => {
    if (SDG_TARGETS.has(target)) return true;
    problem("sdg_targets", libText("importProblems.matrixNoSuchSdgTarget", { target }));
    return false;
  });
  const gcmObjectives = splitList(text("gcm_objectives") ?? "").flatMap((item) => {
    const number = Number(item);
    if (Number.isInteger(number) && number >= GCM_OBJECTIVES.min && number <= GCM_OBJECTIVES.max) return [number];
    problem("gcm_objectives", libText("importProblems.matrixNoSuchGcmObjective", { item }));
    return [];
  });
  const mappings = {
    ...(mgiDomain !== undefined ? { mgiDomain } : {}),
    ...(sdgTargets.length > 0 ? { sdgTargets } : {}),
    ...(gcmObjectives.length > 0 ? { gcmObjectives } : {}),
  };

  const optional = <K extends keyof IndicatorDefinition>(key: K, value: IndicatorDefinition[K] | undefined) =>
    value === undefined ? {} : { [key]: value };
  const indicator: IndicatorDefinition = {
    code: text("code") ?? "",
    name: text("name") ?? "",
    ...optional("nameTranslations", readTranslations(table, row)),
    ...optional("definition", text("definition")),
    // An unknown type has been reported; NUMBER keeps the other cells' checks meaningful.
    valueType: valueType ?? "NUMBER",
    ...optional("unit", text("unit")),
    ...optional("direction", direction),
    ...optional("lowerLimit", readNumber(table, row, "lower_limit")),
    ...optional("upperLimit", readNumber(table, row, "upper_limit")),
    ...optional("decimals", readInteger(table, row, "decimals", 0, 6, "decimals")),
    ...optional("breakdownsMustSum", readYesNo(table, row, "breakdowns_must_sum")),
    ...(baselineYear !== undefined && baselineValue !== undefined ? { baseline: { year: baselineYear, value: baselineValue } } : {}),
    ...(targets.length > 0 ? { targets } : {}),
    ...optional("levels", levels),
    ...optional("leadInstitution", lead),
    ...(contributors.length > 0 ? { contributors } : {}),
    ...optional("dataSource", text("data_source")),
    ...optional("verification", text("verification")),
    ...(dimensions.length > 0 ? { dimensions } : {}),
    ...(Object.keys(mappings).length > 0 ? { mappings } : {}),
  };
  return { areaCode: text("area_code"), areaName: text("area_name"), indicator };
}

function readNumberOrText(table: MatrixTable, row: MatrixRow, key: string): string | number | undefined {
  const cell = rawCell(table, row, key);
  return typeof cell === "number" ? cell : readText(table, row, key);
}

function readInstitution(table: MatrixTable, row: MatrixRow, key: string, code: string | undefined, references: MatrixReferences) {
  if (code === undefined) return undefined;
  if (references.institutions.some((institution) => institution.code === code)) return code;
  reportAt(table, row, key, libText("importProblems.matrixNoSuchInstitution", { code }));
  return undefined;
}

/** "code=label=score; ..." for LEVELS; a levels cell on another type is a problem. */
function readLevels(table: MatrixTable, row: MatrixRow, valueType: ValueType | undefined): IndicatorDefinition["levels"] {
  const cell = readText(table, row, "levels");
  if (cell === undefined) {
    if (valueType === "LEVELS") reportAt(table, row, "levels", libText("importProblems.matrixLevelsMissing"));
    return undefined;
  }
  if (valueType !== "LEVELS") {
    if (valueType) reportAt(table, row, "levels", libText("importProblems.matrixOnlyLevelsHaveLevels"));
    return undefined;
  }
  const levels = [];
  for (const item of splitUnescaped(cell, ";")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const parts = splitUnescaped(item, "=").map((part) => unescapeListPart(part.trim()));
    const score = parts.length === 3 ? parseNumberText(parts[2]!) : null;
    if (parts.length !== 3 || !parts[0] || !parts[1] || score === null || score < 0 || score > 1) {
      reportAt(table, row, "levels", libText("importProblems.matrixNotALevelItem", { item }));
      return undefined;
    }
    levels.push({ code: parts[0], label: parts[1], score });
  }
  if (levels.length < 2) {
    reportAt(table, row, "levels", libText("importProblems.matrixTwoLevels"));
    return undefined;
  }
  return levels;
}
