import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { relativePositionToAbsolutePosition, yCursorPlugin, ySyncPluginKey } from "@tiptap/y-tiptap";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { AwarenessUser } from "@review/shared";
import { userColor } from "../ui/color.ts";
import { renderCaret } from "./caret.ts";
import { withUnreadDomSelection } from "./domSelection.ts";
import { perFrame, whenIdle } from "../ui/scheduling.ts";
import { isRemoteChange } from "./remoteChangeScroll.ts";

/** A collaborator's caret (and selection) as shown: where it is now, and the awareness cursor it came from. */
type Caret = { key: string; user: Record<string, unknown>; cursor: string; anchor: number; head: number };
type CaretsState = { carets: ReadonlyMap<number, Caret>; decorations: DecorationSet };
/** The clients whose awareness changed since the last frame. */
type CaretsMeta = { changed: ReadonlySet<number> };

const caretsKey = new PluginKey<CaretsState>("remoteCarets");

type CursorState = { user?: Record<string, unknown>; cursor?: { anchor: unknown; head: unknown } | null };

/** Where `clientId`'s awareness cursor is in `state`'s document, or null (no cursor, or not resolvable yet). */
function locate(state: EditorState, awareness: Awareness, clientId: number): Caret | null {
  const sync = ySyncPluginKey.getState(state) as { doc?: Y.Doc; type?: Y.XmlFragment; binding?: { mapping: Map<unknown, unknown> } } | undefined;
  const aware = awareness.getStates().get(clientId) as CursorState | undefined;
  if (!sync?.doc || !sync.type || !sync.binding || sync.binding.mapping.size === 0 || !aware?.cursor || clientId === sync.doc.clientID) return null;
  const user = { ...aware.user };
  if (typeof user.name !== "string") user.name = `User: ${clientId}`;
  if (typeof user.color !== "string") return null;
  try {
    const mapping = sync.binding.mapping as never;
    const anchor = relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromJSON(aware.cursor.anchor), mapping);
    const head = relativePositionToAbsolutePosition(sync.doc, sync.type, Y.createRelativePositionFromJSON(aware.cursor.head), mapping);
    if (anchor === null || head === null) return null;
    const max = Math.max(state.doc.content.size - 1, 0);
    return { key: `${clientId}:${user.name}:${user.color}`, user, cursor: JSON.stringify(aware.cursor), anchor: Math.min(anchor, max), head: Math.min(head, max) };
  } catch {
    // Anyone can write any awareness state: a cursor that points nowhere sensible is not shown.
    return null;
  }
}

