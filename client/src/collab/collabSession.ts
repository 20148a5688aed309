import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";
import { readAuthMessage } from "y-protocols/auth";
import { messageYjsSyncStep1, messageYjsSyncStep2 } from "y-protocols/sync";
import { WebsocketProvider, messageAuth, messageSync } from "y-websocket";
import { CLOSE_CODES, COLLAB_PATH, TERMINAL_CLOSE_CODES, KEEP_ALIVE_MESSAGE, keepAliveFrame, type AwarenessUser } from "@review/shared";
import {
  OFFLINE_AFTER_FAILURES,
  initialConnectionState,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from "./connectionStatus.ts";
import { batchPersistence } from "./batchedPersistence.ts";
import { notifyPermissionsChanged } from "./permissionsChanged.ts";
import { presentUsers, samePresentUsers, type PresentUser } from "./presence.ts";
import { SaveTracker } from "./saveTracker.ts";
import { encodeSyncStep1Frame } from "./syncFrames.ts";

/** Quiet time after the last local edit before asking the server to confirm it is stored. */
const PROBE_DELAY_MS = 400;
/** Wait before checking again over HTTP why the socket keeps failing: after an answer, and after HTTP failed too. */
const DIAGNOSIS_INTERVAL_MS = 15_000;
const DIAGNOSIS_RETRY_MS = 3_000;

export type CollabSessionOptions = {
  serverUrl?: string;
  /**
   * Asks over HTTP why connecting keeps failing, and answers with a terminal
   * close code (or null if nothing is wrong that HTTP can see). Needed because a
   * refused upgrade (an HTTP 401/403/404) reaches browser code only as close code 1006.
   */
  diagnose?: () => Promise<number | null>;
};

export type CollabSnapshot = {
  connection: ConnectionState;
  /** The copy kept in IndexedDB has been loaded (or there is none to load). */
  localCopyLoaded: boolean;
  users: PresentUser[];
};

type MessageHandler = WebsocketProvider["messageHandlers"][number];

/** `ws(s)://<this host>/collab`: the provider appends `/<document name>`. */
export function collabServerUrl(location: Pick<Location, "protocol" | "host"> = window.location): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${COLLAB_PATH}`;
}

/**
 * One live document: a Y.Doc, its WebSocket provider and its IndexedDB copy,
 * plus the connection status the UI shows. Create one per document name and
 * call `destroy()` when the view goes away.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence | null;
  private readonly tracker = new SaveTracker();
  private snapshot: CollabSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly diagnose: (() => Promise<number | null>) | undefined;
  private nextDiagnosisAt = 0;
  private destroyed = false;

  constructor(
    readonly documentName: string,
    readonly user: AwarenessUser,
    { serverUrl = collabServerUrl(), diagnose }: CollabSessionOptions = {},
  ) {
    this.diagnose = diagnose;
    this.snapshot = {
      connection: initialConnectionState(typeof navigator === "undefined" ? true : navigator.onLine),
      localCopyLoaded: false,
      users: [],
    };

    // Keyed by user as well: a shared computer must not hand one person's unsent edits to the next.
    this.persistence = typeof indexedDB === "undefined" ? null : new IndexeddbPersistence(`review-workspace:${user.id}:${documentName}`, this.doc);
    if (this.persistence) {
      this.cleanups.push(batchPersistence(this.doc, this.persistence));
      void this.persistence.whenSynced.then(() => this.update({ localCopyLoaded: true }));
    } else {
      this.snapshot = { ...this.snapshot, localCopyLoaded: true };
    }

    this.provider = new WebsocketProvider(serverUrl, documentName, this.doc, {
      connect: false,
      // Tabs sync through the server only: copying every keystroke to other tabs over a
      // BroadcastChannel cost ~0.5 ms per key in a long report, and a tab that has lost its
      // access must not receive the document from a sibling tab.
      disableBc: true,
      shouldReconnect: (event) => !TERMINAL_CLOSE_CODES.has(event.code),
    });
    this.provider.awareness.setLocalStateField("user", user);
    this.wireProtocol();
    this.wireEvents();
    this.refreshUsers();
    this.provider.connect();
  }

  getSnapshot = (): CollabSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.probeTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.provider.destroy();
    this.provider.awareness.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** Watches sync replies (for the save confirmation) and the server's "permission denied". */
  private wireProtocol(): void {
    const handlers = this.provider.messageHandlers;
    const forwardSync = handlers[messageSync]!;
    const onSync: MessageHandler = (encoder, decoder, provider, fromSocket, messageType) => {
      const syncType = decoder.arr[decoder.pos];
      forwardSync(encoder, decoder, provider, fromSocket, messageType);
      if (syncType === messageYjsSyncStep1) {
        this.tracker.serverRequestedState();
        // The provider sends its answer after this handler returns; probe after that.
        this.scheduleProbe(0);
      } else if (syncType === messageYjsSyncStep2) {
        this.tracker.serverStateReceived();
        if (this.tracker.needsProbe) this.scheduleProbe(0);
      }
      this.dispatch({ type: "pending", pending: this.tracker.pending });
    };
    handlers[messageSync] = onSync;
    // The server asks whether we are still here; the answer is the same frame (see keepAlive.ts).
    handlers[KEEP_ALIVE_MESSAGE] = (_encoder, _decoder, provider, fromSocket) => {
      if (fromSocket && provider.ws?.readyState === WebSocket.OPEN) provider.ws.send(keepAliveFrame());
    };
    handlers[messageAuth] = (_encoder, decoder, provider) => {
      readAuthMessage(decoder, provider.doc, () => this.dispatch({ type: "writeRejected" }));
    };
  }

  private wireEvents(): void {
    const { provider, doc } = this;

    const onStatus = ({ status }: { status: "connected" | "disconnected" | "connecting" }) => {
      if (status === "connected") {
        this.tracker.socketOpened();
        // Tells the server that we answer its keep-alive frames: it then judges us by them.
        if (provider.ws?.readyState === WebSocket.OPEN) provider.ws.send(keepAliveFrame());
      }
      this.dispatch({ type: "socket", phase: status });
    };
    const onSynced = (synced: boolean) => this.dispatch({ type: "synced", synced });
    const onClose = (event: CloseEvent | null) => {
      this.tracker.socketClosed();
      clearTimeout(this.probeTimer);
      this.dispatch({ type: "socketClosed", code: event?.code ?? null });
      // Not terminal: the provider reconnects with the new role; the review page refetches the review.
      if (event?.code === CLOSE_CODES.permissionsChanged) notifyPermissionsChanged(this.documentName);
      if (this.snapshot.connection.failures >= OFFLINE_AFTER_FAILURES) this.runDiagnosis();
    };
    const onTerminal = ({ code }: { code: number }) => this.terminate(code);
    provider.on("status", onStatus);
    provider.on("sync", onSynced);
    provider.on("connection-close", onClose);
    provider.on("closed", onTerminal);

    const onDocUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === this.persistence) return;
      this.tracker.localChange();
      this.dispatch({ type: "pending", pending: true });
      this.scheduleProbe(PROBE_DELAY_MS);
    };
    doc.on("update", onDocUpdate);

    const onAwareness = () => this.refreshUsers();
    provider.awareness.on("change", onAwareness);

    const onOnline = () => {
      this.dispatch({ type: "browserOnline", online: true });
      if (this.snapshot.connection.terminalCode === null) this.provider.connect();
      // A socket that survived the outage may still owe us a confirmation.
      if (this.tracker.needsProbe) this.scheduleProbe(0);
    };
    const onOffline = () => {
      this.dispatch({ type: "browserOnline", online: false });
      // Without a network the socket is dead or about to be: closing it tells the server while a
      // close can still get out, so the others stop seeing us as present at once (else the
      // server's heartbeat notices the silence). Edits stay in IndexedDB; "online" reconnects.
      this.provider.disconnect();
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);

    this.cleanups.push(
      () => provider.off("status", onStatus),
      () => provider.off("sync", onSynced),
      () => provider.off("connection-close", onClose),
      () => provider.off("closed", onTerminal),
      () => doc.off("update", onDocUpdate),
      () => provider.awareness.off("change", onAwareness),
      () => window.removeEventListener("online", onOnline),
      () => window.removeEventListener("offline", onOffline),
    );
  }

  private terminate(code: number): void {
    this.dispatch({ type: "terminated", code });
    this.provider.disconnect();
  }

  private runDiagnosis(): void {
    const now = Date.now();
    if (!this.diagnose || !this.snapshot.connection.browserOnline || now < this.nextDiagnosisAt) return;
    this.nextDiagnosisAt = Number.POSITIVE_INFINITY; // one check at a time
    this.diagnose().then(
      (code) => {
        this.nextDiagnosisAt = Date.now() + DIAGNOSIS_INTERVAL_MS;
        if (code !== null && !this.destroyed && this.snapshot.connection.socket !== "connected") this.terminate(code);
      },
      () => {
        // HTTP fails too: the server is down or restarting; ask again soon.
        this.nextDiagnosisAt = Date.now() + DIAGNOSIS_RETRY_MS;
      },
    );
  }

  private scheduleProbe(delay: number): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => this.sendProbe(), delay);
  }

  /** Asks the server for its state; its answer proves everything sent before is stored. */
  private sendProbe(): void {
    this.probeTimer = undefined;
    const ws = this.provider.ws;
    if (!this.tracker.needsProbe || !this.provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) return;
    ws.send(encodeSyncStep1Frame(Y.encodeStateVector(this.doc)));
    this.tracker.probeSent();
  }

  /**
   * Awareness changes with every caret move of anyone (dozens a second while people type); the
   * page re-renders only when who is here changed.
   */
  private refreshUsers(): void {
    const users = presentUsers(this.provider.awareness.getStates(), this.user.id);
    if (!samePresentUsers(users, this.snapshot.users)) this.update({ users });
  }

  private dispatch(event: ConnectionEvent): void {
    const next = reduceConnection(this.snapshot.connection, event);
    if (next !== this.snapshot.connection) this.update({ connection: next });
  }

  private update(patch: Partial<CollabSnapshot>): void {
    if (this.destroyed) return;
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
