import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AttentionItem } from "@/lib/dashboard/get-attention-items";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/indicators/format-value";

/** The dashboard's to-do list; each item says what and links to where it is done. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  const t = useTranslations("AttentionList");
  const locale = toLocale(useLocale());
  if (items.length === 0) return <p>{t("empty")}</p>;
  const tones: Record<AttentionItem["tone"], string> = { action: t("toneAction"), warning: t("toneWarning"), info: t("toneInfo") };
  const textOf = (item: AttentionItem): string => {
    const values = { count: item.count, cycle: item.cycle ?? "", deadline: item.deadline ? formatDate(item.deadline, locale) : "" };
    switch (item.kind) {
      case "returned":
        return t("returned", values);
      case "drafts":
        return t("drafts", values);
      case "missing":
        return t("missing", values);
      case "missing-late":
        return t("missingLate", values);
      case "review":
        return t("review", values);
      case "late-institutions":
        return t("lateInstitutions", values);
      case "consultation":
        return t("consultation", values);
      case "temporary-passwords":
        return t("temporaryPasswords", values);
    }
  };
  return (
    <ul className="attention-list">
      {items.map((item) => (
        <li key={`${item.href}|${item.kind}`} className={`attention-list__item attention-list__item--${item.tone}`}>
          <span className="attention-list__tone">{tones[item.tone]}</span> <Link href={item.href}>{textOf(item)}</Link>
        </li>
      ))}
    </ul>
  );
}
