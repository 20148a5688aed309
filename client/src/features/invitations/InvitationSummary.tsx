import type { InvitationPreview } from "@review/shared";
import { useState } from "react";
import { formatRelativeTime } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { ClockIcon, FileTextIcon, MailIcon, UsersIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { roleDescriptionKey } from "../../ui/roles.ts";
import "./invitationSummary.css";

/** The review an invitation leads to, the role it gives, who sent it and until when it works. */
export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const { t, locale } = useI18n();
  const [now] = useState(() => new Date());
  return (
    <div className="invitation-summary">
      <div className="invitation-summary__review">
        <span className="invitation-summary__icon" aria-hidden="true">
          <FileTextIcon size={20} />
        </span>
        <div>
          <p className="invitation-summary__title">{invitation.reviewTitle}</p>
          <p className="invitation-summary__host">{t("review.hostProject", { project: invitation.hostProject })}</p>
        </div>
      </div>
      <dl className="invitation-summary__facts">
        <div>
          <dt>{t("invite.page.role")}</dt>
          <dd>
            <RoleBadge role={invitation.role} />
            <span className="invitation-summary__role-text">{t(roleDescriptionKey[invitation.role])}</span>
          </dd>
        </div>
        {invitation.invitedBy ? (
          <div>
            <dt>{t("invite.page.invitedBy")}</dt>
            <dd>
              <UsersIcon size={14} />
              {invitation.invitedBy}
            </dd>
          </div>
        ) : null}
        {invitation.email ? (
          <div>
            <dt>{t("invite.page.for")}</dt>
            <dd>
              <MailIcon size={14} />
              {invitation.email}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("invite.page.validity")}</dt>
          <dd>
            <ClockIcon size={14} />
            <time dateTime={invitation.expiresAt} title={new Date(invitation.expiresAt).toLocaleString(locale)}>
              {t("invite.expires", { when: formatRelativeTime(locale, invitation.expiresAt, now) })}
            </time>
          </dd>
        </div>
      </dl>
    </div>
  );
}
