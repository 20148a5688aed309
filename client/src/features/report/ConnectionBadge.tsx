import type { ReactNode } from "react";
import type { ConnectionStatus } from "../../collab/connectionStatus.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { AlertIcon, CheckIcon, CloudOffIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";

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

/** The document's save/connection state in one word, with an explanation on hover and for screen readers. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const t = useT();
  const detail = t(DETAIL[status]);
  return (
    <div className={`connection connection--${status}`} title={detail}>
      <span className="connection__icon" aria-hidden="true">
        {statusIcon(status)}
      </span>
      {/* Only the short word is live: it flips between Saved and Syncing… while typing. */}
      <span className="connection__label" role="status">
        {t(LABEL[status])}
      </span>
      <span className="visually-hidden">{detail}</span>
    </div>
  );
}
