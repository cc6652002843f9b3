import { db } from "@/lib/db";
import { getClaimGroupFollowing } from "@/lib/stories/data";
import { CARD_SIZE, claimCardImage } from "@/components/claim-card-image";

// A merged id draws the group it went into, as its page redirects there.
export const alt = "How the outlets split on this claim";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  return claimCardImage(await getClaimGroupFollowing(db, (await params).id));
}
