import { useEffect } from "react";
import { useT } from "../i18n/I18nProvider.tsx";

/** Sets the tab title to "<page> · Peer Review Workspace" while the page is shown. */
export function useDocumentTitle(page: string | null): void {
  const t = useT();
  useEffect(() => {
    document.title = page ? t("app.documentTitle", { page }) : t("app.name");
  }, [page, t]);
}
