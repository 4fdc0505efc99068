import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Tab = "matrix" | "progress" | "compare" | "report";

const SUFFIXES: Record<Tab, string> = { matrix: "", progress: "/progress", compare: "/compare", report: "/report" };

export async function FrameworkTabs({ code, current }: { code: string; current: Tab }) {
  const t = await getTranslations("FrameworkTabs");
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
