import type { ExportFormat, SdmxDataset } from "./export-formats";

/** Which file a choice makes; its label and description are in messages/<locale>/exports.json (ExportPanel). */
export type ExportChoiceId = "pdf" | "docx" | "xlsx" | "csv" | "json" | "sdmxValues" | "sdmxScores" | "openSdg";

/** A file people can ask for. */
export type ExportChoice = { id: ExportChoiceId; format: ExportFormat; dataset?: SdmxDataset };

/** The report files, offered on the report page. */
export const REPORT_CHOICES: ExportChoice[] = [
  { id: "pdf", format: "pdf" },
  { id: "docx", format: "docx" },
];

/** The data files, offered on the framework page and the report page. */
export const DATA_CHOICES: ExportChoice[] = [
  { id: "xlsx", format: "xlsx" },
  { id: "csv", format: "csv" },
  { id: "json", format: "json" },
  { id: "sdmxValues", format: "sdmx-csv", dataset: "values" },
  { id: "sdmxScores", format: "sdmx-csv", dataset: "scores" },
  { id: "openSdg", format: "open-sdg" },
];
