import type { OpenSdgWarning } from "./parse-open-sdg-data";
import { parseOpenSdgMetaFile, parseOpenSdgTranslations, type OpenSdgMeta } from "./parse-open-sdg-meta";
import { keyedMessage, keyedReason } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

/** The language of meta/*.md and meta/*.yml; translations live in meta/<lang>/ and translations/<lang>/. */
export const DEFAULT_META_LANGUAGE = "en";

export type CollectedMetadata = {
  /** slug -> language -> metadata; the default language is DEFAULT_META_LANGUAGE. */
  metadata: Map<string, Map<string, OpenSdgMeta>>;
  metadataFiles: number;
  languages: string[];
  skipped: { file: string; reason: string }[];
  warnings: OpenSdgWarning[];
};

const META_PATH = /^meta\/(?:([^/]+)\/)?([^/]+)\.(md|ya?ml)$/i;
const TRANSLATION_PATH = /^translations\/([^/]+)\/([^/]+)\.ya?ml$/i;
/** A text written as `<group>.<key>` of a translation file (Open SDG's way of naming texts to translate). */
const TRANSLATION_KEY = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+$/;

/**
 * The indicators' metadata of a data set in every layout Open SDG uses: meta/<slug>.md (YAML
 * front matter) or .yml, per language in meta/<lang>/, and texts named by translation keys
 * resolved from translations/<lang>/<group>.yml, which gives a name in each of those languages.
 * A file in meta/ that no data file goes with and that holds no indicator field (a README) is
 * not metadata: it is listed as skipped, not warned about.
 */
export function collectOpenSdgMetadata(
  files: readonly { path: string; text: string }[],
  dataSlugs: ReadonlySet<string>,
): CollectedMetadata {
  const collected: CollectedMetadata = { metadata: new Map(), metadataFiles: 0, languages: [], skipped: [], warnings: [] };
  const translations = readTranslations(files, collected.warnings);
  const languages = new Set<string>();
  const orphans = new Map<string, string>();
  const withRootFile = new Set<string>();
  for (const file of files) {
    const match = META_PATH.exec(file.path);
    if (!match) continue;
    const [, folderLanguage, slug] = match as unknown as [string, string | undefined, string];
    const { meta, warnings } = parseOpenSdgMetaFile(file.path, file.text);
    if (!dataSlugs.has(slug) && Object.keys(meta).length === 0) {
      collected.skipped.push(keyedReason({ file: file.path }, libText("importProblems.importSkippedNotMetadata")));
      continue;
    }
    collected.metadataFiles += 1;
    collected.warnings.push(...warnings);
    const language = folderLanguage ?? DEFAULT_META_LANGUAGE;
    languages.add(language);
    const byLanguage = collected.metadata.get(slug) ?? new Map<string, OpenSdgMeta>();
    // meta/x.md (or .yml) is the default language: a meta/en/x.md does not replace it; of two layouts, the first by name is used.
    if (folderLanguage === undefined) {
      if (withRootFile.has(slug))
        collected.warnings.push(keyedMessage<OpenSdgWarning>({ file: file.path }, libText("importProblems.metaGivenTwice")));
      else byLanguage.set(language, meta);
      withRootFile.add(slug);
    } else if (!byLanguage.has(language)) byLanguage.set(language, meta);
    collected.metadata.set(slug, byLanguage);
    if (!dataSlugs.has(slug) && !orphans.has(slug)) orphans.set(slug, file.path);
  }
  for (const [slug, file] of orphans)
    collected.warnings.push(keyedMessage<OpenSdgWarning>({ file }, libText("importProblems.metaWithoutData", { slug })));

  if (translations.size > 0)
    for (const byLanguage of collected.metadata.values()) resolveTranslationKeys(byLanguage, translations, languages);
  collected.languages = [...languages].sort((a, b) =>
    a === DEFAULT_META_LANGUAGE ? -1 : b === DEFAULT_META_LANGUAGE ? 1 : a.localeCompare(b),
  );
  return collected;
}

/** language -> "group.key" -> text. */
function readTranslations(files: readonly { path: string; text: string }[], warnings: OpenSdgWarning[]) {
  const translations = new Map<string, Map<string, string>>();
  for (const file of files) {
    const match = TRANSLATION_PATH.exec(file.path);
    if (!match) continue;
    const parsed = parseOpenSdgTranslations(file.path, file.text);
    warnings.push(...parsed.warnings);
    const texts = translations.get(match[1]!) ?? new Map<string, string>();
    for (const [key, text] of parsed.texts) texts.set(`${match[2]}.${key}`, text);
    translations.set(match[1]!, texts);
  }
  return translations;
}

/**
 * Replaces texts written as translation keys by their translation: in the default language from
 * its own translations, and in each other language with translations, unless meta/<lang>/ gave
 * that field already. Codes (indicator, target_id, sdg_goal) are never keys.
 */
function resolveTranslationKeys(
  byLanguage: Map<string, OpenSdgMeta>,
  translations: Map<string, Map<string, string>>,
  languages: Set<string>,
) {
  const main = byLanguage.get(DEFAULT_META_LANGUAGE);
  if (!main) return;
  const textFields = ["indicatorName", "target", "unit"] as const;
  const keys = textFields.filter((field) => main[field] !== undefined && TRANSLATION_KEY.test(main[field]!));
  if (keys.length === 0) return;
  for (const [language, texts] of translations) {
    const meta: OpenSdgMeta = { ...(byLanguage.get(language) ?? (language === DEFAULT_META_LANGUAGE ? main : {})) };
    let resolved = 0;
    for (const field of keys) {
      const given = meta[field];
      if (given !== undefined && !TRANSLATION_KEY.test(given)) continue;
      const text = texts.get(main[field]!);
      if (text !== undefined) {
        meta[field] = text;
        resolved += 1;
      }
    }
    if (resolved === 0) continue;
    byLanguage.set(language, meta);
    languages.add(language);
  }
}
