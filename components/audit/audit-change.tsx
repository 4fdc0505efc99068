import { useTranslations } from "next-intl";
import type { Prisma } from "@/lib/generated/prisma/client";

function show(value: Prisma.JsonValue | undefined, empty: string): string {
  if (value === undefined) return "—";
  if (value === null) return empty;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function asObject(value: Prisma.JsonValue): Record<string, Prisma.JsonValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};
}

/** The fields an audit entry changed, as "field: before → after". */
export function AuditChange({ before, after }: { before: Prisma.JsonValue; after: Prisma.JsonValue }) {
  const t = useTranslations("AuditChange");
  const previous = asObject(before);
  const next = asObject(after);
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  if (keys.length === 0) return <span className="muted">{t("noDetails")}</span>;
  return (
    <dl className="change-list">
      {keys.map((key) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            {key in previous ? (
              <>
                <del>{show(previous[key], t("empty"))}</del> →{" "}
              </>
            ) : null}
            <ins>{key in next ? show(next[key], t("empty")) : t("removed")}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
