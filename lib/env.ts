import path from "node:path";
import { z } from "zod";

/**
 * Environment, parsed once with zod. Everything has a working default so that `npm run dev` on a fresh clone runs on
 * the embedded SQLite file without any setup.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file: URL (file:./data/app.db)")
    .default("file:./data/newscompare.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Signs session cookies. Unset: a random secret is made once and kept beside the database (lib/auth.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The app's public origin (https://compare.example.org). Unset: taken from each request. */
  BETTER_AUTH_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) throw new Error(`bad environment: ${z.prettifyError(parsed.error)}`);
    cached = parsed.data;
  }
  return cached;
}

export const databaseUrl = (): string => env().DATABASE_URL;

/** The SQLite file a `file:` URL names, resolved against the working directory. */
export const fileOfUrl = (url: string): string => path.resolve(url.replace(/^file:/, ""));

/** The SQLite file behind DATABASE_URL. */
export const databaseFile = (): string => fileOfUrl(databaseUrl());
