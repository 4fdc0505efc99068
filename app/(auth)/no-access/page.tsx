import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { getSessionAccess } from "@/app/_access/get-session-access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NoAccessPage");
  return { title: t("title") };
}

export default async function NoAccessPage() {
  const state = await getSessionAccess();
  if (state.status === "signed-out") redirect("/sign-in");
  if (state.status !== "no-access") redirect("/");
  const t = await getTranslations("NoAccessPage");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("body", { email: state.user.email })}</p>
      <div className="on-light">
        <SignOutButton />
      </div>
    </>
  );
}
