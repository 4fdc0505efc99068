import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findPasswordLink } from "@/lib/auth/find-password-link";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SetPassword");
  return { title: t("titleReset"), referrer: "no-referrer" };
}

/** The page of a one-time link from an invitation or a reset e-mail. */
export default async function SetPasswordPage(props: PageProps<"/set-password/[token]">) {
  const { token } = await props.params;
  const [t, link] = await Promise.all([getTranslations("SetPassword"), findPasswordLink(token)]);
  if (!link) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{link.purpose === "invitation" ? t("titleInvitation") : t("titleReset")}</h1>
      <p>{t("intro", { email: link.email })}</p>
      <SetPasswordForm token={token} email={link.email} />
    </>
  );
}
