import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = await getTranslations("Layout");
  return (
    <nav className="breadcrumbs no-print" aria-label={t("breadcrumb")}>
      <ol>
        {items.map((item, index) => (
          <li key={`${item.label}-${index}`}>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
