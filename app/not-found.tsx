import { NotFoundMessage } from "@/components/not-found-message";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundMessage title="Page not found">
      <p>There is no page at this address. It may have been mistyped, or the story it belonged to was removed.</p>
    </NotFoundMessage>
  );
}
