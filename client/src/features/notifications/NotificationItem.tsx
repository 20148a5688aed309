import { notificationPath, type Notification } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { formatRelativeTime } from "../../i18n/dates.ts";

/** What happened, in one sentence of the reader's language. */
function useHeadline(notification: Notification): string {
  const { t } = useI18n();
  const payload = notification.payload;
  const actor = payload.actorName || t("a11y.remote.someone");
  switch (payload.kind) {
    case "mention":
      return t("notifications.kind.mention", { name: actor, title: payload.title });
    case "reply":
      return t("notifications.kind.reply", { name: actor, title: payload.title });
    case "invitation":
      return t("notifications.kind.invitation", { name: actor, title: payload.title, role: t(`role.${payload.role}`) });
    case "report_status":
      return t("notifications.kind.report_status", { name: actor, title: payload.title, status: t(`workflow.status.${payload.status}`) });
    case "recommendation_decision":
      return t("notifications.kind.recommendation_decision", { name: actor, title: payload.title, decision: t(`workflow.decisions.${payload.decision}`) });
  }
}

/** One entry of the inbox: a link to where it happened, marked read when followed. */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (notification: Notification) => void }) {
  const { t, locale } = useI18n();
  const headline = useHeadline(notification);
  const unread = notification.readAt === null;
  const excerpt = notification.payload.kind === "mention" || notification.payload.kind === "reply" ? notification.payload.excerpt : null;
  return (
    <li className={`inbox-item${unread ? " inbox-item--unread" : ""}`}>
      <Link to={notificationPath(notification.payload)} className="inbox-item__link" onClick={() => onOpen(notification)}>
        {unread ? <span className="inbox-item__dot" aria-hidden="true" /> : null}
        <span className="inbox-item__text">
          <span className="inbox-item__headline">
            {unread ? <span className="visually-hidden">{t("notifications.unreadMark")} </span> : null}
            {headline}
          </span>
          {excerpt ? <span className="inbox-item__excerpt">“{excerpt}”</span> : null}
          <span className="inbox-item__time">{formatRelativeTime(locale, notification.createdAt, new Date())}</span>
        </span>
      </Link>
    </li>
  );
}
