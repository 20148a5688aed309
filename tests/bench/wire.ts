import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * The two framings the targets speak. `y-websocket` is the plain protocol (our server,
 * the reference server and the raw relay); `hocuspocus` prefixes every message with the
 * document name and needs an auth message before anything else (what
 * `@hocuspocus/provider@3.4.4` sends on the wire).
 */
export type Protocol = "y-websocket" | "hocuspocus";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const SYNC_STEP1 = 0;
const SYNC_UPDATE = 2;
/** Hocuspocus' AuthMessageType.Token / .Authenticated. */
const AUTH_TOKEN = 0;
const AUTH_AUTHENTICATED = 2;

/** What a load client needs to know about a received frame. */
export type Incoming =
  /** Per client, the clocks [from, to) the update carries (a merged update carries several typed ones). */
  | { kind: "update"; ranges: { client: number; from: number; to: number }[] }
  | { kind: "authenticated" }
  | { kind: "other" };

/** Encodes and classifies the frames of one document in one framing. */
export class Wire {
  constructor(
    readonly protocol: Protocol,
    readonly docName: string,
  ) {}

  /** Frames a client sends right after the socket opens (hocuspocus: the auth token; then sync step 1). */
  hello(stateVector: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    if (this.protocol === "hocuspocus") {
      frames.push(
        this.frame((e) => {
          encoding.writeVarUint(e, MESSAGE_AUTH);
          encoding.writeVarUint(e, AUTH_TOKEN);
          encoding.writeVarString(e, "");
        }),
      );
    }
    frames.push(
      this.frame((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        encoding.writeVarUint(e, SYNC_STEP1);
        encoding.writeVarUint8Array(e, stateVector);
      }),
    );
    return frames;
  }

  update(update: Uint8Array): Uint8Array {
    return this.frame((e) => {
      encoding.writeVarUint(e, MESSAGE_SYNC);
      encoding.writeVarUint(e, SYNC_UPDATE);
      encoding.writeVarUint8Array(e, update);
    });
  }

  /** An awareness message carrying one client's state (`null` removes it). */
  awareness(clientId: number, clock: number, state: unknown): Uint8Array {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
    return this.frame((e) => {
      encoding.writeVarUint(e, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    });
  }

  /**
   * Classifies a frame without a Y.Doc: a sync update by the clock range of each client
   * whose structs it carries (`Y.parseUpdateMeta`), so that a server which merges the
   * updates of one turn into one frame is credited with each of them.
   */
  parse(frame: Uint8Array): Incoming {
    try {
      const decoder = decoding.createDecoder(frame);
      if (this.protocol === "hocuspocus") decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AUTH && this.protocol === "hocuspocus") {
        return decoding.readVarUint(decoder) === AUTH_AUTHENTICATED ? { kind: "authenticated" } : { kind: "other" };
      }
      if (type !== MESSAGE_SYNC || decoding.readVarUint(decoder) !== SYNC_UPDATE) return { kind: "other" };
      const meta = Y.parseUpdateMeta(decoding.readVarUint8Array(decoder));
      const ranges = [...meta.to].map(([client, to]) => ({ client, from: meta.from.get(client) ?? 0, to }));
      return ranges.length > 0 ? { kind: "update", ranges } : { kind: "other" }; // none: deletions only
    } catch {
      return { kind: "other" };
    }
  }

  private frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    if (this.protocol === "hocuspocus") encoding.writeVarString(encoder, this.docName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }
}
