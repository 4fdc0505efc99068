import { checkDatabase } from "@/lib/database/check-database";
import { apiError, apiJson } from "@/lib/api/api-response";
import { getServerReadiness } from "@/lib/server/server-readiness";

/**
 * For load balancers, orchestrators and the operator's monitoring, not for people using the
 * tracker: its texts stay English whatever Accept-Language says (probes send none, and an
 * operator greps logs and alerts in one language), as the command-line messages do (decision 035).
 */
export async function GET() {
  const readiness = getServerReadiness();
  if (readiness === "starting") return apiError("UNAVAILABLE", "The server is still starting (migrations and demo data)", 503);
  if (readiness === "failed") return apiError("UNAVAILABLE", "The server could not start; see its log", 503);
  const database = await checkDatabase();
  return database.isHealthy ? apiJson({ status: "ok" }) : apiError("UNAVAILABLE", database.problem, 503);
}
