import Image from "@tiptap/extension-image";
import { imageIdFromSrc } from "@review/shared";

/**
 * Block images, from our own server only (`/api/images/<id>`, served to the document's readers).
 * An image from anywhere else (a pasted web page, a crafted update) is not loaded: no tracking
 * pixels, no mixed content, nothing the exports could not embed.
 */
export const ReportImage = Image.extend({
  parseHTML() {
    return [{ tag: "img[src]", getAttrs: (element) => (imageIdFromSrc((element as HTMLElement).getAttribute("src") ?? "") ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    const { src, ...rest } = HTMLAttributes as { src?: string };
    const ours = typeof src === "string" && imageIdFromSrc(src) !== null;
    return ["img", { ...this.options.HTMLAttributes, ...rest, ...(ours ? { src } : { "data-blocked": "" }), loading: "lazy" }];
  },
}).configure({ inline: false, allowBase64: false, HTMLAttributes: { class: "report-image" } });
