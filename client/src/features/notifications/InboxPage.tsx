import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Notification } from "@review/shared";
import { listNotifications, markNotificationsRead } from "../../api/notifications.ts";
import { describeError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { NotificationItem } from "./NotificationItem.tsx";
import { useInbox } from "./useInbox.ts";
import "./notifications.css";

/** `/inbox`: the user's notifications, newest first; fetched again whenever the inbox document moves. */
export function InboxPage() {
  const t = useT();
  useDocumentTitle(t("notifications.title"));
  const { unread, changed } = useInbox();
  // Keyed by the inbox's change count: each move starts again from the newest page, the older list shown meanwhile.
  const list = useInfiniteQuery({
    queryKey: queryKeys.notifications(changed),
    queryFn: ({ pageParam }) => listNotifications(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
    placeholderData: keepPreviousData,
  });
  const [marking, setMarking] = useState(false);
  const [markFailed, setMarkFailed] = useState<unknown>(null);
  const busy = marking || list.isFetchingNextPage;
  const items = list.data?.pages.flatMap((page) => page.notifications);
  const failure = list.isError ? list.error : markFailed;

  const markAll = async () => {
    setMarking(true);
    setMarkFailed(null);
    try {
      await markNotificationsRead({ all: true });
    } catch (error) {
      setMarkFailed(error);
    } finally {
      setMarking(false);
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
      {failure === null && !items ? <Spinner size={24} /> : null}
      {failure !== null ? <Alert tone="error">{describeError(t, failure)}</Alert> : null}
      {failure === null && items ? (
        items.length === 0 ? (
          <p className="inbox-empty">{t("notifications.empty")}</p>
        ) : (
          <>
            <ul className="inbox-list" aria-label={t("notifications.title")}>
              {items.map((item) => (
                <NotificationItem key={item.id} notification={item} onOpen={onOpen} />
              ))}
            </ul>
            {list.hasNextPage ? (
              <button type="button" className="button button--secondary inbox-more" onClick={() => void list.fetchNextPage()} disabled={busy}>
                {t("notifications.more")}
              </button>
            ) : null}
          </>
        )
      ) : null}
    </div>
  );
}
