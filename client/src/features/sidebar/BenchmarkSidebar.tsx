import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import type { ReviewDetail } from "@review/shared";
import { highlightFactor } from "../../editor/factorHighlight.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import type { FindingReplies } from "../comments/index.ts";
import { useDrafts } from "./drafts.ts";
import { FactorRow } from "./FactorRow.tsx";
import { useEditorSummary } from "../../editor/useEditorSummary.ts";
import { useSidebarBoard } from "./useSidebarBoard.ts";
import { BenchmarkLanguage } from "../../i18n/ContentLanguage.tsx";
import { takeDomSelection } from "../../editor/domSelection.ts";
import "../../ui/factorPanel.css";
import "./sidebar.css";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { FACTOR_PALETTE_SHORTCUT, FactorPalette, isFactorPaletteShortcut } from "./FactorPalette.tsx";

type BenchmarkSidebarProps = {
  review: ReviewDetail;
  /** The report's editor once it exists. */
  editor: Editor | null;
  /** The report document (for the record of drafted sections). */
  reportDoc: Y.Doc | null;
  canWrite: boolean;
  /** The host's replies to findings: shown on each factor, set there by hosts and the moderator. */
  findingReplies?: FindingReplies;
};

/**
 * Beside the findings report: the review's factors grouped by module, each with its team
 * rating, evidence count and linked report passages; writers link the selection to a factor
 * and draft a factor's section from the board.
 */
export function BenchmarkSidebar({ review, editor, reportDoc, canWrite, findingReplies }: BenchmarkSidebarProps) {
  const t = useT();
  const headingId = useId();
  const bodyId = useId();
  const [expanded, setExpanded] = useState(true);
  const [openFactor, setOpenFactor] = useState<string | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const { state: benchmarkState, retry } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  const board = useSidebarBoard(review);
  const drafts = useDrafts(reportDoc);

  const scope = useMemo(
    () => (benchmarkState.status === "loaded" ? scopeBenchmark(benchmarkState.benchmark, review.modules) : null),
    [benchmarkState, review.modules],
  );
  const { passages, hasSelection } = useEditorSummary(editor);

  const announce = useAnnounce();
  const highlight = useCallback((factorId: string | null) => {
    if (editor) highlightFactor(editor, factorId);
  }, [editor]);

  // Ctrl+Shift+F in the report opens the factor palette: linking without tabbing through the sidebar.
  const openPalette = useCallback(() => {
    if (!editor || !canWrite || !scope) return;
    if (editor.state.selection.empty) announce(t("a11y.palette.noSelection"));
    else setPaletteOpen(true);
  }, [editor, canWrite, scope, announce, t]);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isFactorPaletteShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      // The key may come before ProseMirror has read a selection just made with Shift+arrows.
      takeDomSelection(editor);
      openPalette();
    };
    dom.addEventListener("keydown", onKeyDown, true);
    return () => dom.removeEventListener("keydown", onKeyDown, true);
  }, [editor, openPalette]);

  const covered = scope ? scope.factors.filter((factor) => (passages[factor.id]?.length ?? 0) > 0).length : 0;

  return (
    <BenchmarkLanguage benchmark={benchmarkState.status === "loaded" ? benchmarkState.benchmark : null}>
      <section className={`bench-sidebar${expanded ? "" : " bench-sidebar--collapsed"}`} aria-labelledby={headingId}>
        <div className="bench-sidebar__header">
          <h3 className="bench-sidebar__title" id={headingId}>
            {t("sidebar.title")}
          </h3>
          <button type="button" className="bench-sidebar__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((value) => !value)}>
            {expanded ? t("sidebar.toggle.hide") : t("sidebar.toggle.show")}
          </button>
        </div>
        <div className="bench-sidebar__body" id={bodyId}>
          {benchmarkState.status === "loading" ? <p className="bench-sidebar__muted">{t("sidebar.loading")}</p> : null}
          {benchmarkState.status === "none" ? <p className="bench-sidebar__muted">{t("sidebar.none")}</p> : null}
          {benchmarkState.status === "failed" ? (
            <p className="bench-sidebar__muted">
              {t("sidebar.failed")}{" "}
              <button type="button" className="bench-sidebar__link-button" onClick={retry}>
                {t("common.retry")}
              </button>
            </p>
          ) : null}
          {scope ? (
            <>
              <p className="bench-sidebar__coverage" data-testid="sidebar-coverage">
                {t("sidebar.coverage", { covered, total: scope.factors.length })}
              </p>
              <p className="bench-sidebar__hint">{canWrite ? t("sidebar.link.hint") : t("sidebar.readOnly")}</p>
              {canWrite && editor ? (
                <button
                  type="button"
                  className="bench-sidebar__palette"
                  aria-keyshortcuts={FACTOR_PALETTE_SHORTCUT}
                  onClick={openPalette}
                >
                  {t("a11y.palette.open")} <kbd>Ctrl+Shift+F</kbd>
                </button>
              ) : null}
              {scope.modules.map((module) => (
                <section key={module.id} className="bench-module" aria-labelledby={`bench-module-${module.id}`}>
                  <h4 className="bench-module__title" id={`bench-module-${module.id}`}>
                    {module.kind === "core" ? t("sidebar.module.core") : t("sidebar.module.theme", { name: module.name })}
                  </h4>
                  <ul className="bench-factors">
                    {scope.factors
                      .filter((factor) => factor.module.id === module.id)
                      .map((factor) => (
                        <FactorRow
                          key={factor.id}
                          factor={factor}
                          state={board.factors.get(factor.id) ?? null}
                          cards={board.cards}
                          boardReady={board.ready}
                          passages={passages[factor.id] ?? []}
                          draft={drafts.get(factor.id) ?? null}
                          editor={editor}
                          reportDoc={reportDoc}
                          canWrite={canWrite}
                          hasSelection={hasSelection}
                          open={openFactor === factor.id}
                          onToggle={() => setOpenFactor((current) => (current === factor.id ? null : factor.id))}
                          highlight={highlight}
                          announce={announce}
                          findingReplies={findingReplies}
                        />
                      ))}
                  </ul>
                </section>
              ))}
            </>
          ) : null}
        </div>
        {editor && scope && canWrite ? (
          <FactorPalette open={paletteOpen} factors={scope.factors} editor={editor} announce={announce} onClose={() => setPaletteOpen(false)} />
        ) : null}
      </section>
    </BenchmarkLanguage>
  );
}
