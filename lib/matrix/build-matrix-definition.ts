import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import type { RawTable } from "@/lib/uploads/raw-table";
import { buildMatrixAreas, type AreaRowRead, type AreaTree } from "./build-matrix-areas";
import { AREA_COLUMNS, AREA_NAME_COLUMN, INDICATOR_COLUMNS, MATRIX_SHEETS, normaliseHeader } from "./matrix-columns";
import type { MatrixProblem } from "./matrix-problem";
import type { MatrixReferences } from "./matrix-references";
import { readIndicatorRow } from "./read-indicator-row";
import { readMatrixTable, readNumber, readText, readTranslations, reportAt, type MatrixTable } from "./matrix-table";
import { FRAMEWORK_COLUMNS, readFrameworkSheet, type MatrixFrameworkFallback } from "./read-framework-sheet";
import { keyedMessage } from "@/lib/problems/problem";
import { libText, type LibText } from "@/lib/i18n/lib-text";

export type MatrixSheets = { indicators: RawTable; areas: RawTable | null; framework: RawTable | null };

export type MatrixCell = Omit<MatrixProblem, "message">;

export type MatrixDefinitionDraft = {
  definition: FrameworkDefinition;
  /** The cell a path of the definition came from, for the schema's problems. */
  locate: (path: readonly PropertyKey[]) => MatrixCell;
};

const FRAMEWORK_FIELD_OF: Record<string, string> = {
  code: "code",
  name: "name",
  description: "description",
  scoringMethod: "scoring_method",
  baseYear: "base_year",
  number: "version_number",
  label: "version_label",
  status: "version_status",
  approvedAt: "approved_at",
};

/**
 * Turns the sheets of a matrix file into a framework definition, reporting every cell it
 * cannot use. The definition is not validated here: readMatrixWorkbook runs the schema on it
 * and places the schema's problems with `locate`.
 */
export function buildMatrixDefinition(
  sheets: MatrixSheets,
  options: { references: MatrixReferences; framework?: MatrixFrameworkFallback },
  problems: MatrixProblem[],
): MatrixDefinitionDraft | null {
  const indicatorTable = readMatrixTable(MATRIX_SHEETS.indicators, sheets.indicators, [...INDICATOR_COLUMNS, AREA_NAME_COLUMN], problems);
  const areaTable = sheets.areas && readMatrixTable(MATRIX_SHEETS.areas, sheets.areas, AREA_COLUMNS, problems);
  const frameworkTable = sheets.framework && readMatrixTable(MATRIX_SHEETS.framework, sheets.framework, FRAMEWORK_COLUMNS, problems);
  // Rows cannot be read against a header that is wrong: its problems come alone.
  if (problems.length > 0) return null;
  const rowsRead = indicatorTable.rows.map((row) => ({ row: row.row, ...readIndicatorRow(indicatorTable, row, options.references) }));

  // Areas come from their sheet, or (CSV files) from the area_code and area_name of the indicators.
  let tree: AreaTree;
  let areaSheet: string;
  let areaColumn: (path: readonly PropertyKey[]) => string;
  if (areaTable) {
    tree = buildMatrixAreas(
      areaTable.rows.map((row) => readAreaRow(areaTable, row)),
      problems,
    );
    areaSheet = MATRIX_SHEETS.areas;
    areaColumn = ([field, language]) => (field === "nameTranslations" ? `name:${String(language)}` : String(field));
  } else {
    tree = buildMatrixAreas(areasFromIndicators(indicatorTable, rowsRead), problems, MATRIX_SHEETS.indicators, {
      code: "area_code",
      parentCode: "area_code",
    });
    areaSheet = MATRIX_SHEETS.indicators;
    areaColumn = ([field]) => (field === "code" ? "area_code" : "area_name");
  }

  const indicatorRowOf = new Map<IndicatorDefinition, number>();
  const firstRowOfCode = new Map<string, number>();
  for (const read of rowsRead) {
    const problem = (column: string, text: LibText) =>
      problems.push(keyedMessage<MatrixProblem>({ sheet: MATRIX_SHEETS.indicators, row: read.row, column }, text));
    const code = read.indicator.code;
    if (code === "") {
      problem("code", libText("importProblems.matrixGiveIndicatorCode"));
      continue;
    }
    const earlier = firstRowOfCode.get(code);
    if (earlier !== undefined) {
      problem("code", libText("importProblems.matrixIndicatorCodeUsed", { code, row: String(earlier) }));
      continue;
    }
    firstRowOfCode.set(code, read.row);
    if (read.areaCode === undefined) {
      problem("area_code", libText("importProblems.matrixGiveAreaCodeOfIndicator"));
      continue;
    }
    const area = tree.byCode.get(read.areaCode);
    if (!area) {
      // An area left out for a problem of its own is reported at its own row.
      if (!tree.rowCodes.has(read.areaCode)) {
        problem("area_code", libText("importProblems.matrixNoSuchArea", { code: read.areaCode }));
      }
      continue;
    }
    (area.indicators ??= []).push(read.indicator);
    indicatorRowOf.set(read.indicator, read.row);
  }
  if (rowsRead.length === 0) {
    problems.push(
      keyedMessage<MatrixProblem>(
        { sheet: MATRIX_SHEETS.indicators, row: null, column: null },
        libText("importProblems.matrixNoIndicators"),
      ),
    );
  }

  const framework = readFrameworkSheet(frameworkTable, options.framework, problems);
  const definition: FrameworkDefinition = { ...framework.fields, areas: tree.roots };

  const locate = (path: readonly PropertyKey[]): MatrixCell => {
    if (path[0] !== "areas") {
      const field = FRAMEWORK_FIELD_OF[String(path[0] === "version" ? path[1] : path[0])] ?? null;
      return { sheet: MATRIX_SHEETS.framework, row: field ? (framework.rowOf.get(field) ?? null) : null, column: field ? "value" : null };
    }
    if (path.length < 2) return { sheet: areaSheet, row: null, column: null };
    let areas: AreaDefinition[] = definition.areas;
    for (let index = 1; index < path.length; index += 2) {
      const area = areas[Number(path[index])]!;
      const next = path[index + 1];
      if (next === "areas") {
        areas = area.areas ?? [];
        continue;
      }
      if (next === "indicators") {
        const indicator = area.indicators![Number(path[index + 2])]!;
        return {
          sheet: MATRIX_SHEETS.indicators,
          row: indicatorRowOf.get(indicator) ?? null,
          column: indicatorColumn(path.slice(index + 3)),
        };
      }
      return { sheet: areaSheet, row: tree.rowOf.get(area) ?? null, column: next === undefined ? null : areaColumn(path.slice(index + 1)) };
    }
    return { sheet: areaSheet, row: null, column: null };
  };
  return { definition, locate };
}

