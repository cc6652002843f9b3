import { NotFoundMessage } from "@/components/not-found-message";

export default function ClaimNotFound() {
  return (
    <NotFoundMessage title="Claim not found">
      <p>No claim has this id. The link may be mistyped or cut short, or the story it belonged to was removed.</p>
      <p className="text-muted">
        Claim links keep working when a story is re-analysed: a claim merged into another leads to that one. A claim
        whose sentences are no longer in any article has no page.
      </p>
    </NotFoundMessage>
  );
}
