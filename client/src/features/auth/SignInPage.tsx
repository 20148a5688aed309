import { loginRequestSchema } from "@review/shared";
import { useRef, useState, type FormEvent } from "react";
import { login } from "../../api/auth.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues } from "../../ui/validation.ts";
import { AuthLayout } from "../../ui/AuthLayout.tsx";
import { DemoAccounts } from "./DemoAccounts.tsx";
import { useSession } from "../../app/SessionProvider.tsx";
import { usePublicConfig } from "./usePublicConfig.ts";
import { focusWhenReady } from "../../ui/focus/index.ts";

type Errors = { email?: string; password?: string };

export function SignInPage({ next }: { next: string }) {
  const t = useT();
  useDocumentTitle(t("auth.signIn.title"));
  const { session, signedIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const expired = session.status === "signedOut" && session.expired;
  const submitButton = useRef<HTMLButtonElement>(null);

  const validate = (): Errors => {
    const found: Errors = {};
    if (!email.trim()) found.email = t("validation.emailRequired");
    if (!password) found.password = t("validation.passwordRequired");
    if (found.email || found.password) return found;
    const parsed = loginRequestSchema.safeParse({ email, password });
    if (!parsed.success && fieldIssues(parsed.error).email) found.email = t("validation.emailInvalid");
    return found;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFormError(null);
    if (found.email || found.password) return;
    setSubmitting(true);
    try {
      signedIn(await login(loginRequestSchema.parse({ email, password })));
      // The form goes away: focus lands on the heading of the page the app opens next.
      focusWhenReady(".shell__main h1", { timeout: 15_000, onlyIfLost: true });
    } catch (caught) {
      setFormError(describeError(t, caught));
      setSubmitting(false);
    }
  };

  const config = usePublicConfig();

  const fillDemoAccount = (demoEmail: string, demoPassword: string) => {
    setEmail(demoEmail);
    setPassword(demoPassword);
    setErrors({});
    setFormError(null);
    // The form is complete: Enter (or Space) now signs in.
    submitButton.current?.focus();
  };

  return (
    <AuthLayout aside={config?.demo ? <DemoAccounts demo={config.demo} onUse={fillDemoAccount} /> : undefined}>
      <h1 className="auth__title">{t("auth.signIn.title")}</h1>
      <p className="auth__lede">{t("auth.signIn.lede")}</p>
      {expired ? (
        <Alert tone="info" live="status" title={t("auth.expired.title")}>
          {t("auth.expired.text")}
        </Alert>
      ) : null}
      <form className="auth__form" noValidate onSubmit={onSubmit} aria-busy={submitting}>
        <TextField
          label={t("auth.email")}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          disabled={submitting}
          required
          autoFocus
        />
        <TextField
          label={t("auth.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          disabled={submitting}
          required
        />
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <button ref={submitButton} type="submit" className="button button--primary button--block button--large" disabled={submitting}>
          {submitting ? <Spinner size={16} /> : null}
          {submitting ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
        </button>
      </form>
      <p className="auth__switch">
        {t("auth.signIn.noAccount")} <Link to={paths.register(next)}>{t("auth.signIn.toRegister")}</Link>
      </p>
    </AuthLayout>
  );
}
