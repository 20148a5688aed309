import { useEffect, useState } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import "./ui.css";

function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === "undefined" ? true : navigator.onLine));
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/**
 * Shows, across the whole app, that this device is offline and what that means for the work. Not
 * a live region: the open document's connection state already tells screen readers, once.
 */
export function OfflineBanner() {
  const t = useT();
  const online = useBrowserOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="note">
      <strong>{t("offline.title")}</strong> {t("offline.text")}
    </div>
  );
}
