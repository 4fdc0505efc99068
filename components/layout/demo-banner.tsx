import { getTranslations } from "next-intl/server";

export async function DemoBanner({ workspaceName }: { workspaceName: string }) {
  const t = await getTranslations("DemoBanner");
  return (
    <div className="demo-banner" role="note" aria-label={t("label")}>
      <div className="container">
        <p>{t.rich("text", { workspaceName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
    </div>
  );
}
