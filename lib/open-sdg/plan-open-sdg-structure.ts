import {
  codeFromSlug,
  compareCodes,
  fitText,
  isGoalCode,
  isTargetCode,
  isValidCode,
  OTHER_AREA_CODE,
  SDG_GOAL_NAMES,
  targetOfIndicatorCode,
} from "./open-sdg-codes";
import { DEFINITION_LIMITS } from "@/lib/frameworks/schemas";
import type { Problem } from "@/lib/problems/problem";
import type { OpenSdgWarning } from "./parse-open-sdg-data";
import { DEFAULT_META_LANGUAGE, type ParsedIndicatorFile, type ParsedOpenSdgSource } from "./parse-open-sdg-source";
import { keyedMessage, keyedProblem } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

/** Limits of lib/frameworks/schemas.ts: names beyond them are cut, with a warning. */
const INDICATOR_NAME_LIMIT = DEFINITION_LIMITS.indicatorName;
const AREA_NAME_LIMIT = DEFINITION_LIMITS.areaName;
const UNIT_LIMIT = DEFINITION_LIMITS.unit;
const DESCRIPTION_LIMIT = DEFINITION_LIMITS.description;

export type SourceArea = {
  code: string;
  name: string;
  nameTranslations: Record<string, string>;
  description: string | null;
  parentCode: string | null;
  /** false when the name is our fallback ("Target 10.7"), which must not overwrite a name people gave. */
  isNamedBySource: boolean;
};

export type SourceIndicator = {
  code: string;
  file: ParsedIndicatorFile;
  name: string;
  nameTranslations: Record<string, string>;
  isNamedBySource: boolean;
  hasMetadata: boolean;
  unit: string | null;
  areaCode: string;
  targetCode: string | null;
};

/**
 * The goals, targets and indicators a data set describes, from its file names and metadata.
 * Codes come from the metadata's `indicator` where it is a usable code, else from the file
 * name (12-b-1-1 -> 12.b.1.1); an indicator sits in its target, else its goal, else "Other".
 */
export function planOpenSdgStructure(source: ParsedOpenSdgSource): {
  areas: SourceArea[];
  indicators: SourceIndicator[];
  warnings: OpenSdgWarning[];
  problems: Problem[];
} {
  const warnings: OpenSdgWarning[] = [];
  const problems: Problem[] = [];
  const fit = (text: string, limit: number, file: string, what: "indicatorName" | "unit") => {
    if (text.length > limit)
      warnings.push(
        keyedMessage<OpenSdgWarning>(
          { file },
          libText("importProblems.structureTextCut", { what, length: String(text.length), limit: String(limit) }),
        ),
      );
    return fitText(text, limit);
  };

  const files = [...source.dataFiles].sort((a, b) => compareCodes(a.slug, b.slug));
  const indicators: SourceIndicator[] = [];
  const usedCodes = new Set<string>();
  const goals = new Set<string>();
  const targets = new Map<string, { goal: string; texts: Map<string, string> }>();

  for (const file of files) {
    const byLanguage = source.metadata.get(file.slug);
    const main = byLanguage?.get(DEFAULT_META_LANGUAGE);
    const metaFile = `meta/${file.slug}.md`;
    const slugCode = codeFromSlug(file.slug);
    let code = main?.indicator ?? slugCode;
    if (code !== slugCode && !isValidCode(code)) {
      warnings.push(keyedMessage<OpenSdgWarning>({ file: metaFile }, libText("importProblems.structureCodeNotUsable", { code, slugCode })));
      code = slugCode;
    } else if (code !== slugCode && usedCodes.has(code)) {
      warnings.push(
        keyedMessage<OpenSdgWarning>({ file: metaFile }, libText("importProblems.structureCodeOfAnotherFile", { code, slugCode })),
      );
      code = slugCode;
    }
    if (!isValidCode(code)) {
      problems.push(keyedProblem({ file: file.file }, libText("importProblems.structureFileNameNoCode")));
      continue;
    }
    if (usedCodes.has(code)) {
      problems.push(keyedProblem({ file: file.file, code: "duplicate" }, libText("importProblems.structureCodeTwice", { code })));
      continue;
    }
    usedCodes.add(code);

    const nameTranslations: Record<string, string> = {};
    for (const [language, meta] of byLanguage ?? []) {
      if (language !== DEFAULT_META_LANGUAGE && meta.indicatorName) {
        nameTranslations[language] = fit(meta.indicatorName, INDICATOR_NAME_LIMIT, `meta/${language}/${file.slug}.md`, "indicatorName");
      }
    }

    let target = main?.targetId ?? null;
    if (target !== null && !isTargetCode(target)) {
      const derived = targetOfIndicatorCode(code);
      warnings.push(
        keyedMessage<OpenSdgWarning>(
          { file: metaFile },
          derived
            ? libText("importProblems.structureTargetFromCode", { target, derived })
            : libText("importProblems.structureTargetToGoal", { target }),
        ),
      );
      target = derived;
    }
    target ??= targetOfIndicatorCode(code);
    const goalCandidate = target?.split(".")[0] ?? main?.sdgGoal ?? code.split(".")[0] ?? "";
    const goal = isGoalCode(goalCandidate) ? String(Number(goalCandidate)) : null;
    if (goal) goals.add(goal);
    if (target && goal) {
      const entry = targets.get(target) ?? { goal, texts: new Map<string, string>() };
      for (const [language, meta] of byLanguage ?? [])
        if (meta.target && !entry.texts.has(language)) entry.texts.set(language, meta.target);
      targets.set(target, entry);
    }

    indicators.push({
      code,
      file,
      name: main?.indicatorName ? fit(main.indicatorName, INDICATOR_NAME_LIMIT, metaFile, "indicatorName") : code,
      nameTranslations,
      isNamedBySource: Boolean(main?.indicatorName),
      hasMetadata: byLanguage !== undefined,
      unit: main?.unit ? fit(main.unit, UNIT_LIMIT, metaFile, "unit") : null,
      areaCode: target && goal ? target : (goal ?? OTHER_AREA_CODE),
      targetCode: target && goal ? target : null,
    });
  }

  const areas: SourceArea[] = [];
  for (const goal of [...goals].sort(compareCodes)) {
    const short = SDG_GOAL_NAMES[goal];
    areas.push({
      code: goal,
      name: short ? `Goal ${goal}: ${short}` : `Goal ${goal}`,
      nameTranslations: {},
      description: null,
      parentCode: null,
      isNamedBySource: false,
    });
    const ofGoal = [...targets.entries()].filter(([, target]) => target.goal === goal).sort(([a], [b]) => compareCodes(a, b));
    for (const [code, { texts }] of ofGoal) {
      const main = texts.get(DEFAULT_META_LANGUAGE);
      const nameTranslations: Record<string, string> = {};
      for (const [language, text] of texts)
        if (language !== DEFAULT_META_LANGUAGE) nameTranslations[language] = fitText(text, AREA_NAME_LIMIT);
      areas.push({
        code,
        name: main ? fitText(main, AREA_NAME_LIMIT) : `Target ${code}`,
        nameTranslations,
        // The name may be cut; the description keeps the whole target.
        description: main ? fitText(main, DESCRIPTION_LIMIT) : null,
        parentCode: goal,
        isNamedBySource: main !== undefined,
      });
    }
  }
  if (indicators.some((indicator) => indicator.areaCode === OTHER_AREA_CODE)) {
    areas.push({ code: OTHER_AREA_CODE, name: "Other", nameTranslations: {}, description: null, parentCode: null, isNamedBySource: false });
  }
  return { areas, indicators, warnings, problems };
}
