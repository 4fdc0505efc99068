import { z } from "zod";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Where a page of a framework's values ends, in the order pages are read in: the value's unique
 * key (identity, year, disaggregation), which an index keeps sorted (decision 048). Opaque to
 * clients (base64url JSON), so the order can change without breaking their code.
 */
export type ValueCursor = { identityId: string; year: number; disaggregation: string };

const cursorSchema = z.tuple([z.string().min(1).max(100), z.number().int(), z.string().max(500)]);

export const valueCursor = {
  encode(cursor: ValueCursor): string {
    return Buffer.from(JSON.stringify([cursor.identityId, cursor.year, cursor.disaggregation])).toString("base64url");
  },
  /** The cursor a client sent back; a 400 when it is not one this API gave out. */
  decode(text: string): ValueCursor {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    } catch {
      parsed = null;
    }
    const result = cursorSchema.safeParse(parsed);
    if (!result.success) throw new AppError("BAD_REQUEST", libText("errors.cursorNotValid"));
    const [identityId, year, disaggregation] = result.data;
    return { identityId, year, disaggregation };
  },
};
