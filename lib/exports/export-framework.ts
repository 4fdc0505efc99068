import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { FrameworkExportParams } from "@/lib/jobs/job-kinds";
import { ignoreProgress, type ProgressReporter } from "@/lib/jobs/progress-reporter";
import { buildOpenSdgFiles } from "@/lib/open-sdg/build-open-sdg-files";
import { loadOpenSdgExport } from "@/lib/open-sdg/load-open-sdg-export";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import { loadReport } from "@/lib/reports/load-report";
import { renderReportDocx } from "@/lib/reports/render-report-docx";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { localizeFrameworkData } from "@/lib/reports/model/localize-matrix-texts";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { buildTidyRows } from "./build-tidy-rows";
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS } from "./export-formats";
import { exportFileName } from "./export-file-name";
import { loadFrameworkExport } from "./load-framework-export";
import { writeJson } from "./write-json";
import { writeSdmxScoresCsv, writeSdmxValuesCsv } from "./write-sdmx-csv";
import { writeTidyCsv } from "./write-tidy-csv";
import { writeXlsx } from "./write-xlsx";

export type ExportedFile = { bytes: Uint8Array; fileName: string; contentType: string; extension: string };

/**
 * A framework's data or its working-group report in one of the export formats, holding only
 * what the person may read. Runs in a job's process (lib/jobs) for the interface and the API.
 */
export async function exportFramework(
  access: AccessContext,
  params: FrameworkExportParams,
  progress: ProgressReporter = ignoreProgress,
): Promise<ExportedFile> {
  requirePermission(access, "frameworks.read");
  const range = { year: params.year, from: params.from, to: params.to, includeProvisional: params.includeProvisional };
  const file = (bytes: Uint8Array | string, years: number[]) => {
    const extension = EXPORT_EXTENSIONS[params.format];
    return {
      bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
      fileName: exportFileName({ frameworkCode: params.frameworkCode, format: params.format, dataset: params.dataset, years, extension }),
      contentType: EXPORT_CONTENT_TYPES[params.format],
      extension,
    };
  };

  progress(0.05, libText("jobStages.readingData"));
  switch (params.format) {
    case "pdf":
    case "docx": {
      const model = await loadReport(access, params.frameworkCode, range, params.locale);
      progress(0.3, params.format === "pdf" ? libText("jobStages.layingOutPdf") : libText("jobStages.writingWord"));
      const bytes = params.format === "pdf" ? await renderReportPdf(model) : await renderReportDocx(model);
      return file(bytes, model.year === null ? [] : [model.years[0]!, model.year]);
    }
    case "open-sdg": {
      const indicators = (await loadOpenSdgExport(access, params.frameworkCode)).map((indicator) => ({
        ...indicator,
        values: indicator.values.filter(
          (value) => (range.from === undefined || value.year >= range.from) && (range.year ?? range.to ?? Infinity) >= value.year,
        ),
      }));
      progress(0.5, libText("jobStages.writingPerIndicator"));
      const years = [...new Set(indicators.flatMap((indicator) => indicator.values.map((value) => value.year)))].sort((a, b) => a - b);
      return file(zipFiles(buildOpenSdgFiles(indicators)), years.length > 0 ? [years[0]!, years.at(-1)!] : []);
    }
    default: {
      // JSON and SDMX-CSV are for programs: their texts stay in the matrix's main language.
      const forPeople = params.format === "csv" || params.format === "xlsx";
      const textLocale = forPeople ? params.locale : DEFAULT_LOCALE;
      const loaded = await loadFrameworkExport(access, params.frameworkCode, range, textLocale);
      // Names, units and level labels in the chosen language; an untranslated one as it is, unmarked (decision 053).
      const data = localizeFrameworkData(loaded, textLocale, null).data;
      progress(0.4, libText("jobStages.writingFile"));
      const rows = buildTidyRows(data, params.format === "json" ? undefined : params.locale);
      const years = data.years.length > 0 ? [data.years[0]!, data.years.at(-1)!] : [];
      if (params.format === "csv") return file(writeTidyCsv(rows, params.locale), years);
      if (params.format === "json") return file(writeJson(data, rows), years);
      if (params.format === "xlsx") return file(await writeXlsx(data, rows, params.locale), years);
      return file(params.dataset === "scores" ? writeSdmxScoresCsv(data) : writeSdmxValuesCsv(data), years);
    }
  }
}
