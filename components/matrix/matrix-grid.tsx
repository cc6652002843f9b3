"use client";

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

/**
 * Keyboard navigation for the matrix (the ARIA grid pattern with a roving tabindex): Tab enters the grid once,
 * arrows move between cells, Home/End go to the row's ends, Enter opens the cell's claim. The focused row from the
 * URL is scrolled into view on load.
 */
export function MatrixGrid({ focusId, children }: { focusId: string | null; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusId) return;
    const row = document.getElementById(`row-${focusId}`);
    row?.scrollIntoView({ block: "center" });
  }, [focusId]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!cell || !ref.current) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    const cols = cell.parentElement?.querySelectorAll("[data-cell]").length ?? 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, col + 1],
      ArrowLeft: [row, col - 1],
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      Home: [row, 0],
      End: [row, cols - 1],
    };
    // The cell's own Compare link (an empty cell has none); not a copy of it on the cell, which a wide page's
    // hundreds of cells would carry twice.
    const compare = cell.querySelector<HTMLAnchorElement>(".mx-foot a[href]");
    if (e.key === "Enter" && compare) {
      e.preventDefault();
      // A real navigation, as the cell's Compare link is: the claim page highlights the outlet's version with
      // :target, which a client-side push does not set.
      window.location.assign(compare.href);
      return;
    }
    const to = moves[e.key];
    if (!to) return;
    const next = ref.current.querySelector<HTMLElement>(`[data-cell][data-row="${to[0]}"][data-col="${to[1]}"]`);
    if (!next) return;
    e.preventDefault();
    cell.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    next.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  return (
    <div
      ref={ref}
      role="region"
      id="matrix"
      aria-label="Comparison matrix"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      // relative: the cells' visually hidden labels are absolutely positioned; without a positioning context here
      // they were laid out against the page, past the scroll box, and made the page ten times its height.
      className="relative max-h-[calc(100vh-6rem)] overflow-auto rounded-lg border border-line bg-white max-md:max-h-none max-md:overflow-visible max-md:border-0 max-md:bg-transparent"
    >
      {children}
    </div>
  );
}
