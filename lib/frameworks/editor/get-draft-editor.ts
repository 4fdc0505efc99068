import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import type { AreaDefinition, IndicatorDefinition, NameTranslations } from "@/lib/frameworks/schemas";
import type { CodeMapping } from "@/lib/matrix/code-mapping";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { listTextRows, type TextRow } from "@/lib/matrix-translations/translation-rows";
import { readCodeMapping } from "./edit-code-mapping";
import { findVersion } from "./find-version";
import { versionAddressSchema } from "./schemas";

export type EditorIndicator = { id: string; identityId: string; areaId: string; definition: IndicatorDefinition };
export type EditorArea = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  nameTranslations: NameTranslations | null;
  parentId: string | null;
  depth: number;
  indicators: EditorIndicator[];
  areas: EditorArea[];
};

export type DraftEditor = {
  /** `nameTranslations` by language (decision 042): the page header shows the reader's. */
  framework: { code: string; name: string; nameTranslations?: unknown };
  version: {
    id: string;
    number: number;
    label: string;
    status: FrameworkVersionStatus;
    isEditable: boolean;
    basedOn: { number: number; label: string } | null;
    codeMapping: CodeMapping;
  };
  areas: EditorArea[];
  /** Every area, depth-first, for the pickers of a parent or a destination. */
  areaList: { id: string; code: string; name: string; depth: number }[];
  indicatorCount: number;
  /** Every translatable text with its translations, for the missing-translations table and the script check (decision 042). */
  texts: TextRow[];
  references: { institutions: { code: string; name: string }[]; dimensions: { code: string; name: string }[] };
};

/**
 * What the editor page shows of a version: its status, the area tree with every indicator's
 * fields, and the reference lists its pickers offer. Any status can be read; only a draft is
 * editable. A fixed number of queries whatever the matrix's size.
 */
export async function getDraftEditor(access: AccessContext, raw: unknown): Promise<DraftEditor> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(versionAddressSchema, raw, libText("errors.checkVersion"));
  const version = await findVersion(access, input.frameworkCode, input.versionNumber);
  const [{ definition, references }, areaRows, indicatorRows, basedOn] = await Promise.all([
    loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id }),
    db.area.findMany({ where: { versionId: version.id }, select: { id: true, code: true, parentId: true } }),
    db.indicator.findMany({ where: { versionId: version.id }, select: { id: true, code: true, identityId: true, areaId: true } }),
    version.basedOnId ? db.frameworkVersion.findUnique({ where: { id: version.basedOnId }, select: { number: true, label: true } }) : null,
  ]);
  const areaIdOf = new Map(areaRows.map((area) => [area.code, area]));
  const indicatorOf = new Map(indicatorRows.map((indicator) => [indicator.code, indicator]));
  const areaList: DraftEditor["areaList"] = [];

  const build = (areas: readonly AreaDefinition[], parentId: string | null, depth: number): EditorArea[] =>
    areas.map((area) => {
      const id = areaIdOf.get(area.code)!.id;
      areaList.push({ id, code: area.code, name: area.name, depth });
      return {
        id,
        code: area.code,
        name: area.name,
        description: area.description ?? null,
        nameTranslations: area.nameTranslations ?? null,
        parentId,
        depth,
        indicators: (area.indicators ?? []).map((indicator) => {
          const row = indicatorOf.get(indicator.code)!;
          return { id: row.id, identityId: row.identityId, areaId: row.areaId, definition: indicator };
        }),
        areas: build(area.areas ?? [], id, depth + 1),
      };
    });
  const tree = build(definition.areas, null, 0);

  return {
    framework: { code: version.framework.code, name: version.framework.name, nameTranslations: definition.nameTranslations },
    version: {
      id: version.id,
      number: version.number,
      label: version.label,
      status: version.status,
      isEditable: version.status === "DRAFT",
      basedOn,
      codeMapping: readCodeMapping(version.codeMapping),
    },
    areas: tree,
    areaList,
    indicatorCount: indicatorRows.length,
    texts: listTextRows(definition, references),
    references: {
      institutions: references.institutions,
      dimensions: references.dimensions.map((dimension) => ({ code: dimension.code, name: dimension.name })),
    },
  };
}
