import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";

type SyncMeta = { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;

/** Whether a transaction only carries another person's change into this editor. */
export function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as SyncMeta;
  return meta?.isChangeOrigin === true && meta.isUndoRedoOperation !== true;
}

/** The y-tiptap binding's (private) check before it asks to scroll after a change from Yjs. */
type MeasuringBinding = { _isLocalCursorInView?: () => boolean };

const remoteChangeKey = new PluginKey<boolean>("remoteChangeScroll");

/** ProseMirror's own scroll to the selection: internal, but the one place that knows nested scroll parents and margins. */
type ScrollingView = EditorView & { scrollToSelection?: () => void };

/**
 * Scrolls the caret into view in the next frame instead of inside the keystroke. Measuring the
 * caret there forces a layout of the whole report that the frame then does again; in the frame,
 * before paint, the layout is the one the paint needs anyway. Several edits in one frame scroll once.
 */
function deferredScroll(): { handle: (view: ScrollingView) => boolean; cancel: () => void } {
  let frame = 0;
  let scrolling = false;
  return {
    handle(view) {
      if (scrolling || typeof view.scrollToSelection !== "function") return false;
      if (frame) return true;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (view.isDestroyed) return;
        scrolling = true;
        try {
          view.scrollToSelection?.();
        } finally {
          scrolling = false;
        }
      });
      return true;
    },
    cancel: () => cancelAnimationFrame(frame),
  };
}

/**
 * The Yjs binding asks to scroll the caret into view after every remote change while the
 * caret is on screen. Measuring the caret forces a layout of the whole report, once per
 * remote keystroke: with twenty people typing that is most of the main thread. The browser's
 * scroll anchoring already keeps the text under the reader's eyes still when others insert
 * above it, so a remote change does not scroll; local edits and undo still do.
 *
 * Before asking, the binding measures whether the caret is on screen (a range's client rects:
 * a forced layout of the report per remote change). The answer is not needed: a remote change
 * is not scrolled whatever it is, and an undo (which goes through the binding too) brings its
 * caret into view like any local edit. So the binding is told "on screen" without measuring.
 *
 * Local edits scroll their caret into view in the next frame (see `deferredScroll`).
 */
export const RemoteChangeScroll = Extension.create({
  name: "remoteChangeScroll",
  addProseMirrorPlugins() {
    const scroll = deferredScroll();
    return [
      new Plugin<boolean>({
        key: remoteChangeKey,
        state: {
          init: () => false,
          apply: (tr, wasRemote) => (tr.docChanged || tr.scrolledIntoView ? isRemoteChange(tr) : wasRemote),
        },
        props: {
          handleScrollToSelection: (view) => remoteChangeKey.getState(view.state) === true || scroll.handle(view),
        },
        view: (view) => {
          const binding = (ySyncPluginKey.getState(view.state) as { binding?: MeasuringBinding } | undefined)?.binding;
          if (binding && typeof binding._isLocalCursorInView === "function") binding._isLocalCursorInView = () => true;
          return { destroy: scroll.cancel };
        },
      }),
    ];
  },
});
