import type { NotificationSettings } from "@review/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { getNotificationSettings, saveNotificationSettings } from "../../api/notifications.ts";
import { describeError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import "../../ui/panel.css";
import "./notifications.css";

type SaveState = { kind: "idle" } | { kind: "saved" } | { kind: "failed"; message: string };

/** On the account page: whether notifications also arrive by e-mail (saved as soon as it is switched). */
export function NotificationSettingsForm() {
  const t = useT();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: queryKeys.notificationSettings(), queryFn: getNotificationSettings });
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const setEmail = (email: boolean) => queryClient.setQueryData<NotificationSettings>(queryKeys.notificationSettings(), { email });

  const onChange = async (email: boolean) => {
    setEmail(email);
    setSave({ kind: "idle" });
    try {
      setEmail((await saveNotificationSettings({ email })).email);
      setSave({ kind: "saved" });
    } catch (error) {
      setEmail(!email);
      setSave({ kind: "failed", message: describeError(t, error) });
    }
  };

  const loading = settings.isPending;
  // Unknown (still loading, or the load failed): shown as on, the default.
  const email = settings.data?.email ?? true;
  const failure = save.kind === "failed" ? save.message : settings.isError && !settings.data ? describeError(t, settings.error) : null;
  return (
    <section className="panel account-form" aria-labelledby="account-notifications-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="account-notifications-heading">
          {t("notifications.settings.heading")}
        </h2>
      </header>
      <p className="panel__lede">{t("notifications.settings.lede")}</p>
      <label className="notification-setting">
        <input type="checkbox" name="emailNotifications" checked={email} disabled={loading} onChange={(event) => void onChange(event.target.checked)} />
        {t("notifications.settings.email")}
      </label>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <p className="account-form__status" role="status">
        {save.kind === "saved" ? t(email ? "notifications.settings.savedOn" : "notifications.settings.savedOff") : ""}
      </p>
    </section>
  );
}
