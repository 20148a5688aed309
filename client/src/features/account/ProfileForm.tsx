import { USER_COLORS, updateProfileRequestSchema, type User } from "@review/shared";
import { useId, useState, type FormEvent } from "react";
import { updateProfile } from "../../api/account.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LanguageSelect } from "../../i18n/LanguageSelect.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import "../../ui/panel.css";

/** Name and colour (what others see on carets and avatars), and the language. */
export function ProfileForm({ user, onSaved }: { user: User; onSaved: (user: User) => void }) {
  const t = useT();
  const colorLegend = useId();
  const [name, setName] = useState(user.name);
  const [color, setColor] = useState(user.color);
  const [nameError, setNameError] = useState<string | undefined>(undefined);
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "failed"; message: string }>({ kind: "idle" });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = updateProfileRequestSchema.safeParse({ name, color });
    if (!parsed.success) {
      setNameError(t("account.profile.nameRequired"));
      return;
    }
    setNameError(undefined);
    setState({ kind: "saving" });
    try {
      onSaved(await updateProfile(parsed.data));
      setState({ kind: "saved" });
    } catch (caught) {
      setState({ kind: "failed", message: describeError(t, caught) });
    }
  };

  return (
    <form className="panel account-form" aria-labelledby="account-profile-heading" noValidate onSubmit={onSubmit}>
      <header className="panel__header">
        <h2 className="panel__title" id="account-profile-heading">
          {t("account.profile.heading")}
        </h2>
      </header>
      <div className="account-form__preview">
        <Avatar name={name.trim() || user.name} color={color} />
        <span>{t("account.profile.preview")}</span>
      </div>
      <TextField name="name" label={t("account.profile.name")} value={name} autoComplete="name" maxLength={80} error={nameError} onChange={(event) => setName(event.target.value)} />
      <fieldset className="account-colors" aria-describedby={`${colorLegend}-hint`}>
        <legend className="field__label">{t("account.profile.color")}</legend>
        <p className="field__hint" id={`${colorLegend}-hint`}>
          {t("account.profile.colorHint")}
        </p>
        <div className="account-colors__options">
          {USER_COLORS.map((option, index) => (
            <label key={option} className="account-color">
              <input type="radio" name="color" value={option} checked={color === option} onChange={() => setColor(option)} />
              <span className="account-color__swatch" style={{ background: option }} aria-hidden="true" />
              <span className="visually-hidden">{t("account.profile.colorOption", { number: index + 1 })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="account-form__language">
        <LanguageSelect />
      </div>
      {state.kind === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="account-form__actions">
        <button type="submit" className="button button--primary" disabled={state.kind === "saving"}>
          {state.kind === "saving" ? <Spinner size={16} /> : null}
          {t("account.profile.save")}
        </button>
        <p className="account-form__status" role="status">
          {state.kind === "saved" ? t("account.profile.saved") : ""}
        </p>
      </div>
    </form>
  );
}
