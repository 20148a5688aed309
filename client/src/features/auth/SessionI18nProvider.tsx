import type { ReactNode } from "react";
import { updateMyLocale } from "../../api/me.ts";
import { I18nProvider } from "../../i18n/I18nProvider.tsx";
import { useSession } from "../../app/SessionProvider.tsx";

/** The i18n layer tied to the session: the signed-in user's language is taken, and a new choice is saved on the account. */
export function SessionI18nProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const user = session.status === "signedIn" ? session.user : null;
  return (
    <I18nProvider account={user ? { id: user.id, locale: user.locale } : null} saveLocale={user ? updateMyLocale : undefined}>
      {children}
    </I18nProvider>
  );
}
