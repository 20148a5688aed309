import type { InvitationPreview } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { acceptInvitation } from "../../api/invitations.ts";
import { describeError } from "../../app/errorText.ts";
import { Link, navigate } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { AlertIcon } from "../../ui/icons.tsx";
import { roleLabelKey } from "../../ui/roles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { AuthLayout } from "../../ui/AuthLayout.tsx";
import { useSession } from "../../app/SessionProvider.tsx";
import { InvitationSummary } from "./InvitationSummary.tsx";
import { useInvitationPreview } from "./useInvitationPreview.ts";
import "./invitations.css";

/**
 * Where an invitation link leads, signed in or not: what the invitation offers,
 * then "Join review" for a signed-in person, or "Create account" / "Sign in" for a newcomer.
 */
export function InvitationPage({ code }: { code: string }) {
  const t = useT();
  const { session } = useSession();
  const { state, retry } = useInvitationPreview(code);
  useDocumentTitle(t("invite.page.documentTitle"));

  let body;
  if (state.status === "loading") {
    body = (
      <div className="invitation-page__loading">
        <Spinner label={t("invite.page.loading")} size={24} />
      </div>
    );
  } else if (state.status === "invalid") {
    body = (
      <div className="invitation-page__invalid">
        <span className="invitation-page__invalid-icon" aria-hidden="true">
          <AlertIcon size={24} />
        </span>
        <h1 className="auth__title">{t("invite.page.invalid.title")}</h1>
        <p className="auth__lede">{t("invite.page.invalid.text")}</p>
        <Link
          to={session.status === "signedIn" ? paths.reviews() : paths.signIn()}
          className="button button--secondary button--block"
        >
          {session.status === "signedIn" ? t("notFound.home") : t("auth.signIn.title")}
        </Link>
      </div>
    );
  } else if (state.status === "failed") {
    body = (
      <LoadFailed title={t("invite.page.failed")} error={state.error} onRetry={retry} />
    );
  } else {
    body = session.status === "signedIn" ? (
      <SignedInInvitation code={code} invitation={state.invitation} user={session.user} />
    ) : (
      <SignedOutInvitation code={code} invitation={state.invitation} />
    );
  }

  if (session.status === "signedIn") {
    return (
      <div className="page invitation-page">
        <div className="auth__card">{body}</div>
      </div>
    );
  }
  return <AuthLayout>{body}</AuthLayout>;
}

function Intro({ invitation }: { invitation: InvitationPreview }) {
  const t = useT();
  const role = t(roleLabelKey[invitation.role]);
  return (
    <>
      <h1 className="auth__title">{t("invite.page.title")}</h1>
      <p className="auth__lede">
        {invitation.invitedBy ? t("invite.page.lede", { name: invitation.invitedBy, role }) : t("invite.page.ledeAnonymous", { role })}
      </p>
      <InvitationSummary invitation={invitation} />
    </>
  );
}

function SignedOutInvitation({ code, invitation }: { code: string; invitation: InvitationPreview }) {
  const t = useT();
  const here = paths.invitation(code);
  return (
    <>
      <Intro invitation={invitation} />
      <div className="invitation-page__actions">
        <Link to={paths.register(here, code)} className="button button--primary button--block button--large">
          {t("invite.page.register")}
        </Link>
        <Link to={paths.signIn(here)} className="button button--secondary button--block button--large">
          {t("invite.page.signIn")}
        </Link>
      </div>
      <p className="invitation-page__note">{t("invite.page.signedOutNote")}</p>
    </>
  );
}

function SignedInInvitation({ code, invitation, user }: { code: string; invitation: InvitationPreview; user: { name: string; email: string } }) {
  const t = useT();
  const { signOut } = useSession();
  const queryClient = useQueryClient();
  const [joining, setJoining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const otherEmail = invitation.email !== null && invitation.email.toLowerCase() !== user.email.toLowerCase();

  const join = async () => {
    setJoining(true);
    setError(null);
    try {
      const reviewId = await acceptInvitation(code);
      // The invitation is used up, and the review joins My reviews.
      void queryClient.invalidateQueries({ queryKey: queryKeys.invitationPreview(code) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list() });
      navigate(paths.review(reviewId));
    } catch (caught) {
      setError(describeError(t, caught));
      setJoining(false);
    }
  };

  const switchAccount = async () => {
    await signOut();
    // Signed out, the invitation page offers "Sign in to accept" and "Create an account" for that address.
    if (otherEmail) navigate(paths.signIn(paths.invitation(code)));
  };

  return (
    <>
      <Intro invitation={invitation} />
      {otherEmail ? (
        <Alert tone="warning" title={t("invite.page.otherEmail.title")}>
          {t("invite.page.otherEmail.text", { email: invitation.email ?? "", current: user.email })}
        </Alert>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="invitation-page__actions">
        {otherEmail ? (
          <button type="button" className="button button--primary button--block button--large button--wrap" onClick={() => void switchAccount()}>
            {t("invite.page.otherEmail.action", { email: invitation.email ?? "" })}
          </button>
        ) : (
          <button type="button" className="button button--primary button--block button--large" onClick={join} disabled={joining}>
            {joining ? <Spinner size={16} /> : null}
            {joining ? t("invite.page.joining") : t("invite.page.join")}
          </button>
        )}
      </div>
      <p className="invitation-page__note">
        {t("invite.page.signedInAs", { name: user.name, email: user.email })}
        {otherEmail ? null : (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => void switchAccount()}>
              {t("invite.page.switchAccount")}
            </button>
          </>
        )}
      </p>
    </>
  );
}
