import { libText } from "@/lib/i18n/lib-text";
import { keyedReason, problemTextOf, withProblemText } from "@/lib/problems/problem";
import { ignoreProgress, type ProgressReporter } from "@/lib/jobs/progress-reporter";
import { collectOpenSdgMetadata, DEFAULT_META_LANGUAGE } from "./collect-open-sdg-metadata";
import type { OpenSdgRefusal } from "./open-sdg-refusal";
import { parseOpenSdgData, type OpenSdgObservation, type OpenSdgWarning, type ParsedOpenSdgData } from "./parse-open-sdg-data";
import type { OpenSdgMeta } from "./parse-open-sdg-meta";
import { DEFAULT_PERIOD_RULE, type PeriodRule } from "./parse-open-sdg-period";
import { isIndicatorDataPath, isSdmxMlPath, type OpenSdgSource } from "./read-open-sdg-source";
import { parseSdmxMl } from "./parse-sdmx-ml";

export { DEFAULT_META_LANGUAGE };

/**
 * One indicator's data file as planning sees it: its columns, row count and problems, without
 * its observations, which `readObservations` reads again when the values are planned, one file
 * at a time, so that the rows of the whole data set are never held at once (decision 040).
 */
export type ParsedIndicatorFile = Omit<ParsedOpenSdgData, "observations"> & {
  /** "1-1-1" for data/indicator_1-1-1.csv. */
  slug: string;
  /** The file's observations (rows not refused): a CSV file is parsed again from its text. */
  readObservations: () => readonly OpenSdgObservation[];
};

export type ParsedOpenSdgSource = {
  dataFiles: ParsedIndicatorFile[];
  /** slug -> language -> metadata; the default language is DEFAULT_META_LANGUAGE. */
  metadata: Map<string, Map<string, OpenSdgMeta>>;
  metadataFiles: number;
  languages: string[];
  skipped: { file: string; reason: string }[];
  warnings: OpenSdgWarning[];
  /** Files and rows refused, with why: by default any of them refuses the import. */
  problems: OpenSdgRefusal[];
};

const YIELD_EVERY_FILES = 25;

/**
 * Parses every file of a data set, reporting progress per file and letting the event loop
 * breathe every few files (progress messages go out; a server stays responsive).
 */
export async function parseOpenSdgSource(
  source: OpenSdgSource,
  progress: ProgressReporter = ignoreProgress,
  periodRule: PeriodRule = DEFAULT_PERIOD_RULE,
): Promise<ParsedOpenSdgSource> {
  const dataFiles: ParsedIndicatorFile[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const warnings: OpenSdgWarning[] = [...(source.warnings ?? [])];
  let index = 0;
  for (const file of source.files) {
    index += 1;
    if (index % YIELD_EVERY_FILES === 0) {
      progress(index / source.files.length, libText("jobStages.readingFiles", { index, total: source.files.length }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!file.path.startsWith("data/")) continue;
    if (isSdmxMlPath(file.path)) {
      // One SDMX-ML message may hold several indicators: each is parsed as one indicator file.
      const sdmx = parseSdmxMl(file.path, file.text, periodRule);
      if (!sdmx.isSdmx) skipped.push(withProblemText({ file: file.path, reason: sdmx.reason }, problemTextOf(sdmx)));
      else {
        // An SDMX message's parts keep their observations: reading one part again would parse the
        // whole message once per indicator. CSV files, the bulk of national data sets, are re-read.
        for (const { observations, ...part } of sdmx.parts) dataFiles.push({ ...part, readObservations: () => observations });
        warnings.push(...sdmx.warnings);
      }
      continue;
    }
    if (!isIndicatorDataPath(file.path)) {
      const reason = /demo_indicator\.csv$/i.test(file.path)
        ? libText("importProblems.importSkippedTemplateExample")
        : libText("importProblems.importSkippedNotIndicatorFile");
      skipped.push(keyedReason({ file: file.path }, reason));
      continue;
    }
    const { observations: _read, ...data } = parseOpenSdgData(file.path, file.text, periodRule);
    dataFiles.push({
      ...data,
      slug: file.path.slice("data/indicator_".length, -".csv".length),
      // Parsed again when its values are planned (the same text, so the same observations).
      readObservations: () => parseOpenSdgData(file.path, file.text, periodRule).observations,
    });
    warnings.push(...data.warnings);
  }
  const metadata = collectOpenSdgMetadata(source.files, new Set(dataFiles.map((file) => file.slug)));
  progress(1, libText("jobStages.filesRead"));
  return {
    dataFiles,
    metadata: metadata.metadata,
    metadataFiles: metadata.metadataFiles,
    languages: metadata.languages,
    skipped: [...skipped, ...metadata.skipped],
    warnings: [...warnings, ...metadata.warnings],
    problems: [...(source.refused ?? []), ...dataFiles.flatMap((file) => file.problems)],
  };
}
