import { createAuthClient } from "better-auth/react";
import { inferAdditionalFields } from "better-auth/client/plugins";
import type { auth } from "./auth";

/** The browser side of lib/auth.ts: same origin, so no base URL. */
export const authClient = createAuthClient({ plugins: [inferAdditionalFields<typeof auth>()] });
