import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Whether a link target may be rendered and opened: an absolute http(s) or mailto URL
 * (the export's policy, `server/src/export/safeHref.ts`). The WHATWG URL parser strips
 * leading spaces and control characters and tabs inside the scheme as browsers do, so
 * " JaVa\tScRiPt:" is seen as `javascript:`. Links arrive from other clients' raw Yjs
 * updates too, not only from this editor.
 */
export function isSafeLinkHref(href: unknown): boolean {
  if (typeof href !== "string" || href.length > 2048) return false;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) && (url.protocol === "mailto:" || url.hostname !== "");
  } catch {
    return false;
  }
}

/**
 * Tiptap's Link renders a refused target as `href=""`, and its click handler then opens
 * `a.href`, which resolves to this very page. Clicks on such neutralised links end here.
 * Runs before the Link extension (priority 1000).
 */
export const InertLinks = Extension.create({
  name: "inertLinks",
  priority: 1001,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("inertLinks"),
        props: {
          handleClick: (view, _pos, event) => {
            const link = event.target instanceof Element ? event.target.closest("a") : null;
            if (!link || !view.dom.contains(link)) return false;
            if (isSafeLinkHref(link.getAttribute("href"))) return false;
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});
