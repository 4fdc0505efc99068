import type { CycleStatus } from "@/lib/generated/prisma/enums";

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  return (
    <span className={status === "OPEN" ? "status status--submitted" : "status status--draft"}>{status === "OPEN" ? "Open" : "Closed"}</span>
  );
}
