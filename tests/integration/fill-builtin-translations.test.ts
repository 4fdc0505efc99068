/**
 * Workspaces created before the built-in translations existed get them at start (decisions 053,
 * 054): French and Spanish, and Romanian and Russian where written, only where that language is
 * empty, never over a text someone wrote, once.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fillBuiltinTranslations } from "@/lib/frameworks/builtin/fill-builtin-translations";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { DIMENSION_TEXTS } from "@/lib/frameworks/builtin/translations/dimensions-texts";
import { createTestFramework, createTestWorkspace } from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const HEALTH = "MGI-1.1.1";
const OWN_FRENCH = "Accès des migrants aux soins publics (notre texte)";

/** A workspace with MGI and the standard dimensions as an older release left them: no French or Spanish anywhere. */
async function olderWorkspace() {
  const { workspaceId } = await createTestWorkspace();
  const { versionId } = await createTestFramework(workspaceId, MGI_FRAMEWORK);
  await withoutAuditGuard(async () => {
    await db.framework.updateMany({ where: { workspaceId }, data: { nameTranslations: {}, descriptionTranslations: {} } });
    await db.area.updateMany({ where: { versionId }, data: { nameTranslations: {}, descriptionTranslations: {} } });
    await db.indicator.updateMany({
      where: { versionId },
      data: { nameTranslations: {}, definitionTranslations: {}, unitTranslations: {} },
    });
    await db.indicatorLevel.updateMany({ where: { indicator: { versionId } }, data: { labelTranslations: {} } });
    await db.dimension.updateMany({ where: { workspaceId }, data: { nameTranslations: {} } });
    await db.dimensionMember.updateMany({ where: { dimension: { workspaceId } }, data: { nameTranslations: {} } });
  });
  return { workspaceId, versionId };
}

const indicatorOf = (versionId: string, code: string) =>
  db.indicator.findUniqueOrThrow({
    where: { versionId_code: { versionId, code } },
    select: { nameTranslations: true, definitionTranslations: true, levels: { select: { code: true, labelTranslations: true } } },
  });

/** Every translation column of the workspace, to compare before and after. */
async function allTranslations(workspaceId: string, versionId: string) {
  return Promise.all([
    db.framework.findMany({ where: { workspaceId }, select: { nameTranslations: true, descriptionTranslations: true } }),
    db.area.findMany({ where: { versionId }, orderBy: { code: "asc" }, select: { nameTranslations: true, descriptionTranslations: true } }),
    db.indicator.findMany({
      where: { versionId },
      orderBy: { code: "asc" },
      select: { nameTranslations: true, definitionTranslations: true, unitTranslations: true },
    }),
    db.dimension.findMany({ where: { workspaceId }, orderBy: { id: "asc" }, select: { nameTranslations: true } }),
    db.dimensionMember.findMany({ where: { dimension: { workspaceId } }, orderBy: { id: "asc" }, select: { nameTranslations: true } }),
  ]);
}

const auditEvents = (workspaceId: string) =>
  db.auditEvent.findMany({ where: { workspaceId, action: "workspace.builtin-translations-filled" } });

