import { Extension } from "@tiptap/core";
import type { Node as PMNode, Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { AttrStep, type Step } from "@tiptap/pm/transform";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { recommendationIdSchema } from "@review/shared/self";
import "./recommendation.css";

/**
 * The node attribute that marks a paragraph or list item of a report as a recommendation.
 * The host's decisions (`@review/shared/self`, root `recommendationDecisions`) are keyed by it.
 */
export const RECOMMENDATION_ATTRIBUTE = "recommendationId";
/** The node types that can be a recommendation. */
export const RECOMMENDATION_TYPES = ["paragraph", "listItem"] as const;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    recommendation: {
      /** Marks the block at the cursor (its list item, if inside one) as a recommendation, or unmarks it. */
      toggleRecommendation: () => ReturnType;
    };
  }
}

export type RecommendationOptions = {
  /** The visible label before a recommendation ("Recommendation"), already translated. */
  label: string;
};

/** A fresh id: random, URL-safe, and what `recommendationIdSchema` accepts. */
export function newRecommendationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `rec_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The id a node carries, when it is a valid one. */
export function recommendationIdOf(node: PMNode): string | null {
  const value: unknown = node.attrs[RECOMMENDATION_ATTRIBUTE];
  return typeof value === "string" && recommendationIdSchema.safeParse(value).success ? value : null;
}

/** The innermost list item around the selection, else its paragraph: the block a toggle acts on. */
function targetBlock(state: EditorState): { node: PMNode; pos: number } | null {
  const { $from } = state.selection;
  let paragraph: { node: PMNode; pos: number } | null = null;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === "listItem") return { node, pos: $from.before(depth) };
    if (node.type.name === "paragraph" && !paragraph) paragraph = { node, pos: $from.before(depth) };
  }
  return paragraph;
}

/** Whether the block a toggle would act on is a recommendation (for the toolbar's pressed state). */
export function isRecommendationActive(state: EditorState): boolean {
  const target = targetBlock(state);
  return target !== null && recommendationIdOf(target.node) !== null;
}

/**
 * Marks the block at the cursor as a recommendation with a fresh id, or unmarks it; false when
 * the cursor is in no paragraph or list item.
 */
export function toggleRecommendationIn(state: EditorState, tr: Transaction): boolean {
  const target = targetBlock(state);
  if (!target) return false;
  const next = recommendationIdOf(target.node) === null ? newRecommendationId() : null;
  tr.setNodeAttribute(target.pos, RECOMMENDATION_ATTRIBUTE, next);
  return true;
}

/**
 * Copy and paste duplicates node attributes: the later copy of an id gets a fresh one, so
 * two recommendations never share the host's decision. Only local edits are checked; a
 * remote client fixes its own pastes.
 */
function dedupeIds(transactions: readonly Transaction[], _oldState: EditorState, state: EditorState): Transaction | null {
  if (transactions.some((tr) => tr.getMeta(ySyncPluginKey)) || !transactions.some((tr) => tr.steps.some(mayBringId))) return null;
  const seen = new Set<string>();
  const duplicates: number[] = [];
  state.doc.descendants((node, pos) => {
    const id = recommendationIdOf(node);
    if (id === null) return;
    if (seen.has(id)) duplicates.push(pos);
    else seen.add(id);
  });
  if (duplicates.length === 0) return null;
  const tr = state.tr;
  for (const pos of duplicates) tr.setNodeAttribute(pos, RECOMMENDATION_ATTRIBUTE, newRecommendationId());
  return tr;
}

/**
 * Whether a step can put an id where there was none: it sets the attribute, or inserts nodes
 * carrying one (a paste, a split block keeping its attributes). Typing inserts text only, so a
 * keystroke does not walk the whole report.
 */
function mayBringId(step: Step): boolean {
  if (step instanceof AttrStep) return step.attr === RECOMMENDATION_ATTRIBUTE;
  const slice = (step as { slice?: Slice }).slice;
  if (!slice) return false;
  let found = false;
  slice.content.descendants((node) => {
    if (!found && recommendationIdOf(node) !== null) found = true;
    return !found && !node.isTextblock;
  });
  return found;
}

/** Keeps recommendation ids unique within the document (see `dedupeIds`). */
export function recommendationIdsPlugin(): Plugin {
  return new Plugin({ key: new PluginKey("recommendation-ids"), appendTransaction: dedupeIds });
}

export const Recommendation = Extension.create<RecommendationOptions>({
  name: "recommendation",

  addOptions() {
    return { label: "Recommendation" };
  },

  addGlobalAttributes() {
    const label = this.options.label;
    return [
      {
        types: [...RECOMMENDATION_TYPES],
        attributes: {
          [RECOMMENDATION_ATTRIBUTE]: {
            default: null,
            // Pressing Enter at the end of a recommendation starts an ordinary paragraph.
            keepOnSplit: false,
            parseHTML: (element) => {
              const value = element.getAttribute("data-recommendation-id");
              return value && recommendationIdSchema.safeParse(value).success ? value : null;
            },
            renderHTML: (attributes) => {
              const id: unknown = attributes[RECOMMENDATION_ATTRIBUTE];
              if (typeof id !== "string" || !recommendationIdSchema.safeParse(id).success) return {};
              return { "data-recommendation-id": id, "data-recommendation-label": label, class: "recommendation" };
            },
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      toggleRecommendation:
        () =>
        ({ state, tr, dispatch }) => {
          if (!dispatch) return targetBlock(state) !== null;
          return toggleRecommendationIn(state, tr);
        },
    };
  },

  addKeyboardShortcuts() {
    return { "Mod-Alt-r": () => this.editor.commands.toggleRecommendation() };
  },

  addProseMirrorPlugins() {
    return [recommendationIdsPlugin()];
  },
});
