import type { Metadata } from "next";
import { claimFlagsForPage, claimGroupForPage } from "@/lib/stories/page-data";
import { editorToolsForPage } from "@/lib/editors/page-data";
import { claimDescription, claimHeadline } from "@/lib/stories/permalink";
import { claimPageModel } from "@/lib/stories/claim-page";
import { FlagOutcomes } from "@/components/editors/flag-outcomes";
import { EditorPanel } from "@/components/editors/editor-panel";
import { hasRole } from "@/lib/editors/actor";
import { currentViewer } from "@/lib/editors/session";
import { ClaimHeader } from "@/components/claims/claim-header";
import { OutletSplit } from "@/components/claims/outlet-split";
import { OutletVersions } from "@/components/claims/outlet-versions";
import { WordDiffs } from "@/components/claims/word-diffs";
import { WhoSaidIt } from "@/components/claims/who-said-it";
import { CARD_SIZE } from "@/components/claim-card-image";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = await claimGroupForPage(id);
  const { verdict } = await claimFlagsForPage(found);
  const labels = new Map(found.story.articles.map((a) => [a.id, a.label]));
  const labelOf = (a: string) => labels.get(a) ?? "an outlet";
  // What editors decided is public (reason and status, never notes or names) and changes what the link announces.
  const title = `${claimHeadline(found.group, labelOf, verdict)} — ${found.story.title}`;
  const description = claimDescription(found.group, labelOf, 300, verdict);
  const url = `/claims/${encodeURIComponent(found.group.id)}`;
  // The card is a route beside this page (card/route.ts), not the opengraph-image file convention, which would link
  // it from the 404 of an unknown id too.
  const image = { url: `${url}/card`, ...CARD_SIZE, alt: "How the outlets split on this claim", type: "image/png" };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: "article", siteName: "Newscompare", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const page = await claimGroupForPage(id);
  const [{ flags, verdict }, viewer] = await Promise.all([claimFlagsForPage(page), currentViewer()]);
  // Only an editor's request reads the editor tools' flags, notes and corrections.
  const editing = viewer && hasRole(viewer, "editor") ? { viewer, tools: await editorToolsForPage(page) } : null;
  const m = claimPageModel(page, verdict);

  return (
    <article className="mx-auto max-w-6xl space-y-8" aria-labelledby="claim-title">
      <ClaimHeader page={page} model={m} verdict={verdict} flags={flags} />
      <FlagOutcomes flags={flags} labelOf={m.labelOf} />
      {m.split.length > 0 && <OutletSplit model={m} verdict={verdict} />}
      <OutletVersions model={m} />
      <WordDiffs model={m} />
      {m.credits && <WhoSaidIt credits={m.credits} />}
      {editing && <EditorPanel viewer={editing.viewer} page={page} tools={editing.tools} />}
    </article>
  );
}
