import { useEffect, useRef } from "react";
import { Link, useLocation } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { BellIcon } from "../../ui/icons.tsx";
import { useInbox } from "./useInbox.ts";
import "./notifications.css";

/**
 * The top bar's way to the inbox: a bell with the unread count, named "Notifications, 3 unread"
 * and kept live by the user's inbox document; a new notification is also said once.
 */
export function NotificationsBell() {
  const t = useT();
  const announce = useAnnounce();
  const { pathname } = useLocation();
  const { unread, synced } = useInbox();
  const previous = useRef<number | null>(null);

  // What was unread when the page opened is not news: only a rise after the first sync is said.
  useEffect(() => {
    if (!synced) return;
    if (previous.current !== null && unread > previous.current) announce(t("notifications.arrived", { count: unread }));
    previous.current = unread;
  }, [unread, synced, announce, t]);

  const label = unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell");
  return (
    <Link to={paths.inbox()} className="topbar__bell" aria-label={label} aria-current={pathname === paths.inbox() ? "page" : undefined} data-testid="notifications-bell">
      <BellIcon size={20} />
      {unread > 0 ? (
        <span className="topbar__bell-count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
