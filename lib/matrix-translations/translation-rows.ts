import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { readTranslations } from "@/lib/i18n/localized-name";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";

/** What a translated text belongs to; levels and members are named "<indicator or dimension code>/<own code>". */
export const TEXT_KINDS = ["framework", "area", "indicator", "level", "dimension", "member"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** The translatable fields, as the translation workbook names them, with their `...Translations` column. */
export const TEXT_FIELDS = {
  name: "nameTranslations",
  description: "descriptionTranslations",
  definition: "definitionTranslations",
  unit: "unitTranslations",
  data_source: "dataSourceTranslations",
  verification: "verificationTranslations",
  label: "labelTranslations",
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** Which fields each kind has (decision 042: exactly the columns the schema gives translations). */
export const FIELDS_OF_KIND: Record<TextKind, readonly TextField[]> = {
  framework: ["name", "description"],
  area: ["name", "description"],
  indicator: ["name", "definition", "unit", "data_source", "verification"],
  level: ["label"],
  dimension: ["name"],
  member: ["name"],
};

/** One translatable text of a version: its main text and its translations by language. */
export type TextRow = { kind: TextKind; code: string; field: TextField; main: string; translations: Record<string, string> };

/** The separator of a level's or member's code from its indicator's or dimension's. */
export const CODE_SEPARATOR = "/";

/**
 * Every translatable text of a version, in the order people read the matrix: the framework,
 * then each area with its indicators (and their levels), then the dimensions the version's
 * indicators use, with their members. Texts whose main text is empty have nothing to translate.
 */
export function listTextRows(definition: FrameworkDefinition, references: Pick<MatrixReferences, "dimensions">): TextRow[] {
  const rows: TextRow[] = [];
  const add = (kind: TextKind, code: string, field: TextField, main: string | undefined, translations: unknown) => {
    if (main?.trim()) rows.push({ kind, code, field, main, translations: readTranslations(translations) });
  };
  add("framework", definition.code, "name", definition.name, definition.nameTranslations);
  add("framework", definition.code, "description", definition.description, definition.descriptionTranslations);
  const usedDimensions = new Set<string>();
  const addIndicator = (indicator: IndicatorDefinition) => {
    add("indicator", indicator.code, "name", indicator.name, indicator.nameTranslations);
    add("indicator", indicator.code, "definition", indicator.definition, indicator.definitionTranslations);
    add("indicator", indicator.code, "unit", indicator.unit, indicator.unitTranslations);
    add("indicator", indicator.code, "data_source", indicator.dataSource, indicator.dataSourceTranslations);
    add("indicator", indicator.code, "verification", indicator.verification, indicator.verificationTranslations);
    for (const level of indicator.valueType === "LEVELS" ? (indicator.levels ?? []) : []) {
      add("level", `${indicator.code}${CODE_SEPARATOR}${level.code}`, "label", level.label, level.labelTranslations);
    }
    for (const code of indicator.dimensions ?? []) usedDimensions.add(code);
  };
  const addArea = (area: AreaDefinition) => {
    add("area", area.code, "name", area.name, area.nameTranslations);
    add("area", area.code, "description", area.description, area.descriptionTranslations);
    (area.indicators ?? []).forEach(addIndicator);
    (area.areas ?? []).forEach(addArea);
  };
  definition.areas.forEach(addArea);
  for (const dimension of references.dimensions) {
    if (!usedDimensions.has(dimension.code)) continue;
    add("dimension", dimension.code, "name", dimension.name, dimension.nameTranslations);
    for (const member of dimension.members) {
      add("member", `${dimension.code}${CODE_SEPARATOR}${member.code}`, "name", member.name, member.nameTranslations);
    }
  }
  return rows;
}
