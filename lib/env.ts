import path from "node:path";
import { z } from "zod";

/**
 * Environment, parsed once with zod. Everything has a working default so that `npm run dev` on a fresh clone runs on
 * the embedded SQLite file without any setup.
 */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(?:file:|postgres(?:ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite file: URL (file:./data/app.db) or a PostgreSQL URL (postgresql://user:password@host:5432/db)",
    )
    .default("file:./data/newscompare.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Signs session cookies. Unset: a random secret is made once and kept beside the database (lib/auth.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * The app's public origin (https://compare.example.org), the one setting for it: sign-in checks requests against it,
   * and the pages' metadataBase (canonical links, Open Graph), the exports and the structured data build their
   * absolute URLs with it. Unset: sign-in accepts loopback hosts, exports take the request's host, and page metadata
   * falls back to Next's http://localhost:<port>. An origin only (no path, query or hash): metadata would append paths
   * to it. Named after better-auth, which reads the same variable.
   */
  BETTER_AUTH_URL: z
    .url({ protocol: /^https?$/, error: "BETTER_AUTH_URL must be an http(s) URL: https://compare.example.org" })
    .refine((u) => {
      // zod runs this after a failed URL check too: that one has said what is wrong.
      if (!URL.canParse(u)) return true;
      const url = new URL(u);
      return url.pathname === "/" && !url.search && !url.hash;
    }, "BETTER_AUTH_URL must be an origin only, without a path, query or hash: https://compare.example.org")
    .optional(),
  /**
   * The reverse proxies in front of `npm start`, comma-separated addresses or CIDR ranges ("127.0.0.1",
   * "10.0.0.0/8, fd00::/8"). A request from one of them counts as coming from the address its X-Forwarded-For names;
   * every other request as coming from the address it was sent from. Unset: no proxy, X-Forwarded-For ignored
   * (lib/client-address.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.union(
          [z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()],
          "TRUSTED_PROXIES: each entry is an IP address or a CIDR range (127.0.0.1, 10.0.0.0/8, fd00::/8)",
        ),
      ),
    ),
  /** Analysis worker threads (lib/analysis-pool.ts). Unset: one fewer than the cores, at least one, at most four. */
  ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Time budget of one article's extraction, in milliseconds: longer, and the request is refused (README, Ingest). */
  EXTRACTION_BUDGET_MS: z.coerce.number().int().min(1).default(20_000),
  /** Time budget of one story's analysis (aligning its articles), in milliseconds. */
  STORY_ANALYSIS_BUDGET_MS: z.coerce.number().int().min(1).default(60_000),
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

/** The configured public origin (BETTER_AUTH_URL) as a URL, or undefined when it is unset. */
export const publicOrigin = (): URL | undefined => {
  const configured = env().BETTER_AUTH_URL;
  return configured ? new URL(new URL(configured).origin) : undefined;
};

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which engine a DATABASE_URL names: `postgres://` and `postgresql://` are PostgreSQL, `file:` is SQLite. */
export const providerOf = (url: string): DatabaseProvider =>
  /^postgres(?:ql)?:\/\//.test(url) ? "postgresql" : "sqlite";

/** The SQLite file a `file:` URL names, resolved against the working directory. */
export const fileOfUrl = (url: string): string => path.resolve(url.replace(/^file:/, ""));

/**
 * The folder the app keeps its local files in (the generated auth secret): beside the SQLite file, or ./data when the
 * database is a PostgreSQL server.
 */
export const dataDir = (): string =>
  providerOf(databaseUrl()) === "sqlite" ? path.dirname(fileOfUrl(databaseUrl())) : path.resolve("data");
