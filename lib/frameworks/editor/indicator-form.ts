import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { escapeListPart, joinList } from "@/lib/matrix/matrix-cell-format";
import { INDICATOR_COLUMNS, TRANSLATION_PREFIX } from "@/lib/matrix/matrix-columns";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";
import { readIndicatorRow } from "@/lib/matrix/read-indicator-row";
import type { MatrixTable } from "@/lib/matrix/matrix-table";
import { copyProblem, keyedProblem, problemTextOf, withProblemText, type Problem } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

/**
 * The editor's indicator form speaks the matrix workbook's language: its fields are named
 * like the Indicators sheet's columns and lists are written as in a cell ("2025:320*",
 * "none=Not started=0; done=Done=1"), so the form is read by the workbook's own row reader
 * and people learn one notation. Names in other languages are one a line: "ro: Numele".
 */

export const INDICATOR_FORM_FIELDS = INDICATOR_COLUMNS.filter((column) => column.key !== "area_code").map((column) => column.key);
export type IndicatorFormField = (typeof INDICATOR_FORM_FIELDS)[number] | "translations";
export type IndicatorFormValues = Record<IndicatorFormField, string> & { contributorList: string[]; dimensionList: string[] };

const TRANSLATION_LINE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\s*:\s*(.+)$/;

/** An indicator form's fields as a definition, or the problems of each field. */
export function readIndicatorForm(
  formData: FormData,
  references: MatrixReferences,
): { ok: true; indicator: IndicatorDefinition } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : "";
  };
  const cells: (string | null)[] = [];
  const columnOf = new Map<string, number>();
  const put = (key: string, value: string) => {
    columnOf.set(key, cells.length);
    cells.push(value.trim() === "" ? null : value);
  };
  for (const key of INDICATOR_FORM_FIELDS) {
    // Checkbox groups arrive as repeated values; a cell holds them as a list.
    const value = key === "contributors" || key === "dimensions" ? joinList(formData.getAll(key).map(String)) : text(key);
    put(key, value);
  }
  const languages: string[] = [];
  for (const line of text("translations")
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const match = TRANSLATION_LINE.exec(line);
    if (!match) {
      problems.push(keyedProblem({ field: "translations" }, libText("importProblems.editorNotATranslation", { line })));
      continue;
    }
    languages.push(match[1]!);
    put(`${TRANSLATION_PREFIX}${match[1]}`, match[2]!);
  }
  const table: MatrixTable = { sheet: "form", columnOf, languages, rows: [{ row: 1, cells }], problems: [] };
  const { indicator } = readIndicatorRow(table, table.rows[0]!, references);
  for (const problem of table.problems)
    problems.push(withProblemText({ field: problem.column ?? "code", message: problem.message }, problemTextOf(problem)));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, indicator };
}

/** The form's field for a path of the definition, to show an operation's error next to its field. */
export function indicatorFormFieldOf(path: string): IndicatorFormField {
  const [head, second] = path.split(".");
  const direct: Record<string, IndicatorFormField> = {
    code: "code",
    name: "name",
    nameTranslations: "translations",
    definition: "definition",
    valueType: "type",
    unit: "unit",
    direction: "direction",
    lowerLimit: "lower_limit",
    upperLimit: "upper_limit",
    decimals: "decimals",
    breakdownsMustSum: "breakdowns_must_sum",
    targets: "targets",
    levels: "levels",
    leadInstitution: "lead_institution",
    contributors: "contributors",
    dataSource: "data_source",
    verification: "verification",
    dimensions: "dimensions",
  };
  if (head === "baseline") return second === "year" ? "baseline_year" : "baseline_value";
  if (head === "mappings") return second === "mgiDomain" ? "mgi_domain" : second === "gcmObjectives" ? "gcm_objectives" : "sdg_targets";
  return direct[head ?? ""] ?? "code";
}

/** An operation's problems, named by definition paths, put at the form's fields instead. */
export function toIndicatorFormProblems(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => copyProblem(problem, { field: indicatorFormFieldOf(problem.field ?? "code") }));
}

/** A definition written into the form's fields (empty for a new indicator). */
export function indicatorFormValues(indicator: IndicatorDefinition | null): IndicatorFormValues {
  const list = (items: readonly (string | number)[] | undefined) => (items && items.length > 0 ? joinList(items) : "");
  const value = (item: string | number) => (typeof item === "number" ? String(item) : escapeListPart(item));
  const number = (item: number | undefined) => (item === undefined ? "" : String(item));
  return {
    code: indicator?.code ?? "",
    name: indicator?.name ?? "",
    translations: Object.entries(indicator?.nameTranslations ?? {})
      .map(([language, name]) => `${language}: ${name}`)
      .join("\n"),
    definition: indicator?.definition ?? "",
    type: indicator?.valueType ?? "NUMBER",
    unit: indicator?.unit ?? "",
    direction: indicator?.direction ?? "",
    lower_limit: number(indicator?.lowerLimit),
    upper_limit: number(indicator?.upperLimit),
    decimals: number(indicator?.decimals),
    breakdowns_must_sum: indicator?.breakdownsMustSum ? "yes" : "",
    baseline_year: number(indicator?.baseline?.year),
    baseline_value: indicator?.baseline ? String(indicator.baseline.value) : "",
    targets: (indicator?.targets ?? []).map((target) => `${target.year}:${value(target.value)}${target.isFinal ? "*" : ""}`).join("; "),
    levels: (indicator?.levels ?? [])
      .map((level) => [escapeListPart(level.code), escapeListPart(level.label), level.score].join("="))
      .join("; "),
    lead_institution: indicator?.leadInstitution ?? "",
    contributors: list(indicator?.contributors),
    contributorList: indicator?.contributors ?? [],
    data_source: indicator?.dataSource ?? "",
    verification: indicator?.verification ?? "",
    dimensions: list(indicator?.dimensions),
    dimensionList: indicator?.dimensions ?? [],
    mgi_domain: number(indicator?.mappings?.mgiDomain),
    sdg_targets: list(indicator?.mappings?.sdgTargets),
    gcm_objectives: list(indicator?.mappings?.gcmObjectives),
  };
}

/** "ro: Numele" lines as names by language; a line that is not one is a problem of `field`. */
export function readTranslationLines(
  text: string,
  field = "translations",
): { translations: Record<string, string> | undefined; problems: Problem[] } {
  const translations: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const match = TRANSLATION_LINE.exec(line);
    if (match) translations[match[1]!] = match[2]!.trim();
    else problems.push(keyedProblem({ field }, libText("importProblems.editorNotATranslation", { line })));
  }
  return { translations: Object.keys(translations).length > 0 ? translations : undefined, problems };
}
