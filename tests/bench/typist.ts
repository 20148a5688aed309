import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";

const PROSE =
  "The team found that employers were engaged early and that the migrant voice shaped the provision of the project. ";

/** One produced update and its identity: the (client, clock) of its first struct. */
export type TypedUpdate = { update: Uint8Array; client: number; clock: number };

/**
 * A writer with its own Y.Doc that types into a paragraph of its own in the report's
 * fragment, one keystroke per update, as the editor would send it. Its updates only
 * reference its own items, so the server can integrate them without the writer
 * having seen anyone else's.
 */
export class Typist {
  readonly doc = new Y.Doc();
  private text: Y.XmlText | null = null;
  private typed = 0;

  get clientId(): number {
    return this.doc.clientID;
  }

  /** The clock the next update starts at (also: how many structs this writer made). */
  get clock(): number {
    return Y.getState(this.doc.store, this.doc.clientID);
  }

  next(): TypedUpdate {
    const clock = this.clock;
    let update: Uint8Array | null = null;
    const capture = (bytes: Uint8Array) => {
      update = bytes;
    };
    this.doc.on("update", capture);
    try {
      if (!this.text) {
        const paragraph = new Y.XmlElement("paragraph");
        const text = new Y.XmlText("");
        paragraph.insert(0, [text]);
        this.doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
        this.text = text;
      } else {
        this.text.insert(this.text.length, PROSE[this.typed % PROSE.length]!);
        this.typed += 1;
      }
    } finally {
      this.doc.off("update", capture);
    }
    if (!update) throw new Error("the typist's transaction produced no update");
    return { update, client: this.doc.clientID, clock };
  }

  destroy(): void {
    this.doc.destroy();
  }
}
