import type { AreaField, AreaRef, DefinitionDiff, FieldChange } from "./definition-diff";
import { TOP_LEVEL_AREA } from "./diff-english-words";
import { findReordered } from "./find-reordered";
import type { DefinitionIndex, IndexedArea } from "./index-definition";

const text = (value: string | undefined): string | null => value?.trim() || null;

export const toAreaRef = (area: IndexedArea): AreaRef => ({
  code: area.definition.code,
  name: area.definition.name,
  parentCode: area.parentCode,
  path: area.path,
});

/**
 * Areas pair by their code: one whose code changed is removed and added. A kept area reports
 * its name, translations and description, a new parent (moved), and a new place among its
 * siblings when it left their relative order (reordered; see `findReordered`).
 */
export function diffAreas(before: DefinitionIndex, after: DefinitionIndex): DefinitionDiff["areas"] {
  const reordered = new Set<string>();
  for (const [parentCode, siblings] of after.childAreas) {
    const previous = before.childAreas.get(parentCode);
    if (previous) for (const code of findReordered(previous, siblings)) reordered.add(code);
  }

  const result: DefinitionDiff["areas"] = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const code of after.areaOrder) {
    const now = after.areas.get(code)!;
    const then = before.areas.get(code);
    if (!then) {
      result.added.push(toAreaRef(now));
      continue;
    }
    const changes: FieldChange<AreaField>[] = [];
    const push = (field: AreaField, label: string, from: string | null, to: string | null) => {
      if (from !== to) changes.push({ field, label, before: from, after: to });
    };
    push("name", "Name", text(then.definition.name), text(now.definition.name));
    const pushTranslations = (field: "nameTranslations" | "descriptionTranslations", label: string) => {
      const [from, to] = [then.definition[field], now.definition[field]];
      const languages = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})]);
      for (const language of [...languages].sort())
        push(`${field}.${language}`, `${label} (${language})`, text(from?.[language]), text(to?.[language]));
    };
    pushTranslations("nameTranslations", "Name");
    push("description", "Description", text(then.definition.description), text(now.definition.description));
    pushTranslations("descriptionTranslations", "Description");
    if (then.parentCode !== now.parentCode) {
      const parentPath = (index: DefinitionIndex, parentCode: string | null) =>
        parentCode ? index.areas.get(parentCode)!.path : TOP_LEVEL_AREA;
      push("parent", "Parent area", parentPath(before, then.parentCode), parentPath(after, now.parentCode));
    } else if (reordered.has(code)) {
      push("position", "Position", `${then.position + 1} of ${then.siblingCount}`, `${now.position + 1} of ${now.siblingCount}`);
    }
    if (changes.length === 0) result.unchanged += 1;
    else result.changed.push({ ...toAreaRef(now), changes });
  }
  for (const code of before.areaOrder) if (!after.areas.has(code)) result.removed.push(toAreaRef(before.areas.get(code)!));
  return result;
}
