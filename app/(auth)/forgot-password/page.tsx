import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getEnv } from "@/lib/env";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ForgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  const isEmailOn = getEnv().SMTP_URL !== undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      {isEmailOn ? (
        <>
          <p>{t("intro")}</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <div className="notice notice--warning" role="status">
          <p>{t("emailOff")}</p>
        </div>
      )}
      <p style={{ marginTop: "2rem" }}>
        <Link href="/sign-in">{t("backToSignIn")}</Link>
      </p>
    </>
  );
}
