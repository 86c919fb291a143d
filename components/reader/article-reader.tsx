"use client";

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createIntervalIndex, describeRange } from "@/lib/anchoring";
import type { AnnotationOutline } from "@/lib/contracts/outline";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { AnnotationDraft } from "./annotation-api";
import { canAnnotate as roleCanAnnotate, canModerate, type Role } from "@/lib/permissions/roles";
import type { LayoutBlock } from "@/lib/article-content/reading-layout";
import { joinParagraphs, type Paragraph } from "@/lib/text/paragraphs";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/values";
import { ALL_AUTHORS, AnnotationFilters, MINE, type Filters } from "./annotation-filters";
import { authorKey } from "./author-key";
import { LazyAnnotationEditor as AnnotationEditor } from "./lazy-annotation-editor";
import { AnnotationMap } from "./annotation-map";
import { AnnotationSidebar } from "./annotation-sidebar";
import { ArticleText } from "./article-text";
import type { PaintedSpan } from "./highlight-layer";
import { HoverCard } from "./hover-card";
import { announceStatusCounts } from "./live-status-counts";
import { annotationDraftScope, isStoredDraft, loadDraft, saveDraft } from "./local-drafts";
import { NoticeBar } from "./notice-bar";
import { ReattachBanner } from "./reattach-banner";
import { RevisedBanner } from "./revised-banner";
import { ReattachToolbar } from "./reattach-toolbar";
import { SelectionToolbar } from "./selection-toolbar";
import { SuggestionControls } from "./suggestion-controls";
import { SuggestionLayer } from "./suggestion-layer";
import { CHOOSER_AT, SpanChooser } from "./span-chooser";
import { useAnnotationActions } from "./use-annotation-actions";
import { useAnnotationDetails } from "./use-annotation-details";
import { useAnnotationStore } from "./use-annotation-store";
import { useClaimSuggestions } from "./use-claim-suggestions";
import { useLiveChanges } from "./use-live-changes";
import { useReattach } from "./use-reattach";
import { useTextSelection } from "./use-text-selection";

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
  const canAnnotate = roleCanAnnotate(currentUser);
  const isModerator = canModerate(currentUser);
  const selection = useTextSelection(bodyRef, body, paragraphs, canAnnotate && !actions.editor);
  const [filters, setFilters] = useState<Filters>({
    statuses: new Set(ANNOTATION_STATUSES),
    author: ALL_AUTHORS,
  });
  const [selectedIds, setSelectedIds] = useState<string[]>(focusId ? [focusId] : []);
  const [hover, setHover] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  // A permalink (?annotation=id) opens scrolled to and flashing its span.
  const [flash, setFlash] = useState<{ id: string; at: number } | null>(
    focusId ? { id: focusId, at: 0 } : null,
  );

  const { hiddenIds } = actions;
  const [revisedTo, setRevisedTo] = useState<number | null>(null);
  useLiveChanges(
    articleId,
    initialCursor,
    useCallback(
      (changed: AnnotationView[], deletedIds: string[], nowVersion: number) => {
        // Annotations re-anchored on a newer text would be painted in the wrong places on this one: stop and offer a reload.
        if (nowVersion !== articleVersion) return setRevisedTo(nowVersion);
        if (changed.length) store.upsert(changed.filter((a) => !hiddenIds.current.has(a.id)));
        if (deletedIds.length) store.remove(deletedIds);
      },
      [store, hiddenIds, articleVersion],
    ),
  );

  const visible = useMemo(
    () =>
      store.annotations.filter(
        (a) =>
          filters.statuses.has(a.status) &&
          (filters.author === ALL_AUTHORS ||
            (filters.author === MINE
              ? a.author.id === currentUser.id
              : authorKey(a.author) === filters.author)),
      ),
    [store.annotations, filters, currentUser.id],
  );
  const spans = useMemo<PaintedSpan[]>(
    () =>
      visible.flatMap((a) =>
        a.anchor ? [{ id: a.id, status: a.status, start: a.anchor.start, end: a.anchor.end }] : [],
      ),
    [visible],
  );
  const index = useMemo(() => createIntervalIndex(spans), [spans]);
  // Every placed annotation, whatever the filters show: a sentence one covers is no longer suggested.
  const placed = useMemo(
    () => store.annotations.flatMap((a) => (a.anchor ? [a.anchor] : [])),
    [store.annotations],
  );
  const claims = useClaimSuggestions(articleId, articleVersion, placed);
  const counts = useMemo(() => {
    const result = Object.fromEntries(ANNOTATION_STATUSES.map((s) => [s, 0])) as Record<
      AnnotationStatus,
      number
    >;
    // Orphans are listed apart and not placed in the text: the counts, like the header's, leave them out.
    for (const a of store.annotations) if (!a.orphan) result[a.status]++;
    return result;
  }, [store.annotations]);
  useEffect(() => announceStatusCounts(counts), [counts]);
  const authors = useMemo(
    () =>
      [
        ...new Map(
          store.annotations.map((a) => [
            authorKey(a.author),
            { key: authorKey(a.author), name: a.author.name, external: a.author.id === null },
          ]),
        ).values(),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    [store.annotations],
  );

  const showInText = useCallback((id: string) => {
    setSelectedIds([id]);
    setFlash({ id, at: Date.now() });
  }, []);

  const viewer = useMemo(
    () => ({ id: currentUser.id, canAnnotate, isModerator }),
    [currentUser.id, canAnnotate, isModerator],
  );
  // The owner's permissions apply: for an imported annotation, whoever imported it, not the person it credits.
  const canEdit = useCallback(
    (a: AnnotationView) => canAnnotate && (a.ownerId === currentUser.id || isModerator),
    [canAnnotate, currentUser.id, isModerator],
  );
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
  // The hover card follows its passage when the page scrolls under a still pointer (wheel, keys).
  const hovering = hover !== null;
  useEffect(() => {
    if (!hovering) return;
    let last = window.scrollY;
    const onScroll = () => {
      const delta = window.scrollY - last;
      last = window.scrollY;
      setHover((h) => h && { ...h, y: h.y - delta });
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, [hovering]);
  const [chooser, setChooser] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const onPick = useCallback(
    (ids: string[], options?: { focus?: boolean; at?: { x: number; y: number } }) => {
      // A crowded passage: pick one rather than selecting (and scrolling through) a pile of cards.
      if (ids.length >= CHOOSER_AT && options?.at) return setChooser({ ...options.at, ids });
      setSelectedIds(ids);
      if (!options?.focus) return;
      // After the sidebar has rendered the card (it may be further down the list).
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`article[data-annotation-id="${CSS.escape(ids[0]!)}"]`)
          ?.focus(),
      );
    },
    [],
  );
  const reattach = useReattach(
    useCallback(
      (annotation: AnnotationView) => {
        upsert([annotation], { force: true });
        showInText(annotation.id);
      },
      [upsert, showInText],
    ),
    actions.setNotice,
  );
  const { start: startReattach } = reattach;
  const onReattach = useCallback(
    (annotation: AnnotationView) => {
      startReattach(annotation);
      // Keyboard users select with Shift+arrows from the text (see keyboard-selection.ts).
      bodyRef.current?.focus({ preventScroll: true });
    },
    [startReattach],
  );
  const totalCount = useMemo(
    () => store.annotations.filter((a) => !a.orphan).length,
    [store.annotations],
  );

  // A note left unsaved here (a reload, a crash, a visit elsewhere) comes back where it was written.
  const draftScope = annotationDraftScope(articleId);
  const { restore } = actions;
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (restoredOnce.current) return;
    restoredOnce.current = true;
    const stored = loadDraft(draftScope, isStoredDraft);
    if (!stored) return;
    if (stored.mode === "create") {
      // Only onto the same words: the text may have been revised since.
      if (body.slice(stored.target.start, stored.target.end) === stored.target.exact)
        restore({
          mode: "create",
          target: stored.target,
          draft: stored.draft,
          restoredAt: stored.savedAt,
        });
    } else if (store.byId.has(stored.id)) {
      // The version it was begun from: a colleague's change since then is a conflict, never overwritten.
      restore({
        mode: "edit",
        id: stored.id,
        version: stored.version,
        quote: stored.quote,
        draft: stored.draft,
        restoredAt: stored.savedAt,
      });
    }
  }, [draftScope, body, restore, store.byId]);
  const onDraftChange = useCallback(
    (draft: AnnotationDraft) => {
      if (!editor) return;
      const savedAt = new Date().toISOString();
      saveDraft(
        draftScope,
        editor.mode === "create"
          ? { mode: "create", target: editor.target, draft, savedAt }
          : {
              mode: "edit",
              id: editor.id,
              version: editor.version,
              quote: editor.quote,
              draft,
              savedAt,
            },
      );
    },
    [draftScope, editor],
  );
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
        {editor && (
          <div className="mb-4">
            <AnnotationEditor
              key={
                editor.mode === "edit" ? editor.id : `${editor.target.start}-${editor.target.end}`
              }
              mode={editor.mode}
              quote={editor.mode === "edit" ? editor.quote : editor.target.exact}
              initialDraft={editor.draft}
              onSave={actions.save}
              onCancel={actions.cancel}
              error={editor.error}
              fieldErrors={editor.fieldErrors}
              conflict={editor.mode === "edit" ? editor.conflict : undefined}
              onResolveConflict={actions.resolveConflict}
              saving={editor.saving}
              onDraftChange={onDraftChange}
              restoredAt={editor.restoredAt}
            />
          </div>
        )}
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
      {selection.pending && !editor && reattach.annotation && (
        <ReattachToolbar
          rect={selection.pending.rect}
          saving={reattach.saving}
          onAttach={() => {
            const now = selection.read();
            if (!now) return selection.clear();
            void reattach.attach(now.target).then((placed) => {
              if (!placed) return;
              selection.clear();
              window.getSelection()?.removeAllRanges();
            });
          }}
          onClose={() => {
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
        />
      )}
      {selection.pending && !editor && !reattach.annotation && (
        <SelectionToolbar
          rect={selection.pending.rect}
          onChoose={(status) => {
            // The selection may have grown since the toolbar appeared: annotate what is selected now.
            const now = selection.read();
            if (now) actions.startCreate(now.target, status);
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
          onClose={() => {
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
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
      {chooser && (
        <SpanChooser
          x={chooser.x}
          y={chooser.y}
          annotations={chooser.ids.flatMap((id) => store.byId.get(id) ?? [])}
          onChoose={(id) => {
            setChooser(null);
            onPick([id], { focus: true });
          }}
          onClose={() => {
            setChooser(null);
            bodyRef.current?.focus();
          }}
        />
      )}
      {hover && !chooser && (
        <HoverCard
          x={hover.x}
          y={hover.y}
          annotations={hover.ids.flatMap((id) => store.byId.get(id) ?? [])}
        />
      )}
      <NoticeBar
        notice={actions.notice}
        onUndo={(id) => void actions.undoDelete(id)}
        onDismiss={() => actions.setNotice(null)}
      />
    </div>
  );
}
