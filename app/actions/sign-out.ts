"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { signOut } from "@/lib/auth/sign-out";

export async function signOutAction(): Promise<void> {
  const state = await getSessionAccess();
  await signOut("access" in state ? state.access : null, await headers());
  redirect("/sign-in");
}
