import { describe, expect, it } from "vitest";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { checkTransition, EDITABLE_STATUSES, type WorkflowAction } from "@/lib/monitoring/value-workflow";

const OPEN = { status: "OPEN" as const, year: 2025 };
const CLOSED = { status: "CLOSED" as const, year: 2025 };

const SUBMITTED_LOCKED = "This value is submitted and awaits review; ask the secretariat to return it to change it";
const APPROVED_LOCKED = "This value is approved and locked; the secretariat can reopen it";
const NO_VALUE_TO_REVIEW = "There is no value to review";
const ALREADY_APPROVED = "This value is already approved";
const AWAITS_CORRECTION = "This value was returned and awaits the institution's correction";
const IS_DRAFT = "This value is a draft: the institution has not submitted it yet";
const ONLY_APPROVED_REOPEN = "Only approved values can be reopened";

type Expected = { next: ValueStatus } | { refused: string };

/** Every action from every status (null: no value yet) in an open cycle. */
const TABLE: Record<WorkflowAction, Record<"none" | ValueStatus, Expected>> = {
  edit: {
    none: { next: "DRAFT" },
    DRAFT: { next: "DRAFT" },
    SUBMITTED: { refused: SUBMITTED_LOCKED },
    RETURNED: { next: "DRAFT" },
    APPROVED: { refused: APPROVED_LOCKED },
  },
  submit: {
    none: { refused: "There is no value to submit" },
    DRAFT: { next: "SUBMITTED" },
    SUBMITTED: { refused: "This value is already submitted" },
    RETURNED: { next: "SUBMITTED" },
    APPROVED: { refused: ALREADY_APPROVED },
  },
  approve: {
    none: { refused: NO_VALUE_TO_REVIEW },
    DRAFT: { refused: IS_DRAFT },
    SUBMITTED: { next: "APPROVED" },
    RETURNED: { refused: AWAITS_CORRECTION },
    APPROVED: { refused: ALREADY_APPROVED },
  },
  return: {
    none: { refused: NO_VALUE_TO_REVIEW },
    DRAFT: { refused: IS_DRAFT },
    SUBMITTED: { next: "RETURNED" },
    RETURNED: { refused: AWAITS_CORRECTION },
    APPROVED: { refused: ALREADY_APPROVED },
  },
  reopen: {
    none: { refused: ONLY_APPROVED_REOPEN },
    DRAFT: { refused: ONLY_APPROVED_REOPEN },
    SUBMITTED: { refused: ONLY_APPROVED_REOPEN },
    RETURNED: { refused: ONLY_APPROVED_REOPEN },
    APPROVED: { next: "RETURNED" },
  },
};

const ACTIONS = Object.keys(TABLE) as WorkflowAction[];
const STATUSES = ["none", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
const CASES = ACTIONS.flatMap((action) => STATUSES.map((status) => [action, status, TABLE[action][status]] as const));

const statusOf = (status: (typeof STATUSES)[number]): ValueStatus | null => (status === "none" ? null : status);

describe("checkTransition in an open cycle", () => {
  it("covers 5 actions x 5 statuses", () => {
    expect(CASES).toHaveLength(25);
  });

  it.each(CASES)("%s from %s", (action, status, expected) => {
    const result = checkTransition(action, statusOf(status), OPEN);
    if ("next" in expected) expect(result).toEqual({ ok: true, next: expected.next });
    else expect(result).toEqual({ ok: false, message: expect.objectContaining({ english: expected.refused }) });
  });

  it("follows the documented life of a value: none -> DRAFT -> SUBMITTED -> RETURNED -> DRAFT -> SUBMITTED -> APPROVED -> RETURNED", () => {
    let status: ValueStatus | null = null;
    for (const action of ["edit", "submit", "return", "edit", "submit", "approve", "reopen"] as const) {
      const result = checkTransition(action, status, OPEN);
      if (!result.ok) throw new Error(`${action} from ${status} refused: ${result.message.english}`);
      status = result.next;
    }
    expect(status).toBe("RETURNED");
  });
});

describe("checkTransition in a closed cycle", () => {
  it.each(CASES.map(([action, status]) => [action, status] as const))("refuses %s from %s with the cycle's year", (action, status) => {
    expect(checkTransition(action, statusOf(status), CLOSED)).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "The 2025 cycle is closed; values can no longer change" }),
    });
  });

  it("names the cycle's own year", () => {
    expect(checkTransition("edit", "DRAFT", { status: "CLOSED", year: 2031 })).toEqual({
      ok: false,
      message: expect.objectContaining({ english: "The 2031 cycle is closed; values can no longer change" }),
    });
  });
});

describe("EDITABLE_STATUSES", () => {
  it("are exactly the statuses an edit is allowed from (besides no value at all)", () => {
    expect([...EDITABLE_STATUSES]).toEqual(["DRAFT", "RETURNED"]);
    const editable = (["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const).filter((status) => checkTransition("edit", status, OPEN).ok);
    expect(editable).toEqual([...EDITABLE_STATUSES]);
  });
});
