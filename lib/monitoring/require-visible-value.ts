import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleValuesWhere } from "./visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** What a value's page shows of its indicator. */
export const VALUE_INDICATOR_SELECT = {
  id: true,
  code: true,
  name: true,
  valueType: true,
  unit: true,
  decimals: true,
  levels: { orderBy: { position: "asc" }, select: { code: true, label: true, score: true } },
  leadInstitution: { select: { id: true, code: true, name: true } },
  version: { select: { framework: { select: { id: true, code: true, name: true } } } },
} satisfies Prisma.IndicatorSelect;

/**
 * A value the person may read, found from its id within their workspace. A value they may
 * not read is "not found": its existence is not theirs to learn.
 */
export async function requireVisibleValue(access: AccessContext, valueId: string, client: Tx = db) {
  const value = await inWorkspace(access.workspace.id, client).indicatorValue.findFirst({
    where: { id: valueId, AND: [visibleValuesWhere(access)] },
    include: { indicator: { select: VALUE_INDICATOR_SELECT } },
  });
  if (!value) throw new AppError("NOT_FOUND", libText("errors.noSuchValue"));
  return value;
}
