import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a person reads at an address that leads nowhere; the caller supplies the one <main>. */
export function NotFoundMessage() {
  const t = useTranslations("NotFoundMessage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/frameworks">{t("frameworks")}</Link>
      </p>
    </>
  );
}
