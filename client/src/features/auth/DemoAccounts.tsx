import type { PublicConfig } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { roleLabelKey } from "../../ui/roles.ts";

type Demo = NonNullable<PublicConfig["demo"]>;

/** The demo network's accounts (only when the server runs with it): one click fills the sign-in form. */
export function DemoAccounts({ demo, onUse }: { demo: Demo; onUse: (email: string, password: string) => void }) {
  const t = useT();
  const first = demo.accounts[0];
  if (!first) return null;
  return (
    <aside className="demo-note" aria-labelledby="demo-note-title">
      <p className="demo-note__title" id="demo-note-title">
        {t("auth.demo.title")}
      </p>
      <p className="demo-note__text">{t("auth.demo.hint", { email: first.email, password: demo.password })}</p>
      <ul className="demo-note__accounts">
        {demo.accounts.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              className="demo-note__account"
              onClick={() => onUse(account.email, demo.password)}
            >
              {/* Named by what it shows, then what it does (WCAG 2.5.3: the visible text starts the name). */}
              <span className="demo-note__email">{account.email}</span> <span className="demo-note__role">{t(roleLabelKey[account.role])}</span>
              <span className="visually-hidden">{t("auth.demo.use")}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
