import { StoryNotFound } from "@/components/story-not-found";

// Here rather than the root's, so the 404 keeps the title the story's metadata gives it ("Story not found").
export default function NotFound() {
  return <StoryNotFound />;
}
