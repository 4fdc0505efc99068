import { ignoreProgress, type ProgressReporter } from "@/lib/jobs/progress-reporter";
import type { OpenSdgRefusal } from "./open-sdg-refusal";
import { parseOpenSdgData, type OpenSdgWarning, type ParsedOpenSdgData } from "./parse-open-sdg-data";
import { DEFAULT_PERIOD_RULE, type PeriodRule } from "./parse-open-sdg-period";
import { parseOpenSdgMeta, type OpenSdgMeta } from "./parse-open-sdg-meta";
import { isIndicatorDataPath, type OpenSdgSource } from "./read-open-sdg-source";

/** The language of meta/*.md; translations live in meta/<lang>/. */
export const DEFAULT_META_LANGUAGE = "en";

export type ParsedIndicatorFile = ParsedOpenSdgData & {
  /** "1-1-1" for data/indicator_1-1-1.csv. */
  slug: string;
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
  const parsed: ParsedOpenSdgSource = {
    dataFiles: [],
    metadata: new Map(),
    metadataFiles: 0,
    languages: [],
    skipped: [],
    warnings: [...(source.warnings ?? [])],
    problems: [],
  };
  const languages = new Set<string>();
  const metadataPaths = new Map<string, string>();
  let index = 0;
  for (const file of source.files) {
    index += 1;
    if (index % YIELD_EVERY_FILES === 0) {
      progress(index / source.files.length, `Reading the files (${index} of ${source.files.length})`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (file.path.startsWith("data/")) {
      if (!isIndicatorDataPath(file.path)) {
        parsed.skipped.push({
          file: file.path,
          reason: /demo_indicator\.csv$/i.test(file.path)
            ? "The Open SDG template's example file, not an indicator"
            : "Not an indicator file (indicator files are named data/indicator_<code>.csv)",
        });
        continue;
      }
      const slug = file.path.slice("data/indicator_".length, -".csv".length);
      const data = parseOpenSdgData(file.path, file.text, periodRule);
      parsed.dataFiles.push({ ...data, slug });
      parsed.warnings.push(...data.warnings);
      continue;
    }
    const match = /^meta\/(?:([^/]+)\/)?([^/]+)\.md$/.exec(file.path);
    if (!match) continue;
    const language = match[1] ?? DEFAULT_META_LANGUAGE;
    const { meta, warnings } = parseOpenSdgMeta(file.path, file.text);
    parsed.metadataFiles += 1;
    parsed.warnings.push(...warnings);
    languages.add(language);
    const byLanguage = parsed.metadata.get(match[2]!) ?? new Map<string, OpenSdgMeta>();
    // meta/x.md is the default language; a meta/en/x.md beside it does not replace it.
    if (match[1] === undefined || !byLanguage.has(language)) byLanguage.set(language, meta);
    parsed.metadata.set(match[2]!, byLanguage);
    if (!metadataPaths.has(match[2]!)) metadataPaths.set(match[2]!, file.path);
  }
  parsed.problems = [...(source.refused ?? []), ...parsed.dataFiles.flatMap((file) => file.problems)];
  parsed.languages = [...languages].sort((a, b) =>
    a === DEFAULT_META_LANGUAGE ? -1 : b === DEFAULT_META_LANGUAGE ? 1 : a.localeCompare(b),
  );
  const dataSlugs = new Set(parsed.dataFiles.map((file) => file.slug));
  for (const [slug, file] of metadataPaths) {
    if (!dataSlugs.has(slug))
      parsed.warnings.push({ file, message: `No data file data/indicator_${slug}.csv goes with this metadata; it is not imported` });
  }
  progress(1, "Files read");
  return parsed;
}
