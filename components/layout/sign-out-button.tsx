import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";

export async function SignOutButton() {
  const t = await getTranslations("Layout");
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button--header">
        {t("signOut")}
      </button>
    </form>
  );
}