function decorate(doc: EditorState["doc"], carets: ReadonlyMap<number, Caret>): DecorationSet {
  const decorations: Decoration[] = [];
  for (const caret of carets.values()) {
    decorations.push(Decoration.widget(caret.head, () => renderCaret(caret.user), { key: caret.key, side: 10 }));
    const from = Math.min(caret.anchor, caret.head);
    const to = Math.max(caret.anchor, caret.head);
    if (from < to) {
      const color = userColor(String(caret.user.color));
      decorations.push(Decoration.inline(from, to, { class: "ProseMirror-yjs-selection", style: `background-color: ${color}70` }, { inclusiveEnd: true, inclusiveStart: false }));
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Moves the carets with a change of the text. A change from Yjs replaces whole paragraphs, so
 * a caret inside a replaced one is looked up again from its awareness cursor; every other caret
 * just moves with the text. A local edit moves them all (Yjs has not seen it yet).
 */
function mapCarets(tr: Transaction, state: EditorState, awareness: Awareness, carets: ReadonlyMap<number, Caret>): Map<number, Caret> {
  const remote = isRemoteChange(tr);
  const next = new Map<number, Caret>();
  for (const [clientId, caret] of carets) {
    const anchor = tr.mapping.mapResult(caret.anchor, 1);
    const head = tr.mapping.mapResult(caret.head, 1);
    if (remote && (anchor.deleted || head.deleted)) {
      const found = locate(state, awareness, clientId);
      if (found) next.set(clientId, found);
      continue;
    }
    next.set(clientId, { ...caret, anchor: anchor.pos, head: head.pos });
  }
  return next;
}

function locateAll(state: EditorState, awareness: Awareness): Map<number, Caret> {
  const carets = new Map<number, Caret>();
  for (const clientId of awareness.getStates().keys()) {
    const caret = locate(state, awareness, clientId);
    if (caret) carets.set(clientId, caret);
  }
  return carets;
}

/** How long this user's caret may take to reach the others while the page is busy. */
const PUBLISH_WITHIN_MS = 100;

/**
 * The awareness as y-tiptap's cursor plugin sees it. It publishes this user's selection through
 * it, but not inside the keystroke: the fields it sets (`cursor`, `lastSelection`) are sent when
 * the browser is next idle (an awareness message, encoded and sent to the server and to other
 * tabs, per key otherwise). And it never hears of others' changes, which would make it dispatch
 * a transaction and place every caret again, for each one of them.
 */
function publishOnly(awareness: Awareness): Awareness {
  let pending: Record<string, unknown> | null = null;
  const flush = whenIdle(() => {
    const current = awareness.getLocalState();
    // Null once the awareness is gone (the session ended): nothing to publish any more.
    if (pending && current !== null) awareness.setLocalState({ ...current, ...pending });
    pending = null;
  }, PUBLISH_WITHIN_MS);
  const local = () => {
    const current = awareness.getLocalState();
    return current === null ? null : { ...current, ...pending };
  };
  const set = (fields: Record<string, unknown>) => {
    pending = { ...pending, ...fields };
    flush.schedule();
  };
  return {
    clientID: awareness.clientID,
    getLocalState: local,
    setLocalState: (state: Record<string, unknown> | null) => {
      if (state) set({ cursor: state.cursor ?? null, lastSelection: state.lastSelection });
    },
    setLocalStateField: (field: string, value: unknown) => set({ [field]: value }),
    getStates: () => awareness.getStates(),
    on: () => {},
    off: () => {},
  } as unknown as Awareness;
}

export type RemoteCaretsOptions = { awareness: Awareness | null; user: AwarenessUser | null };

/**
 * Others' carets and selections in the editor, with their names, and this user's selection
 * published to them (y-tiptap's cursor plugin does the publishing). Replaces Tiptap's
 * CollaborationCaret, which places every caret again on each change of anyone's caret or text
 * (each a walk over the report's blocks): here carets move with the text, a caret is placed again
 * only when its own cursor changed or its paragraph was replaced, and awareness changes are
 * taken once per frame.
 */
export const RemoteCarets = Extension.create<RemoteCaretsOptions>({
  name: "remoteCarets",

  addOptions() {
    return { awareness: null, user: null };
  },

  addProseMirrorPlugins() {
    const { awareness, user } = this.options;
    if (!awareness) return [];
    if (user) awareness.setLocalStateField("user", user);
    const carets = new Plugin<CaretsState>({
      key: caretsKey,
      state: {
        init: (_config, state) => {
          const found = locateAll(state, awareness);
          return { carets: found, decorations: decorate(state.doc, found) };
        },
        apply: (tr, value, _old, state) => {
          const meta = tr.getMeta(caretsKey) as CaretsMeta | undefined;
          if (!meta && !tr.docChanged) return value;
          // Until the binding has rendered the shared document, nothing can be placed: place all once it has.
          const next = value.carets.size === 0 && tr.getMeta(ySyncPluginKey) !== undefined ? locateAll(state, awareness) : tr.docChanged ? mapCarets(tr, state, awareness, value.carets) : new Map(value.carets);
          for (const clientId of meta?.changed ?? []) {
            const caret = locate(state, awareness, clientId);
            if (caret) next.set(clientId, caret);
            else next.delete(clientId);
          }
          return { carets: next, decorations: decorate(state.doc, next) };
        },
      },
      props: { decorations: (state) => caretsKey.getState(state)?.decorations ?? DecorationSet.empty },
      view: (view) => {
        const changed = new Set<number>();
        const flush = perFrame(() => {
          if (view.isDestroyed || changed.size === 0) return;
          const meta: CaretsMeta = { changed: new Set(changed) };
          changed.clear();
          // Redrawing the carets writes the editor's selection into the page: a caret key's move not yet read would be undone.
          view.dispatch(withUnreadDomSelection(view, view.state.tr.setMeta(caretsKey, meta).setMeta("addToHistory", false)));
        });
        const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
          const shown = caretsKey.getState(view.state)?.carets;
          for (const clientId of [...added, ...updated, ...removed]) {
            if (clientId === awareness.clientID) continue;
            // Unchanged cursor (e.g. a name refresh of someone shown already): nothing to place.
            const cursor = (awareness.getStates().get(clientId) as CursorState | undefined)?.cursor;
            const caret = shown?.get(clientId);
            if (caret && cursor && caret.cursor === JSON.stringify(cursor) && updated.includes(clientId)) {
              const user = (awareness.getStates().get(clientId) as CursorState | undefined)?.user;
              if (user?.name === caret.user.name && user?.color === caret.user.color) continue;
            }
            changed.add(clientId);
          }
          if (changed.size > 0) flush.schedule();
        };
        awareness.on("change", onChange);
        return {
          destroy: () => {
            awareness.off("change", onChange);
            flush.cancel();
          },
        };
      },
    });
    return [carets, yCursorPlugin(publishOnly(awareness), { awarenessStateFilter: () => false })];
  },
});
