import type { ReactNode } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { LanguageSelect } from "../i18n/LanguageSelect.tsx";
import { LogoMark } from "./icons.tsx";
import "./authLayout.css";

/** The frame of the signed-out pages: brand, a card with the form and the language choice, and a short pitch. */
export function AuthLayout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  const t = useT();
  return (
    <div className="auth">
      <main className="auth__main" id="main" tabIndex={-1}>
        <div className="auth__brand">
          <LogoMark size={36} />
          <span className="auth__brand-name">{t("app.name")}</span>
        </div>
        <div className="auth__card">
          {children}
          <footer className="auth__card-footer">
            <LanguageSelect />
          </footer>
        </div>
        {aside}
      </main>
      <p className="auth__pitch">{t("auth.pitch")}</p>
    </div>
  );
}
