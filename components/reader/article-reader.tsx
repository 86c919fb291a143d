"use client";

import { Suspense, useCallback, useMemo, useRef, useState } from "react";
import { describeRange } from "@/lib/anchoring";
import type { AnnotationOutline } from "@/lib/contracts/outline";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { Role } from "@/lib/permissions/roles";
import type { LayoutBlock } from "@/lib/article-content/reading-layout";
import { joinParagraphs, type Paragraph } from "@/lib/text/paragraphs";
import { AnnotationFilters } from "./annotation-filters";
import { ReaderEditor } from "./reader-editor";
import { AnnotationMap } from "./annotation-map";
import { AnnotationSidebar } from "./annotation-sidebar";
import { ArticleText } from "./article-text";
import { PointerCards } from "./pointer-cards";
import { NoticeBar } from "./notice-bar";
import { ReattachBanner } from "./reattach-banner";
import { RevisedBanner } from "./revised-banner";
import { SelectionToolbars } from "./selection-toolbars";
import { SuggestionControls } from "./suggestion-controls";
import { SuggestionLayer } from "./suggestion-layer";
import { useAnnotationActions } from "./use-annotation-actions";
import { useAnnotationDetails } from "./use-annotation-details";
import { useAnnotationStore } from "./use-annotation-store";
import { useClaimSuggestions } from "./use-claim-suggestions";
import { useReaderLiveChanges } from "./use-reader-live-changes";
import { useFollowingHover } from "./use-following-hover";
import { useReattachFlow } from "./use-reattach-flow";
import { useSpanPicker } from "./use-span-picker";
import { useReaderFilters } from "./use-reader-filters";
import { useStoredEditorDraft } from "./use-stored-editor-draft";
import { useTextSelection } from "./use-text-selection";
import { useViewer } from "./use-viewer";

type Props = {
  articleId: string;
  /** The article's text runs (lib/article-content/reading-layout.ts). */
  paragraphs: Paragraph[];
  structure: LayoutBlock[] | null;
  /** Every annotation, compactly (painting, counts, filters, hover). */
  outline: AnnotationOutline;
  /** The first sidebar page in full; the rest is loaded as the sidebar shows it. */
  details: AnnotationView[];
  currentUser: { id: string; name: string; role: Role };
  /** The version of the text on this page: the change feed says when the article moves on. */
  articleVersion: number;
  focusId?: string;
  initialCursor: string;
};

