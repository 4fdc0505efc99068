import { signOutAction } from "@/app/actions/sign-out";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button--header">
        Sign out
      </button>
    </form>
  );
}
