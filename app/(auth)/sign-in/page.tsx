import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { SignInForm } from "./sign-in-form";

/** The link's words belong to the forgot-password page's texts. */
async function getForgotPasswordLink(): Promise<string> {
  const t = await getTranslations("ForgotPassword");
  return t("link");
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignInPage");
  return { title: t("title") };
}

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const state = await getSessionAccess();
  if (state.status === "ok") redirect("/");
  const { next } = await props.searchParams;
  const [t, forgotPasswordLink] = await Promise.all([getTranslations("SignInPage"), getForgotPasswordLink()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SignInForm next={typeof next === "string" ? next : "/"} />
      <p style={{ marginTop: "2rem" }}>
        <Link href="/forgot-password">{forgotPasswordLink}</Link>
      </p>
    </>
  );
}
