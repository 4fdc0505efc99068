import ExcelJS from "exceljs";
import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { AREA_COLUMNS, INDICATOR_COLUMNS, MATRIX_SHEETS, type IndicatorColumnKey } from "./matrix-columns";
import { escapeListPart, joinList } from "./matrix-cell-format";
import type { MatrixReferences } from "./matrix-references";
import {
  addFrameworkSheet,
  addReadMeSheet,
  addReferenceSheets,
  addTableSheet,
  textCell,
  translationHeaders,
  type SheetCell,
} from "./matrix-sheets";
import { matrixWorkbookWords } from "./matrix-workbook-texts";

/**
 * A framework version as an Excel workbook that people can edit and import again
 * (docs/decisions/016-matrix-workbook.md): "Indicators" (one row each, in matrix order),
 * "Areas" (depth-first), "Framework", the reference lists and a "Read me". Reading it back
 * with readMatrixWorkbook gives the same definition. The meanings and the "Read me" are in
 * `locale`; what the import reads (sheet names, column codes, values) is not.
 */
export async function writeMatrixWorkbook(
  definition: FrameworkDefinition,
  references: MatrixReferences,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Buffer> {
  const t = matrixWorkbookWords(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.title = `${definition.code} ${definition.version.label}`;

  const areaRows: { area: AreaDefinition; parentCode: string | null; order: number }[] = [];
  const indicatorRows: { indicator: IndicatorDefinition; areaCode: string }[] = [];
  const walk = (areas: readonly AreaDefinition[], parentCode: string | null) => {
    areas.forEach((area, index) => {
      areaRows.push({ area, parentCode, order: index + 1 });
      for (const indicator of area.indicators ?? []) indicatorRows.push({ indicator, areaCode: area.code });
      walk(area.areas ?? [], area.code);
    });
  };
  walk(definition.areas, null);

  const indicatorLanguages = languagesOf(indicatorRows.map((row) => row.indicator.nameTranslations));
  addTableSheet(
    workbook,
    MATRIX_SHEETS.indicators,
    [...INDICATOR_COLUMNS.map((column) => ({ header: column.key, width: column.width })), ...translationHeaders(indicatorLanguages)],
    indicatorRows.map(({ indicator, areaCode }) => {
      const cells = indicatorCells(indicator, areaCode);
      return [
        ...INDICATOR_COLUMNS.map((column) => cells[column.key]),
        ...indicatorLanguages.map((language) => textCell(indicator.nameTranslations?.[language])),
      ];
    }),
  );

  const areaLanguages = languagesOf(areaRows.map((row) => row.area.nameTranslations));
  addTableSheet(
    workbook,
    MATRIX_SHEETS.areas,
    [...AREA_COLUMNS.map((column) => ({ header: column.key, width: column.width })), ...translationHeaders(areaLanguages)],
    areaRows.map(({ area, parentCode, order }) => [
      textCell(area.code),
      textCell(parentCode),
      textCell(area.name),
      textCell(area.description),
      order,
      ...areaLanguages.map((language) => textCell(area.nameTranslations?.[language])),
    ]),
  );

  addFrameworkSheet(
    workbook,
    {
      code: textCell(definition.code),
      name: textCell(definition.name),
      description: textCell(definition.description),
      scoring_method: definition.scoringMethod ?? "NORMALISED_ACHIEVEMENT",
      base_year: definition.baseYear,
      version_number: definition.version.number ?? 1,
      version_label: textCell(definition.version.label),
      version_status: definition.version.status ?? "DRAFT",
      approved_at: definition.version.approvedAt,
    },
    t,
  );
  addReferenceSheets(workbook, references, t);
  addReadMeSheet(workbook, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function languagesOf(translations: readonly (Record<string, string> | undefined)[]): string[] {
  const languages = new Set<string>();
  for (const names of translations) for (const language of Object.keys(names ?? {})) languages.add(language);
  return [...languages].sort();
}

/** A level code or number as written in the baseline and targets; numbers stay numbers. */
const valueText = (value: string | number) => (typeof value === "number" ? String(value) : escapeListPart(value));

function indicatorCells(indicator: IndicatorDefinition, areaCode: string): Record<IndicatorColumnKey, SheetCell> {
  const list = (items: readonly (string | number)[] | undefined) => (items && items.length > 0 ? textCell(joinList(items)) : null);
  return {
    code: textCell(indicator.code),
    area_code: textCell(areaCode),
    area_name: null,
    name: textCell(indicator.name),
    definition: textCell(indicator.definition),
    type: indicator.valueType,
    unit: textCell(indicator.unit),
    direction: indicator.direction,
    lower_limit: indicator.lowerLimit,
    upper_limit: indicator.upperLimit,
    decimals: indicator.decimals,
    breakdowns_must_sum: indicator.breakdownsMustSum ? "yes" : null,
    baseline_year: indicator.baseline?.year,
    baseline_value: typeof indicator.baseline?.value === "string" ? textCell(indicator.baseline.value) : indicator.baseline?.value,
    targets: textCell(
      indicator.targets?.map((target) => `${target.year}:${valueText(target.value)}${target.isFinal ? "*" : ""}`).join("; ") || null,
    ),
    levels: textCell(
      indicator.levels?.map((level) => [level.code, level.label].map(escapeListPart).concat(String(level.score)).join("=")).join("; ") ||
        null,
    ),
    lead_institution: textCell(indicator.leadInstitution),
    contributors: list(indicator.contributors),
    data_source: textCell(indicator.dataSource),
    verification: textCell(indicator.verification),
    dimensions: list(indicator.dimensions),
    mgi_domain: indicator.mappings?.mgiDomain,
    sdg_targets: list(indicator.mappings?.sdgTargets),
    gcm_objectives: list(indicator.mappings?.gcmObjectives),
  };
}
