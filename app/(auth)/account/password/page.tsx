import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const state = await getSessionAccess();
  if (state.status === "signed-out") redirect("/sign-in");
  if (state.status === "no-access") redirect("/no-access");
  const required = state.status === "must-change-password";
  return (
    <>
      <h1>{required ? "Choose your own password" : "Change your password"}</h1>
      {required ? (
        <div className="notice">
          <p>You signed in with a temporary password. Choose your own password before you continue.</p>
        </div>
      ) : (
        <p>
          <Link href="/account">Back to your account</Link>
        </p>
      )}
      <PasswordForm />
    </>
  );
}
