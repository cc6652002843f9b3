import { z } from "zod";
import { storable } from "../analysis/schema";

/** Zod only: the admin forms in the browser read these limits too. */
export const MAX_NAME_LENGTH = 120;

/**
 * A person's name as the review queue, flag histories and the audit trail show it. Control characters (newlines,
 * TAB, escapes), line separators and bidirectional overrides are refused: each can make a name look like another one
 * or break the line it is shown on. Set only at account creation and by an admin's rename (`/update-user` is off).
 */
export const userNameSchema = z
  .string()
  .trim()
  .min(1, "a name")
  .max(MAX_NAME_LENGTH, `at most ${MAX_NAME_LENGTH} characters`)
  .check(...storable)
  .refine(
    (name) => !/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(name),
    "contains a control character, a line separator or a bidirectional override",
  );
