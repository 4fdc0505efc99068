import Link from "next/link";
import type { AttentionItem } from "@/lib/dashboard/get-attention-items";

const TONE_LABELS: Record<AttentionItem["tone"], string> = { action: "To do", warning: "Late", info: "Note" };

/** The dashboard's to-do list; each item says what and links to where it is done. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  if (items.length === 0) return <p>Nothing needs your attention right now.</p>;
  return (
    <ul className="attention-list">
      {items.map((item) => (
        <li key={`${item.href}|${item.text}`} className={`attention-list__item attention-list__item--${item.tone}`}>
          <span className="attention-list__tone">{TONE_LABELS[item.tone]}</span> <Link href={item.href}>{item.text}</Link>
        </li>
      ))}
    </ul>
  );
}
