import { changePasswordRequestSchema } from "@review/shared";
import { useState, type FormEvent } from "react";
import { changePassword } from "../../api/account.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import "../../ui/panel.css";

type Errors = { current?: string; next?: string; repeat?: string };

/** Changes the password; every other device is signed out, this one stays signed in. */
export function PasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "failed"; message: string }>({ kind: "idle" });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!current) found.current = t("account.password.currentRequired");
    const parsed = changePasswordRequestSchema.safeParse({ currentPassword: current, newPassword: next });
    if (!parsed.success && !found.current) found.next = t("account.password.tooShort");
    if (next !== repeat) found.repeat = t("account.password.mismatch");
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) {
      const first = (["current", "next", "repeat"] as const).find((field) => found[field]);
      if (first) document.querySelector<HTMLInputElement>(`.account-password input[name=${first}]`)?.focus();
      return;
    }
    setState({ kind: "saving" });
    try {
      await changePassword(parsed.data);
      setCurrent("");
      setNext("");
      setRepeat("");
      setState({ kind: "saved" });
    } catch (caught) {
      setState({ kind: "failed", message: describeError(t, caught) });
    }
  };

  return (
    <form className="panel account-form account-password" aria-labelledby="account-password-heading" noValidate onSubmit={onSubmit}>
      <header className="panel__header">
        <h2 className="panel__title" id="account-password-heading">
          {t("account.password.heading")}
        </h2>
      </header>
      <p className="panel__lede">{t("account.password.lede")}</p>
      <TextField name="current" type="password" autoComplete="current-password" label={t("account.password.current")} value={current} error={errors.current} onChange={(event) => setCurrent(event.target.value)} />
      <TextField name="next" type="password" autoComplete="new-password" label={t("account.password.next")} hint={t("account.password.hint")} value={next} error={errors.next} onChange={(event) => setNext(event.target.value)} />
      <TextField name="repeat" type="password" autoComplete="new-password" label={t("account.password.repeat")} value={repeat} error={errors.repeat} onChange={(event) => setRepeat(event.target.value)} />
      {state.kind === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="account-form__actions">
        <button type="submit" className="button button--primary" disabled={state.kind === "saving"}>
          {state.kind === "saving" ? <Spinner size={16} /> : null}
          {t("account.password.save")}
        </button>
        <p className="account-form__status" role="status">
          {state.kind === "saved" ? t("account.password.saved") : ""}
        </p>
      </div>
    </form>
  );
}
