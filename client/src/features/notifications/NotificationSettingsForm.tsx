import { useEffect, useState } from "react";
import { getNotificationSettings, saveNotificationSettings } from "../../api/notifications.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import "./notifications.css";

type State = { kind: "loading" } | { kind: "ready"; email: boolean; saved: boolean } | { kind: "failed"; message: string; email: boolean };

/** On the account page: whether notifications also arrive by e-mail (saved as soon as it is switched). */
export function NotificationSettingsForm() {
  const t = useT();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    getNotificationSettings().then(
      (settings) => live && setState({ kind: "ready", email: settings.email, saved: false }),
      (error: unknown) => live && setState({ kind: "failed", message: describeError(t, error), email: true }),
    );
    return () => {
      live = false;
    };
  }, [t]);

  const onChange = async (email: boolean) => {
    setState({ kind: "ready", email, saved: false });
    try {
      const saved = await saveNotificationSettings({ email });
      setState({ kind: "ready", email: saved.email, saved: true });
    } catch (error) {
      setState({ kind: "failed", message: describeError(t, error), email: !email });
    }
  };

  const email = state.kind === "loading" ? true : state.email;
  return (
    <section className="panel account-form" aria-labelledby="account-notifications-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="account-notifications-heading">
          {t("notifications.settings.heading")}
        </h2>
      </header>
      <p className="panel__lede">{t("notifications.settings.lede")}</p>
      <label className="notification-setting">
        <input type="checkbox" name="emailNotifications" checked={email} disabled={state.kind === "loading"} onChange={(event) => void onChange(event.target.checked)} />
        {t("notifications.settings.email")}
      </label>
      {state.kind === "failed" ? <Alert tone="error">{state.message}</Alert> : null}
      <p className="account-form__status" role="status">
        {state.kind === "ready" && state.saved ? t(state.email ? "notifications.settings.savedOn" : "notifications.settings.savedOff") : ""}
      </p>
    </section>
  );
}
