import { z } from "zod";

/** The character PostgreSQL refuses in `text` and `jsonb` values. */
const NUL = "\u0000";

/**
 * A string a person typed that the server stores: any text but U+0000, which PostgreSQL
 * cannot store (it would fail in the database, as a 500, instead of as invalid input).
 * Chain the usual checks after it: `userText().trim().min(1).max(200)`.
 */
export function userText() {
  return z.string().refine((value) => !value.includes(NUL), { message: "Must not contain the character U+0000" });
}
