import { NotFoundMessage } from "@/components/not-found-message";

/** The 404 of an unknown story slug, whatever view of it was asked for. */
export function StoryNotFound() {
  return (
    <NotFoundMessage title="Story not found">
      <p>No story has this address. The link may be mistyped or cut short, or the story was removed.</p>
    </NotFoundMessage>
  );
}
