import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";

/**
 * The life of a value in a reporting cycle, as one pure function:
 *
 *   (none) --edit--> DRAFT --submit--> SUBMITTED --approve--> APPROVED
 *                      ^                   |                     |
 *                      |                return                reopen
 *                      |                   v                     |
 *                      +----edit------ RETURNED <----------------+
 *
 * Institutions edit and submit; the secretariat approves, returns (with a reason) and
 * reopens approved values (with a reason). A closed cycle accepts no change.
 */
export type WorkflowAction = "edit" | "submit" | "approve" | "return" | "reopen";

export type TransitionResult = { ok: true; next: ValueStatus } | { ok: false; message: string };

export function checkTransition(
  action: WorkflowAction,
  current: ValueStatus | null,
  /** Null for a year without a reporting cycle (historical data brought in by an import). */
  cycle: { status: CycleStatus; year: number } | null,
): TransitionResult {
  if (cycle?.status === "CLOSED") return { ok: false, message: `The ${cycle.year} cycle is closed; values can no longer change` };
  switch (action) {
    case "edit":
      if (current === null || current === "DRAFT" || current === "RETURNED") return { ok: true, next: "DRAFT" };
      if (current === "SUBMITTED")
        return { ok: false, message: "This value is submitted and awaits review; ask the secretariat to return it to change it" };
      return { ok: false, message: "This value is approved and locked; the secretariat can reopen it" };
    case "submit":
      if (current === "DRAFT" || current === "RETURNED") return { ok: true, next: "SUBMITTED" };
      if (current === null) return { ok: false, message: "There is no value to submit" };
      return { ok: false, message: current === "SUBMITTED" ? "This value is already submitted" : "This value is already approved" };
    case "approve":
      if (current === "SUBMITTED") return { ok: true, next: "APPROVED" };
      return { ok: false, message: reviewRefusal(current) };
    case "return":
      if (current === "SUBMITTED") return { ok: true, next: "RETURNED" };
      return { ok: false, message: reviewRefusal(current) };
    case "reopen":
      if (current === "APPROVED") return { ok: true, next: "RETURNED" };
      return { ok: false, message: "Only approved values can be reopened" };
  }
}

function reviewRefusal(current: ValueStatus | null): string {
  if (current === null) return "There is no value to review";
  if (current === "APPROVED") return "This value is already approved";
  if (current === "RETURNED") return "This value was returned and awaits the institution's correction";
  return "This value is a draft: the institution has not submitted it yet";
}

/** Statuses whose values an institution may still change. */
export const EDITABLE_STATUSES: readonly ValueStatus[] = ["DRAFT", "RETURNED"];

/**
 * The one rule of which stored value any source (entry form, upload, API, import, seed) may
 * overwrite or clear: only a draft or returned value, or none yet, of a cycle that is not closed.
 */
export function checkValueWritable(current: ValueStatus | null, cycle: { status: CycleStatus; year: number } | null): TransitionResult {
  return checkTransition("edit", current, cycle);
}
