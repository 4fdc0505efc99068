import Papa from "papaparse";
import { stringify } from "yaml";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { compareCodes, slugOfCode } from "./open-sdg-codes";

/** One indicator as an Open SDG export writes it. */
export type OpenSdgExportIndicator = {
  code: string;
  name: string;
  nameTranslations: Record<string, string>;
  targetCode: string | null;
  goalCode: string | null;
  /** Dimension names, in column order. */
  columns: string[];
  /** disaggregation: dimension NAME -> member NAME; {} is the headline series. */
  values: { year: number; disaggregation: Record<string, string>; value: number }[];
};

export type OpenSdgFile = { path: string; text: string };

/**
 * The files of an Open SDG data set: per indicator `data/indicator_<slug>.csv` (Year, the
 * disaggregation columns, Value; rows by year, the headline series first) and its metadata
 * `meta/<slug>.md`, plus `meta/<lang>/<slug>.md` per translation. Numbers are written in
 * full (JavaScript's shortest exact form), so they read back as the same numbers. Texts a
 * spreadsheet would run as formulas get a leading quote, which the import removes again.
 * Pure.
 */
export function buildOpenSdgFiles(indicators: readonly OpenSdgExportIndicator[]): OpenSdgFile[] {
  const files: OpenSdgFile[] = [];
  for (const indicator of [...indicators].sort((a, b) => compareCodes(a.code, b.code))) {
    const slug = slugOfCode(indicator.code);
    files.push({ path: `data/indicator_${slug}.csv`, text: dataFile(indicator) });
    files.push({ path: `meta/${slug}.md`, text: metaFile(indicator, indicator.name) });
    for (const [language, name] of Object.entries(indicator.nameTranslations).sort(([a], [b]) => a.localeCompare(b))) {
      files.push({ path: `meta/${language}/${slug}.md`, text: metaFile(indicator, name) });
    }
  }
  return files;
}

function dataFile(indicator: OpenSdgExportIndicator): string {
  const columns = [...indicator.columns];
  for (const value of indicator.values)
    for (const column of Object.keys(value.disaggregation)) if (!columns.includes(column)) columns.push(column);
  const rows = indicator.values
    .map((value) => ({ value, cells: columns.map((column) => value.disaggregation[column] ?? "") }))
    .sort((a, b) => a.value.year - b.value.year || compareCells(a.cells, b.cells));
  const csv = Papa.unparse(
    {
      fields: ["Year", ...columns, "Value"].map((cell) => neutralizeCell(cell)),
      data: rows.map(({ value, cells }) => [String(value.year), ...cells.map((cell) => neutralizeCell(cell)), numberText(value.value)]),
    },
    { newline: "\n" },
  );
  // Papa ends a header-only file with a line break and other files without: one, always.
  return `${csv.replace(/\n+$/, "")}\n`;
}

/** The headline series (all cells empty) first, then rows with fewer breakdowns, then by cell text. */
function compareCells(a: string[], b: string[]): number {
  const filled = (cells: string[]) => cells.filter((cell) => cell !== "").length;
  const byCount = filled(a) - filled(b);
  if (byCount !== 0) return byCount;
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] === b[index]) continue;
    if (a[index] === "") return -1;
    if (b[index] === "") return 1;
    return a[index]!.localeCompare(b[index]!, "en", { numeric: true });
  }
  return 0;
}

/** Every digit the number has, without exponent noise for ordinary values; reads back exactly. */
function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

function metaFile(indicator: OpenSdgExportIndicator, name: string): string {
  const front = {
    indicator: indicator.code,
    indicator_name: name,
    ...(indicator.targetCode ? { target_id: indicator.targetCode } : {}),
    ...(indicator.goalCode ? { sdg_goal: indicator.goalCode } : {}),
  };
  // Strings stay strings ("1.10" must not become 1.1), whatever they look like.
  return `---\n${stringify(front, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 })}---\n`;
}

/** The name of an indicator's data file, as buildOpenSdgFiles writes it. */
export function openSdgDataPath(code: string): string {
  return `data/indicator_${slugOfCode(code)}.csv`;
}
