import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useCurrentUser, useSession } from "../../app/SessionProvider.tsx";
import { NotificationSettingsForm } from "../notifications/index.ts";
import { PasswordForm } from "./PasswordForm.tsx";
import { ProfileForm } from "./ProfileForm.tsx";
import "./account.css";

/** The signed-in user's own account: profile, language and password. */
export function AccountPage() {
  const t = useT();
  useDocumentTitle(t("account.title"));
  const user = useCurrentUser();
  const { signedIn } = useSession();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("account.title")}</h1>
          <p className="page-header__lede">{t("account.lede", { email: user.email })}</p>
        </div>
      </header>
      <div className="account-layout">
        <ProfileForm user={user} onSaved={signedIn} />
        <PasswordForm />
        <NotificationSettingsForm />
      </div>
    </div>
  );
}
