import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from "@/lib/uploads/upload-limits";

/** Every format a framework can be exported in; one file each (Open SDG: a zip of files). */
export const EXPORT_FORMATS = ["pdf", "docx", "xlsx", "csv", "json", "sdmx-csv", "open-sdg"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  json: "application/json; charset=utf-8",
  "sdmx-csv": "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
  "open-sdg": "application/zip",
};

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: "pdf",
  docx: "docx",
  xlsx: "xlsx",
  csv: "csv",
  json: "json",
  "sdmx-csv": "csv",
  "open-sdg": "zip",
};

/** SDMX-CSV carries one of two data sets: indicator values, or area scores. */
export const SDMX_DATASETS = ["values", "scores"] as const;
export type SdmxDataset = (typeof SDMX_DATASETS)[number];
