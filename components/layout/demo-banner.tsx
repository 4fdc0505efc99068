import { useTranslations } from "next-intl";

export function DemoBanner({ workspaceName }: { workspaceName: string }) {
  const t = useTranslations("DemoBanner");
  return (
    <div className="demo-banner" role="note" aria-label={t("label")}>
      <div className="container">
        <p>{t.rich("text", { workspaceName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
    </div>
  );
}