describe("filling the built-in French and Spanish texts of an older workspace", () => {
  it("fills empty French and Spanish texts, keeps a person's own French and other languages, and does it once", async () => {
    const { workspaceId, versionId } = await olderWorkspace();
    const health = await db.indicator.findUniqueOrThrow({ where: { versionId_code: { versionId, code: HEALTH } }, select: { id: true } });
    const female = await db.dimensionMember.findFirstOrThrow({ where: { dimension: { workspaceId, code: "SEX" }, code: "F" } });
    await withoutAuditGuard(async () => {
      // Someone wrote their own French for one indicator, and Romanian for a member.
      await db.indicator.update({ where: { id: health.id }, data: { nameTranslations: { fr: OWN_FRENCH, es: "  " } } });
      await db.dimensionMember.update({ where: { id: female.id }, data: { nameTranslations: { ro: "Sex feminin" } } });
    });

    const first = await fillBuiltinTranslations(workspaceId);
    expect(first.filled).toBeGreaterThan(73 * 2);

    const filled = await indicatorOf(versionId, HEALTH);
    // Their French stays; the blank Spanish counts as empty and gets the built-in text.
    expect(filled.nameTranslations).toEqual({ fr: OWN_FRENCH, es: "Los migrantes tienen igual acceso a los servicios públicos de salud" });
    const other = await indicatorOf(versionId, "MGI-1.1.2");
    const builtin = MGI_FRAMEWORK.areas.flatMap((area) => area.areas ?? []).flatMap((area) => area.indicators ?? []);
    const expected = builtin.find((indicator) => indicator.code === "MGI-1.1.2")!;
    expect(other.nameTranslations).toEqual(expected.nameTranslations);
    expect(other.definitionTranslations).toEqual(expected.definitionTranslations);
    expect(other.levels.every((level) => typeof (level.labelTranslations as Record<string, string>).fr === "string")).toBe(true);
    const framework = await db.framework.findFirstOrThrow({ where: { workspaceId }, select: { nameTranslations: true } });
    expect(framework.nameTranslations).toEqual(MGI_FRAMEWORK.nameTranslations);
    const member = await db.dimensionMember.findUniqueOrThrow({ where: { id: female.id }, select: { nameTranslations: true } });
    expect(member.nameTranslations).toEqual({ ro: "Sex feminin", fr: "Femmes", es: "Mujeres", ru: "Женщины" });

    const events = await auditEvents(workspaceId);
    expect(events).toHaveLength(1);
    expect(events[0]!.actorLabel).toBe("system:builtin-translations");
    expect((events[0]!.after as Record<string, Record<string, number>>).MGI!["indicator.nameTranslations"]).toBe(73);

    // A second start finds nothing empty: nothing written, no second event.
    const before = await allTranslations(workspaceId, versionId);
    expect(await fillBuiltinTranslations(workspaceId)).toEqual({ filled: 0 });
    expect(await allTranslations(workspaceId, versionId)).toEqual(before);
    expect(await auditEvents(workspaceId)).toHaveLength(1);
  });

  it("gives the English-only standard dimensions of an older workspace their Romanian and Russian names, once", async () => {
    const { workspaceId, versionId } = await olderWorkspace();
    await fillBuiltinTranslations(workspaceId);
    const dimensions = await db.dimension.findMany({ where: { workspaceId }, select: { id: true, code: true } });
    const members = await db.dimensionMember.findMany({
      where: { dimension: { workspaceId } },
      select: { id: true, code: true, dimension: { select: { code: true } } },
    });
    const frEs = ({ fr, es }: { fr: string; es: string }) => ({ fr, es });
    await withoutAuditGuard(async () => {
      // As the French and Spanish fill of an earlier release left them: no Romanian, no Russian;
      // the age groups as a release before that left them: English only.
      for (const { id, code } of dimensions) {
        const stored = code === "AGE_GROUP" ? {} : frEs(DIMENSION_TEXTS[code]!.name);
        await db.dimension.update({ where: { id }, data: { nameTranslations: stored } });
      }
      for (const { id, code, dimension } of members) {
        const own = dimension.code === "SEX" && code === "M" ? { ro: "Sex masculin" } : {};
        const stored = dimension.code === "AGE_GROUP" ? {} : frEs(DIMENSION_TEXTS[dimension.code]!.members[code]!);
        await db.dimensionMember.update({ where: { id }, data: { nameTranslations: { ...stored, ...own } } });
      }
    });
    const eventsBefore = (await auditEvents(workspaceId)).length;

    expect(await fillBuiltinTranslations(workspaceId)).toEqual({ filled: dimensions.length + members.length });

    const named = await db.dimension.findMany({
      where: { workspaceId },
      select: { code: true, nameTranslations: true, members: { select: { code: true, nameTranslations: true } } },
    });
    for (const dimension of named) {
      expect(dimension.nameTranslations, dimension.code).toEqual(DIMENSION_TEXTS[dimension.code]!.name);
      for (const member of dimension.members) {
        const expected = DIMENSION_TEXTS[dimension.code]!.members[member.code]!;
        // The Romanian someone wrote stays; the Russian they left empty is filled.
        const own = dimension.code === "SEX" && member.code === "M" ? { ro: "Sex masculin" } : {};
        expect(member.nameTranslations, `${dimension.code}/${member.code}`).toEqual({ ...expected, ...own });
      }
    }
    expect(named.find((dimension) => dimension.code === "SEX")!.nameTranslations).toEqual({ fr: "Sexe", es: "Sexo", ro: "Sex", ru: "Пол" });
    const events = await auditEvents(workspaceId);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)!.after).toEqual({
      dimensions: { "dimension.nameTranslations": dimensions.length, "member.nameTranslations": members.length },
    });

    // A second start: the same rows, the same texts, no row updated, no event.
    const rowCounts = () =>
      Promise.all([
        db.dimension.count({ where: { workspaceId } }),
        db.dimensionMember.count({ where: { dimension: { workspaceId } } }),
        db.indicator.count({ where: { versionId } }),
      ]);
    const lastUpdate = () => db.indicator.aggregate({ where: { versionId }, _max: { updatedAt: true } });
    const [countsBefore, updatedBefore, textsBefore] = await Promise.all([
      rowCounts(),
      lastUpdate(),
      allTranslations(workspaceId, versionId),
    ]);
    expect(await fillBuiltinTranslations(workspaceId)).toEqual({ filled: 0 });
    expect(await rowCounts()).toEqual(countsBefore);
    expect(await lastUpdate()).toEqual(updatedBefore);
    expect(await allTranslations(workspaceId, versionId)).toEqual(textsBefore);
    expect(await auditEvents(workspaceId)).toHaveLength(eventsBefore + 1);
  });

  it("leaves a workspace created with the built-in texts as it is", async () => {
    const { workspaceId } = await createTestWorkspace();
    await createTestFramework(workspaceId, MGI_FRAMEWORK);
    expect(await fillBuiltinTranslations(workspaceId)).toEqual({ filled: 0 });
    expect(await auditEvents(workspaceId)).toHaveLength(0);
  });

  it("touches no other workspace", async () => {
    const older = await olderWorkspace();
    const other = await olderWorkspace();
    await fillBuiltinTranslations(older.workspaceId);
    const untouched = await indicatorOf(other.versionId, HEALTH);
    expect(untouched.nameTranslations).toEqual({});
    expect(await auditEvents(other.workspaceId)).toHaveLength(0);
  });
});
