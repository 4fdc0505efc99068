import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** How many evidence files back a value in the review queue, linking to them on the value's page. */
export async function EvidenceCountLink({ valueId, count, label }: { valueId: string; count: number; label: string }) {
  const t = await getTranslations("Evidence");
  return (
    <Link className="evidence-count" href={`/values/${valueId}#evidence-heading`}>
      {t("reviewCount", { count })}
      <span className="visually-hidden"> {label}</span>
    </Link>
  );
}
