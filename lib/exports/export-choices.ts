import type { ExportFormat, SdmxDataset } from "./export-formats";

/** A file people can ask for, with what it is for. */
export type ExportChoice = { format: ExportFormat; dataset?: SdmxDataset; label: string; description: string };

/** The report files, offered on the report page. */
export const REPORT_CHOICES: ExportChoice[] = [
  { format: "pdf", label: "Report (PDF)", description: "For printing and sending: contents, charts, page numbers." },
  { format: "docx", label: "Report (Word)", description: "The same report, to edit before it goes to the working group." },
];

/** The data files, offered on the framework page and the report page. */
export const DATA_CHOICES: ExportChoice[] = [
  {
    format: "xlsx",
    label: "Excel workbook",
    description: "Three sheets: the matrix by year, every value with status, comment and source, and area scores.",
  },
  { format: "csv", label: "CSV", description: "One row per indicator, year and breakdown." },
  { format: "json", label: "JSON", description: "Values and scores for other programs." },
  { format: "sdmx-csv", dataset: "values", label: "SDMX-CSV: values", description: "SDMX-CSV 2.0, for statistical systems." },
  { format: "sdmx-csv", dataset: "scores", label: "SDMX-CSV: scores", description: "Area scores as SDMX-CSV 2.0." },
  { format: "open-sdg", label: "Open SDG (zip)", description: "One CSV per indicator, for an Open SDG platform." },
];
