import { useEffect, useRef, type ReactNode } from "react";
import type { ConnectionStatus } from "../collab/connectionStatus.ts";
import { useT } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";
import { AlertIcon, CheckIcon, CloudOffIcon, RefreshIcon } from "./icons.tsx";
import { Spinner } from "./Spinner.tsx";
import { useAnnounce } from "./announcer/index.ts";
import "./collabStatus.css";

const LABEL: Record<ConnectionStatus, MessageKey> = {
  connecting: "collab.status.connecting",
  syncing: "collab.status.syncing",
  saved: "collab.status.saved",
  live: "collab.status.live",
  reconnecting: "collab.status.reconnecting",
  offline: "collab.status.offline",
  signedOut: "collab.status.signedOut",
  forbidden: "collab.status.forbidden",
  notFound: "collab.status.notFound",
  tooManyConnections: "collab.status.tooManyConnections",
  slowedDown: "collab.status.slowedDown",
  tooLarge: "collab.status.tooLarge",
};

const DETAIL: Record<ConnectionStatus, MessageKey> = {
  connecting: "collab.status.connecting.detail",
  syncing: "collab.status.syncing.detail",
  saved: "collab.status.saved.detail",
  live: "collab.status.live.detail",
  reconnecting: "collab.status.reconnecting.detail",
  offline: "collab.status.offline.detail",
  signedOut: "collab.status.signedOut.detail",
  forbidden: "collab.status.forbidden.detail",
  notFound: "collab.status.notFound.detail",
  tooManyConnections: "collab.status.tooManyConnections.detail",
  slowedDown: "collab.status.slowedDown.detail",
  tooLarge: "collab.status.tooLarge.detail",
};

function statusIcon(status: ConnectionStatus): ReactNode {
  switch (status) {
    case "saved":
      return <CheckIcon size={16} />;
    case "live":
      return <span className="connection__pulse" />;
    case "syncing":
      // Still: it shows while someone types, and a spinning icon would keep the browser drawing
      // frames on a fixed beat, each key then waiting up to 17 ms for the next one to be painted.
      return <RefreshIcon size={14} />;
    case "offline":
      return <CloudOffIcon size={16} />;
    case "signedOut":
    case "forbidden":
    case "notFound":
    case "tooManyConnections":
    case "slowedDown":
    case "tooLarge":
      return <AlertIcon size={16} />;
    default:
      return <Spinner size={14} />;
  }
}

/** States in which edits can no longer be saved: said at once. */
const FAILED: ReadonlySet<ConnectionStatus> = new Set(["signedOut", "forbidden", "notFound", "tooLarge"]);

/**
 * What a screen reader hears of the badge: only going offline, coming back, and a save that
 * failed. The flips between Syncing… and Saved while typing stay silent.
 */
function useConnectionAnnouncements(status: ConnectionStatus): void {
  const t = useT();
  const announce = useAnnounce();
  const previous = useRef(status);
  const wasOffline = useRef(false);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (status === before) return;
    if (status === "offline") {
      wasOffline.current = true;
      announce(t("a11y.connection.offline"), "assertive");
    } else if (FAILED.has(status)) {
      announce(t("a11y.connection.failed", { reason: t(DETAIL[status]) }), "assertive");
    } else if (wasOffline.current && (status === "saved" || status === "live")) {
      wasOffline.current = false;
      announce(t("a11y.connection.online"));
    }
  }, [status, t, announce]);
}

/** The document's save/connection state in one word, with an explanation on hover and for screen readers. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const t = useT();
  useConnectionAnnouncements(status);
  const detail = t(DETAIL[status]);
  return (
    <div className={`connection connection--${status}`} title={detail}>
      <span className="connection__icon" aria-hidden="true">
        {statusIcon(status)}
      </span>
      {/* Not a live region: it flips between Saved and Syncing… with every keystroke (see useConnectionAnnouncements). */}
      <span className="connection__label">
        {t(LABEL[status])}
      </span>
      <span className="visually-hidden">{detail}</span>
    </div>
  );
}
