import "server-only";
import { db } from "@/lib/db";

/** Active administrators across the installation; zero means first run. */
export async function countAdministrators(): Promise<number> {
  return db.membership.count({ where: { role: "ADMIN", isActive: true, user: { isActive: true } } });
}
