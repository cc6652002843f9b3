"use client";

import { useLinkStatus } from "next/link";

/**
 * Inside a filter link: a dot while the view it leads to loads. The page keeps showing the current view, header and
 * rows, until the new rows arrive (the filtered route has no loading skeleton), so the click needs this sign.
 */
export function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="size-1.5 animate-pulse rounded-full bg-current">
      <span className="sr-only">Loading</span>
    </span>
  ) : null;
}
