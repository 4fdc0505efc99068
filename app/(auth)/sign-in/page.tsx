import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const state = await getSessionAccess();
  if (state.status === "ok") redirect("/");
  const { next } = await props.searchParams;
  const t = await getTranslations("ForgotPassword");
  return (
    <>
      <h1>Sign in</h1>
      <p>Use the e-mail address and password your administrator gave you.</p>
      <SignInForm next={typeof next === "string" ? next : "/"} />
      <p style={{ marginTop: "2rem" }}>
        <Link href="/forgot-password">{t("link")}</Link>
      </p>
    </>
  );
}
