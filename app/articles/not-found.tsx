import { NotFoundMessage } from "@/components/not-found-message";

export default function ArticleNotFound() {
  return (
    <NotFoundMessage title="Article not found">
      <p>No article has this id. The link may be mistyped or cut short, or the story it belonged to was removed.</p>
    </NotFoundMessage>
  );
}
