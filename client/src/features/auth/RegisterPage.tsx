import { isLocaleCode, passwordSchema, registerRequestSchema } from "@review/shared";
import { useEffect, useState, type FormEvent } from "react";
import { register } from "../../api/auth.ts";
import { describeError } from "../../app/errorText.ts";
import { Link, navigate } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useI18n, type T } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { roleLabelKey } from "../../ui/roles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues, type FieldIssue } from "../../ui/validation.ts";
import { InvitationSummary, useInvitationPreview } from "../invitations/index.ts";
import { AuthLayout } from "../../ui/AuthLayout.tsx";
import { useSession } from "../../app/SessionProvider.tsx";
import { focusWhenReady } from "../../ui/focus/index.ts";

type Field = "name" | "email" | "password";

const MIN_PASSWORD = passwordSchema.minLength ?? 10;

function issueText(t: T, field: Field, issue: FieldIssue): string {
  if (issue.kind === "tooLong") return t("validation.tooLong", { max: issue.maximum });
  if (field === "password") return t("validation.passwordTooShort", { min: MIN_PASSWORD });
  if (field === "email") return issue.kind === "required" ? t("validation.emailRequired") : t("validation.emailInvalid");
  return t("validation.nameRequired");
}

/**
 * Registration. With an invitation (`?invitation=<code>`), it shows what the
 * invitation offers, fills in the address it is bound to, and the new account
 * joins the review at once (on an invite-only network it is the only way in).
 */
export function RegisterPage({ next, invitation = null }: { next: string; invitation?: string | null }) {
  const { t, locale } = useI18n();
  useDocumentTitle(t("auth.register.title"));
  const { signedIn } = useSession();
  const { state: preview } = useInvitationPreview(invitation);
  const boundEmail = preview.status === "loaded" ? preview.invitation.email : null;
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");

  useEffect(() => {
    // The invitation is for one address: the account must use it.
    if (boundEmail) setEmail(boundEmail);
  }, [boundEmail]);
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    // The account starts in the language the page is shown in.
    const parsed = registerRequestSchema.safeParse({
      name,
      email,
      password,
      ...(invitation ? { invitation } : {}),
      ...(isLocaleCode(locale) ? { locale } : {}),
    });
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      const found: Partial<Record<Field, string>> = {};
      for (const field of ["name", "email", "password"] as const) {
        const issue = field === "email" && !email.trim() ? ({ kind: "required" } as const) : issues[field];
        if (issue) found[field] = issueText(t, field, issue);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const { user, reviewId } = await register(parsed.data);
      // Joined through the invitation: go to the review, not back to the (now used) invitation page.
      if (reviewId) navigate(paths.register(paths.review(reviewId)), { replace: true });
      signedIn(user);
      // The form goes away: focus lands on the heading of the page the app opens next.
      focusWhenReady(".shell__main h1", { timeout: 15_000, onlyIfLost: true });
    } catch (caught) {
      setFormError(describeError(t, caught));
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout>
      <h1 className="auth__title">{t("auth.register.title")}</h1>
      <p className="auth__lede">
        {preview.status === "loaded" && invitation ? t("invite.register.lede", { role: t(roleLabelKey[preview.invitation.role]) }) : t("auth.register.lede")}
      </p>
      {invitation && preview.status === "loaded" ? (
        <div className="register-invitation">
          <InvitationSummary invitation={preview.invitation} />
        </div>
      ) : null}
      {invitation && preview.status === "invalid" ? (
        <Alert tone="warning" title={t("invite.page.invalid.title")}>
          {t("invite.register.invalid")}
        </Alert>
      ) : null}
      <form className="auth__form" noValidate onSubmit={onSubmit} aria-busy={submitting}>
        <TextField
          label={t("auth.name")}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          disabled={submitting}
          required
          autoFocus
        />
        <TextField
          label={t("auth.email")}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          hint={boundEmail ? t("invite.register.boundEmail") : undefined}
          readOnly={boundEmail !== null}
          disabled={submitting}
          required
        />
        <TextField
          label={t("auth.password")}
          type="password"
          name="password"
          autoComplete="new-password"
          hint={t("auth.register.passwordHint", { min: MIN_PASSWORD })}
          minLength={MIN_PASSWORD}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          disabled={submitting}
          required
        />
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <button type="submit" className="button button--primary button--block button--large" disabled={submitting}>
          {submitting ? <Spinner size={16} /> : null}
          {submitting ? t("auth.register.submitting") : t("auth.register.submit")}
        </button>
      </form>
      <p className="auth__switch">
        {t("auth.register.haveAccount")} <Link to={paths.signIn(invitation && next === "/" ? paths.invitation(invitation) : next)}>{t("auth.register.toSignIn")}</Link>
      </p>
    </AuthLayout>
  );
}
