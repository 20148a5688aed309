import type { ReviewRole } from "@review/shared";
import { useT } from "../i18n/I18nProvider.tsx";
import { roleLabelKey } from "./roles.ts";
import "./ui.css";

/** A review role as a small coloured label ("Moderator", "Host", …). */
export function RoleBadge({ role, prefix }: { role: ReviewRole; prefix?: string }) {
  const t = useT();
  return (
    <span className={`role-badge role-badge--${role}`}>
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {t(roleLabelKey[role])}
    </span>
  );
}
