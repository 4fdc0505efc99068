import { checkDatabase } from "@/lib/database/check-database";
import { apiError, apiJson } from "@/lib/api/api-response";

export async function GET() {
  const healthy = await checkDatabase();
  return healthy ? apiJson({ status: "ok" }) : apiError("UNAVAILABLE", "The database does not answer", 503);
}