export function ArticleReader({
  articleId,
  paragraphs,
  structure,
  outline,
  details,
  currentUser,
  articleVersion,
  focusId,
  initialCursor,
}: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  // The body is not sent twice: it is the runs joined by the newlines between them.
  const body = useMemo(() => joinParagraphs(paragraphs), [paragraphs]);
  const store = useAnnotationStore(outline, details);
  const annotationDetails = useAnnotationDetails(articleId, store);
  const actions = useAnnotationActions(
    articleId,
    { id: currentUser.id, name: currentUser.name },
    store,
  );
  const { canAnnotate, viewer, canEdit } = useViewer(currentUser);
  const selection = useTextSelection(bodyRef, body, paragraphs, canAnnotate && !actions.editor);
  const [selectedIds, setSelectedIds] = useState<string[]>(focusId ? [focusId] : []);
  const [hover, setHover] = useFollowingHover();
  // A permalink (?annotation=id) opens scrolled to and flashing its span.
  const [flash, setFlash] = useState<{ id: string; at: number } | null>(
    focusId ? { id: focusId, at: 0 } : null,
  );

  const { hiddenIds } = actions;
  const revisedTo = useReaderLiveChanges(
    articleId,
    initialCursor,
    articleVersion,
    store,
    hiddenIds,
  );

  const { filters, setFilters, visible, spans, index, counts, authors, totalCount } =
    useReaderFilters(store.annotations, currentUser.id);
  const claims = useClaimSuggestions(articleId, articleVersion, store.annotations);

  const showInText = useCallback((id: string) => {
    setSelectedIds([id]);
    setFlash({ id, at: Date.now() });
  }, []);

  const editor = actions.editor;
  const { remove } = actions;
  const onDelete = useCallback((a: AnnotationView) => void remove(a), [remove]);
  const { upsert } = store;
  const onChanged = useCallback(
    (annotation: AnnotationView) => upsert([annotation], { force: true }),
    [upsert],
  );
  const { load: loadDetails } = annotationDetails;
  const onNeedDetails = useCallback((ids: string[]) => void loadDetails(ids), [loadDetails]);
  const { chooser, setChooser, onPick } = useSpanPicker(setSelectedIds);
  const { reattach, onReattach } = useReattachFlow(upsert, showInText, actions.setNotice, bodyRef);

  const onDraftChange = useStoredEditorDraft(articleId, body, actions, store.byId);
  const draftTarget = editor?.mode === "create" ? editor.target : null;

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_18px_24rem]">
      <ArticleText
        ref={bodyRef}
        paragraphs={paragraphs}
        structure={structure}
        spans={spans}
        index={index}
        draftTarget={draftTarget}
        flash={flash}
        canAnnotate={canAnnotate}
        onHover={setHover}
        onPick={onPick}
      />
      <AnnotationMap spans={spans} bodyLength={body.length} onJump={showInText} />
      <aside
        aria-label="Annotations"
        className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1"
      >
        {revisedTo !== null && <RevisedBanner version={revisedTo} />}
        {reattach.annotation && (
          <ReattachBanner
            quote={reattach.annotation.target.exact}
            error={reattach.error}
            onCancel={reattach.cancel}
          />
        )}
        {editor && <ReaderEditor editor={editor} actions={actions} onDraftChange={onDraftChange} />}
        {/* Its own Suspense boundary: React hydrates the boundary after the rest of the page has
            committed, so the highlights are painted without waiting for a sidebar of cards. */}
        <Suspense fallback={null}>
          <SuggestionControls
            state={claims.state}
            shown={claims.shown.length}
            canAnnotate={canAnnotate}
            onToggle={claims.toggle}
            onRetry={claims.retry}
          />
          <AnnotationFilters
            filters={filters}
            counts={counts}
            authors={authors}
            onChange={setFilters}
          />
          <AnnotationSidebar
            annotations={visible}
            totalCount={totalCount}
            selectedIds={selectedIds}
            viewer={viewer}
            canEdit={canEdit}
            onShow={showInText}
            onEdit={actions.startEdit}
            onDelete={onDelete}
            onChanged={onChanged}
            onNeedDetails={onNeedDetails}
            detailsError={annotationDetails.error}
            onReattach={onReattach}
          />
        </Suspense>
      </aside>
      {selection.pending && !editor && (
        <SelectionToolbars
          selection={selection}
          reattach={reattach}
          onCreate={actions.startCreate}
        />
      )}
      {claims.isOn && (
        <SuggestionLayer
          containerRef={bodyRef}
          paragraphs={paragraphs}
          suggestions={claims.shown}
          canAnnotate={canAnnotate}
          active={!editor && !selection.pending && !chooser && !reattach.annotation}
          onAnnotate={(s) => {
            // As the selection toolbar does: the editor opens on the sentence; the status is chosen there.
            const target = describeRange(body, s.start, s.end);
            if (target) actions.startCreate(target, "unverified");
          }}
          onDismiss={claims.dismiss}
        />
      )}
      <PointerCards
        chooser={chooser}
        hover={hover}
        store={store}
        onChoose={(id) => {
          setChooser(null);
          onPick([id], { focus: true });
        }}
        onCloseChooser={() => {
          setChooser(null);
          bodyRef.current?.focus();
        }}
      />
      <NoticeBar
        notice={actions.notice}
        onUndo={(id) => void actions.undoDelete(id)}
        onDismiss={() => actions.setNotice(null)}
      />
    </div>
  );
}
