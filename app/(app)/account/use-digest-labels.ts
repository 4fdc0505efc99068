import { useTranslations } from "next-intl";
import type { DigestFrequency } from "@/lib/notifications/digest-frequency";

/** The digest choice's legend and options in the person's language. */
export function useDigestLabels(): { legend: string; frequencies: Record<DigestFrequency, string> } {
  const t = useTranslations("EmailDigestChoice");
  return { legend: t("legend"), frequencies: { none: t("none"), daily: t("daily"), weekly: t("weekly") } };
}
