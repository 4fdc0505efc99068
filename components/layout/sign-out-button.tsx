import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/actions/sign-out";

export function SignOutButton() {
  const t = useTranslations("Layout");
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button--header">
        {t("signOut")}
      </button>
    </form>
  );
}
