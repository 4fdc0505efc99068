import Link from "next/link";

const TABS = [
  { key: "matrix", label: "Matrix", suffix: "" },
  { key: "progress", label: "Progress", suffix: "/progress" },
  { key: "compare", label: "Compare years", suffix: "/compare" },
  { key: "report", label: "Report and exports", suffix: "/report" },
] as const;

export function FrameworkTabs({ code, current }: { code: string; current: (typeof TABS)[number]["key"] }) {
  const base = `/frameworks/${encodeURIComponent(code)}`;
  return (
    <nav aria-label="Views of this framework" className="no-print">
      <ul className="tabs">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={`${base}${tab.suffix}`} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
