import { db } from "@/lib/db";
import { publicGroupFlags } from "@/lib/editors/flags";
import { getClaimGroupFollowing } from "@/lib/stories/data";
import { verdictOfFlags } from "@/lib/stories/verdicts";
import { CARD_SIZE, claimCardImage } from "@/components/claim-card-image";

// A merged id draws the group it went into, as its page redirects there.
export const alt = "How the outlets split on this claim";
export const size = CARD_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const found = await getClaimGroupFollowing(db, (await params).id);
  // Editors' verdict changes what the card says, as it changes the page's title and description.
  const verdict = found ? verdictOfFlags(await publicGroupFlags(db, found.group.id)) : undefined;
  return claimCardImage(found, verdict);
}
