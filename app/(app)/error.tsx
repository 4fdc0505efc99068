"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="notice" role="alert">
      <h1>{t("title")}</h1>
      <p>{error.digest ? t("bodyWithReference", { digest: error.digest }) : t("body")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
