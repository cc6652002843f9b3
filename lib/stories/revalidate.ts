import { revalidatePath } from "next/cache";

/**
 * The default matrix view is cached (app/matrix-default); a changed story renders afresh on its next request. The
 * change is stored by now, so a failure here must not turn the answer into an error: the cache expires on its own
 * within its revalidate period. (Outside a Next.js server, as in the API tests, revalidatePath throws.)
 */
export function refreshStories(slugs: Iterable<string>) {
  for (const slug of new Set(slugs)) {
    try {
      revalidatePath(`/matrix-default/${slug}`);
    } catch (e) {
      if (process.env.NODE_ENV === "production")
        console.warn(`could not revalidate /stories/${slug}:`, (e as Error).message);
    }
  }
}
