import { useCallback, useEffect, useState } from "react";
import type { Notification } from "@review/shared";
import { listNotifications, markNotificationsRead } from "../../api/notifications.ts";
import { describeError } from "../../app/errorText.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { NotificationItem } from "./NotificationItem.tsx";
import { useInbox } from "./useInbox.ts";
import "./notifications.css";

type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; items: Notification[]; next: string | null };

/** `/inbox`: the user's notifications, newest first; fetched again whenever the inbox document moves. */
export function InboxPage() {
  const t = useT();
  useDocumentTitle(t("notifications.title"));
  const { unread, changed } = useInbox();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listNotifications().then(
      (page) => live && setState({ kind: "ready", items: page.notifications, next: page.next }),
      (error: unknown) => live && setState({ kind: "failed", message: describeError(t, error) }),
    );
    return () => {
      live = false;
    };
  }, [changed, t]);

  const loadMore = async () => {
    if (state.kind !== "ready" || !state.next) return;
    setBusy(true);
    try {
      const page = await listNotifications(state.next);
      setState({ kind: "ready", items: [...state.items, ...page.notifications], next: page.next });
    } catch (error) {
      setState({ kind: "failed", message: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const markAll = async () => {
    setBusy(true);
    try {
      await markNotificationsRead({ all: true });
    } catch (error) {
      setState({ kind: "failed", message: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const onOpen = useCallback((notification: Notification) => {
    if (notification.readAt === null) void markNotificationsRead({ ids: [notification.id] }).catch(() => {});
  }, []);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("notifications.title")}</h1>
          <p className="page-header__lede">{unread > 0 ? t("notifications.unreadCount", { count: unread }) : t("notifications.allRead")}</p>
        </div>
        <div>
          <button type="button" className="button button--secondary" onClick={markAll} disabled={busy || unread === 0}>
            {t("notifications.markAll")}
          </button>
        </div>
      </header>
      {state.kind === "loading" ? <Spinner size={24} /> : null}
      {state.kind === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.kind === "ready" ? (
        state.items.length === 0 ? (
          <p className="inbox-empty">{t("notifications.empty")}</p>
        ) : (
          <>
            <ul className="inbox-list" aria-label={t("notifications.title")}>
              {state.items.map((item) => (
                <NotificationItem key={item.id} notification={item} onOpen={onOpen} />
              ))}
            </ul>
            {state.next ? (
              <button type="button" className="button button--secondary inbox-more" onClick={loadMore} disabled={busy}>
                {t("notifications.more")}
              </button>
            ) : null}
          </>
        )
      ) : null}
    </div>
  );
}
