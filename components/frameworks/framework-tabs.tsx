import Link from "next/link";
import { useTranslations } from "next-intl";

type Tab = "matrix" | "progress" | "compare" | "report";

const SUFFIXES: Record<Tab, string> = { matrix: "", progress: "/progress", compare: "/compare", report: "/report" };

export function FrameworkTabs({ code, current }: { code: string; current: Tab }) {
  const t = useTranslations("FrameworkTabs");
  const labels: Record<Tab, string> = { matrix: t("matrix"), progress: t("progress"), compare: t("compare"), report: t("report") };
  const base = `/frameworks/${encodeURIComponent(code)}`;
  return (
    <nav aria-label={t("label")} className="no-print">
      <ul className="tabs">
        {(Object.keys(SUFFIXES) as Tab[]).map((tab) => (
          <li key={tab}>
            <Link href={`${base}${SUFFIXES[tab]}`} aria-current={tab === current ? "page" : undefined}>
              {labels[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
