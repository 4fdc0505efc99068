import type { ExportFormat, SdmxDataset } from "./export-formats";

/** "DMD-report-2024.pdf", "DMD-data-2016-2025.xlsx", "DMD-scores-sdmx-2016-2025.csv", "SDG-open-sdg-2015-2023.zip". */
export function exportFileName(input: {
  frameworkCode: string;
  format: ExportFormat;
  dataset: SdmxDataset;
  years: number[];
  extension: string;
}): string {
  const what =
    input.format === "pdf" || input.format === "docx"
      ? "report"
      : input.format === "sdmx-csv"
        ? `${input.dataset}-sdmx`
        : input.format === "open-sdg"
          ? "open-sdg"
          : "data";
  const first = input.years[0];
  const last = input.years.at(-1);
  const years =
    first === undefined ? "" : first === last || input.format === "pdf" || input.format === "docx" ? `-${last}` : `-${first}-${last}`;
  const code = input.frameworkCode.replace(/[^A-Za-z0-9._-]/g, "-");
  return `${code}-${what}${years}.${input.extension}`;
}
