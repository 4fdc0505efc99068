import Link from "next/link";
import { useTranslations } from "next-intl";

/** What a person reads on a page their role does not open; the caller supplies the one <main>. */
export function ForbiddenMessage() {
  const t = useTranslations("ForbiddenMessage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
