import { passwordSchema } from "@review/shared";
import { useState, type FormEvent } from "react";
import { resetPassword } from "../../api/account.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { AuthLayout } from "../../ui/AuthLayout.tsx";

/** The page an administrator's reset link opens: set a new password, then sign in with it. */
export function ResetPasswordPage({ token }: { token: string }) {
  const t = useT();
  useDocumentTitle(t("account.reset.title"));
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [state, setState] = useState<{ kind: "idle" | "saving" | "done" } | { kind: "failed"; message: string }>({ kind: "idle" });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: { password?: string; repeat?: string } = {};
    if (!passwordSchema.safeParse(password).success) found.password = t("account.password.tooShort");
    else if (password !== repeat) found.repeat = t("account.password.mismatch");
    setErrors(found);
    if (found.password || found.repeat) return;
    setState({ kind: "saving" });
    try {
      await resetPassword({ token, newPassword: password });
      setState({ kind: "done" });
    } catch (caught) {
      setState({ kind: "failed", message: describeError(t, caught) });
    }
  };

  return (
    <AuthLayout>
      <h1 className="auth__title">{t("account.reset.title")}</h1>
      {state.kind === "done" ? (
        <>
          <Alert tone="success" live="status" title={t("account.reset.done")}>
            {t("account.reset.doneText")}
          </Alert>
          <Link to={paths.signIn()} className="button button--primary button--block button--large">
            {t("account.reset.toSignIn")}
          </Link>
        </>
      ) : (
        <>
          <p className="auth__lede">{t("account.reset.lede")}</p>
          <form className="auth__form" noValidate onSubmit={onSubmit} aria-busy={state.kind === "saving"}>
            <TextField
              label={t("account.password.next")}
              hint={t("account.password.hint")}
              type="password"
              name="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={errors.password}
              autoFocus
            />
            <TextField label={t("account.password.repeat")} type="password" name="repeat" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} error={errors.repeat} />
            {state.kind === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
            <button type="submit" className="button button--primary button--block button--large" disabled={state.kind === "saving"}>
              {state.kind === "saving" ? <Spinner size={16} /> : null}
              {t("account.reset.submit")}
            </button>
          </form>
        </>
      )}
    </AuthLayout>
  );
}