function readAreaRow(table: MatrixTable, row: MatrixTable["rows"][number]): AreaRowRead {
  const order = readNumber(table, row, "order", "1");
  const name = readText(table, row, "name");
  if (name === undefined) reportAt(table, row, "name", libText("importProblems.matrixGiveAreaName"));
  const translations = readTranslations(table, row);
  const description = readText(table, row, "description");
  const code = readText(table, row, "code");
  return {
    row: row.row,
    code,
    parentCode: readText(table, row, "parent_code"),
    order,
    area: {
      code: code ?? "",
      name: name ?? "",
      ...(translations ? { nameTranslations: translations } : {}),
      ...(description !== undefined ? { description } : {}),
    },
  };
}

/** Without an Areas sheet, each area code met in the Indicators sheet is a top-level area, named at its first row. */
function areasFromIndicators(
  table: MatrixTable,
  rows: { row: number; areaCode: string | undefined; areaName: string | undefined }[],
): AreaRowRead[] {
  const areas = new Map<string, AreaRowRead & { namedAt: number | null }>();
  for (const read of rows) {
    if (read.areaCode === undefined) continue;
    const known = areas.get(read.areaCode);
    if (!known) {
      const area = { code: read.areaCode, name: read.areaName ?? "" };
      areas.set(read.areaCode, {
        row: read.row,
        code: read.areaCode,
        parentCode: undefined,
        order: undefined,
        area,
        namedAt: read.areaName === undefined ? null : read.row,
      });
    } else if (read.areaName !== undefined && known.namedAt === null) {
      known.area.name = read.areaName;
      known.namedAt = read.row;
    } else if (read.areaName !== undefined && read.areaName !== known.area.name) {
      table.problems.push(
        keyedMessage<MatrixProblem>(
          { sheet: table.sheet, row: read.row, column: "area_name" },
          libText("importProblems.matrixAreaNamedTwice", { code: read.areaCode, name: known.area.name, row: String(known.namedAt) }),
        ),
      );
    }
  }
  for (const area of areas.values()) {
    if (area.namedAt === null) {
      table.problems.push(
        keyedMessage<MatrixProblem>(
          { sheet: table.sheet, row: area.row, column: "area_name" },
          libText("importProblems.matrixNameArea", { code: area.code ?? "" }),
        ),
      );
    }
  }
  return [...areas.values()].map(({ namedAt: _, ...area }) => area);
}

/** The column of a path inside an indicator: ["baseline", "value"] -> baseline_value, ["mappings", "sdgTargets", 0] -> sdg_targets. */
function indicatorColumn(path: readonly PropertyKey[]): string | null {
  const [field, sub] = path.map(String);
  if (field === undefined) return null;
  if (field === "valueType") return "type";
  if (field === "nameTranslations") return sub ? `name:${sub}` : "name";
  if (field === "baseline") return sub === "year" ? "baseline_year" : "baseline_value";
  if (field === "mappings" && sub) return normaliseHeader(sub.replace(/[A-Z]/g, (letter) => `_${letter}`));
  if (field === "leadInstitution") return "lead_institution";
  return normaliseHeader(field.replace(/[A-Z]/g, (letter) => `_${letter}`));
}
