import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ChangePasswordPage");
  return { title: t("title") };
}

export default async function ChangePasswordPage() {
  const state = await getSessionAccess();
  if (state.status === "signed-out") redirect("/sign-in");
  if (state.status === "no-access") redirect("/no-access");
  const required = state.status === "must-change-password";
  const t = await getTranslations("ChangePasswordPage");
  return (
    <>
      <h1>{required ? t("titleRequired") : t("title")}</h1>
      {required ? (
        <div className="notice">
          <p>{t("required")}</p>
        </div>
      ) : (
        <p>
          <Link href="/account">{t("back")}</Link>
        </p>
      )}
      <PasswordForm />
    </>
  );
}
