import { REVIEW_ROLES, createInvitationRequestSchema, type Invitation, type ReviewDetail, type ReviewRole } from "@review/shared";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { createInvitation, listInvitations, withdrawInvitation } from "../../api/invitations.ts";
import { paths } from "../../app/routes.ts";
import { describeError, describeFieldError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { formatRelativeTime } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { CopyField } from "../../ui/CopyField.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { ClockIcon, LinkIcon, MailIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { roleDescriptionKey, roleLabelKey } from "../../ui/roles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import "../../ui/panel.css";

/** The full address of an invitation, to send to the person invited. */
export function invitationUrl(code: string, origin = window.location.origin): string {
  return `${origin}${paths.invitation(code)}`;
}

/** Moderators invite people by link: create one (for a role, optionally for one email), copy it, withdraw it. */
export function InvitationsPanel({ review }: { review: ReviewDetail }) {
  const { t } = useI18n();
  const { state, reload, update } = useLoad(queryKeys.reviews.invitations(review.id), () => listInvitations(review.id));
  const invitations = state.status === "loaded" ? state.data : null;
  const [created, setCreated] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const announce = useAnnounce();
  const listHeading = useRef<HTMLHeadingElement>(null);

  const onCreated = (invitation: Invitation) => {
    setCreated(invitation.id);
    update((current) => [invitation, ...current]);
  };

  const confirmWithdraw = async (): Promise<string | null> => {
    const invitation = withdrawing;
    if (!invitation) return null;
    try {
      await withdrawInvitation(review.id, invitation.id);
    } catch (caught) {
      return describeError(t, caught);
    }
    update((current) => current.filter((open) => open.id !== invitation.id));
    if (created === invitation.id) setCreated(null);
    announce(t("invite.withdrawn"));
    requestAnimationFrame(() => listHeading.current?.focus());
    return null;
  };

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="invitations-heading">
          {t("invite.title")}
        </h2>
        {invitations ? (
          <>
            <span className="panel__count" aria-hidden="true">
              {invitations.length}
            </span>
            <span className="visually-hidden">{t("invite.openCount", { count: invitations.length })}</span>
          </>
        ) : null}
      </header>
      <p className="panel__lede">{t("invite.lede")}</p>

      <CreateInvitationForm reviewId={review.id} onCreated={onCreated} />


      <div className="invitations">
        <h3 className="invitations__title" ref={listHeading} tabIndex={-1}>
          {t("invite.open")}
        </h3>
        {state.status === "loading" ? (
          <div className="invitations__loading">
            <Spinner size={18} label={t("invite.loading")} />
          </div>
        ) : null}
        {state.status === "failed" ? <LoadFailed title={t("invite.loadFailed")} error={state.error} onRetry={reload} /> : null}
        {invitations && invitations.length === 0 ? <p className="invitations__empty">{t("invite.none")}</p> : null}
        {invitations && invitations.length > 0 ? (
          <ul className="invitation-list">
            {invitations.map((invitation) => (
              <InvitationItem
                key={invitation.id}
                invitation={invitation}
                isNew={invitation.id === created}
                onWithdraw={() => setWithdrawing(invitation)}
              />
            ))}
          </ul>
        ) : null}
      </div>

      <ConfirmDialog
        open={withdrawing !== null}
        title={t("invite.withdrawConfirm.title")}
        confirmLabel={t("invite.withdraw")}
        busyLabel={t("invite.withdrawing")}
        onConfirm={confirmWithdraw}
        onClose={() => setWithdrawing(null)}
      >
        <p>{withdrawing ? t("invite.withdrawConfirm.text", { who: withdrawing.email ?? t("invite.anyone") }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}

function InvitationItem({ invitation, isNew, onWithdraw }: { invitation: Invitation; isNew: boolean; onWithdraw: () => void }) {
  const { t, locale } = useI18n();
  const item = useRef<HTMLLIElement>(null);
  const [now] = useState(() => new Date());

  useEffect(() => {
    // A new invitation: bring its link into view and put the Copy button under the keyboard.
    if (isNew) item.current?.querySelector<HTMLButtonElement>(".copy-field button")?.focus();
  }, [isNew]);

  const role = t(roleLabelKey[invitation.role]);
  return (
    <li ref={item} className={`invitation${isNew ? " invitation--new" : ""}`}>
      <div className="invitation__head">
        <RoleBadge role={invitation.role} />
        <span className="invitation__who">
          {invitation.email ? <MailIcon size={14} /> : <LinkIcon size={14} />}
          {invitation.email ?? t("invite.anyone")}
        </span>
        {isNew ? <span className="invitation__new">{t("invite.new")}</span> : null}
        <span className="invitation__expiry">
          <ClockIcon size={14} />
          <time dateTime={invitation.expiresAt} title={new Date(invitation.expiresAt).toLocaleString(locale)}>
            {t("invite.expires", { when: formatRelativeTime(locale, invitation.expiresAt, now) })}
          </time>
        </span>
      </div>
      <CopyField
        label={t("invite.linkFor", { role, who: invitation.email ?? t("invite.anyone") })}
        value={invitationUrl(invitation.code)}
        copyLabel={t("invite.copy")}
      />
      <div className="invitation__foot">
        <span className="invitation__code">
          {t("invite.code")} <code>{invitation.code}</code>
        </span>
        <button type="button" className="button button--ghost button--small" onClick={onWithdraw}>
          {t("invite.withdraw")}
        </button>
      </div>
    </li>
  );
}

type FormIssues = { email?: string; form?: string };

function CreateInvitationForm({ reviewId, onCreated }: { reviewId: string; onCreated: (invitation: Invitation) => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<ReviewRole>("peer");
  const [email, setEmail] = useState("");
  const [issues, setIssues] = useState<FormIssues>({});
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createInvitationRequestSchema.safeParse({ role, email: email.trim() ? email : undefined });
    if (!parsed.success) {
      setIssues({ email: t("validation.emailInvalid") });
      return;
    }
    setIssues({});
    setSubmitting(true);
    try {
      onCreated(await createInvitation(reviewId, parsed.data));
      setEmail("");
    } catch (caught) {
      const { field, text } = describeFieldError(t, caught, ["email"] as const);
      setIssues(field === "email" ? { email: text } : { form: text });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="invite-form" noValidate onSubmit={onSubmit} aria-label={t("invite.create")} aria-busy={submitting}>
      <div className="invite-form__fields">
        <SelectField
          label={t("invite.role")}
          name="role"
          value={role}
          hint={t(roleDescriptionKey[role])}
          onChange={(event) => setRole(event.target.value as ReviewRole)}
          options={REVIEW_ROLES.map((value) => ({ value, label: t(roleLabelKey[value]) }))}
          disabled={submitting}
        />
        <TextField
          label={t("invite.email")}
          hint={t("invite.emailHint")}
          type="email"
          name="invite-email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={issues.email}
          disabled={submitting}
        />
      </div>
      {issues.form ? <Alert tone="error">{issues.form}</Alert> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? <Spinner size={16} /> : <LinkIcon size={16} />}
          {submitting ? t("invite.creating") : t("invite.create")}
        </button>
      </div>
    </form>
  );
}
