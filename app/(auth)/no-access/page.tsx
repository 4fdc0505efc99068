import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { getSessionAccess } from "@/app/_access/get-session-access";

export const metadata: Metadata = { title: "No access" };

export default async function NoAccessPage() {
  const state = await getSessionAccess();
  if (state.status === "signed-out") redirect("/sign-in");
  if (state.status !== "no-access") redirect("/");
  return (
    <>
      <h1>You have no access to a workspace</h1>
      <p>Your account ({state.user.email}) is not active in any monitoring workspace. Ask a workspace administrator to give you access.</p>
      <div className="on-light">
        <SignOutButton />
      </div>
    </>
  );
}
