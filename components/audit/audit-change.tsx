import { useTranslations } from "next-intl";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The words of the before/after column in the reader's language: field names, and the names of
 * codes by field and then by kind of record ("*" for every kind), since a status means one thing
 * on a value and another on a version. What is not listed shows as stored.
 */
export type AuditChangeLabels = {
  fields: Record<string, string>;
  codes: Record<string, Record<string, Record<string, string>>>;
};

function show(value: Prisma.JsonValue | undefined, empty: string, codes: Record<string, string> | undefined): string {
  if (value === undefined) return "—";
  if (value === null) return empty;
  if (typeof value === "string") return codes && Object.hasOwn(codes, value) ? codes[value]! : value;
  return JSON.stringify(value);
}

function asObject(value: Prisma.JsonValue): Record<string, Prisma.JsonValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};
}

/** The fields an audit entry changed, as "field: before → after". */
export function AuditChange({
  entityType,
  before,
  after,
  labels,
}: {
  entityType: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  labels: AuditChangeLabels;
}) {
  const t = useTranslations("AuditChange");
  const previous = asObject(before);
  const next = asObject(after);
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  if (keys.length === 0) return <span className="muted">{t("noDetails")}</span>;
  return (
    <dl className="change-list">
      {keys.map((key) => {
        const codes = labels.codes[key]?.[entityType] ?? labels.codes[key]?.["*"];
        const label = Object.hasOwn(labels.fields, key) ? labels.fields[key] : undefined;
        return (
          <div key={key}>
            {/* A field the list does not know shows its stored name, which is code: no language to claim. */}
            <dt>{label ?? key}</dt>
            <dd>
              {key in previous ? (
                <>
                  <del>{show(previous[key], t("empty"), codes)}</del> →{" "}
                </>
              ) : null}
              <ins>{key in next ? show(next[key], t("empty"), codes) : t("removed")}</ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
