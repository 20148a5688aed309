import type { PresentUser } from "../collab/presence.ts";
import { useT } from "../i18n/I18nProvider.tsx";
import { Avatar } from "./Avatar.tsx";
import { roleLabelKey } from "./roles.ts";
import "./collabStatus.css";

const MAX_VISIBLE = 5;

/** Avatars of everyone with the document open, yourself included; `label` names the list for screen readers. */
export function PresenceBar({ users, label }: { users: readonly PresentUser[]; label?: string }) {
  const t = useT();
  const visible = users.slice(0, MAX_VISIBLE);
  const hidden = users.slice(MAX_VISIBLE);
  const labelFor = (user: PresentUser) =>
    t(user.isSelf ? "presence.self" : "presence.other", { name: user.name, role: t(roleLabelKey[user.role]) });

  return (
    <ul className="presence" aria-label={label ?? t("presence.label", { count: users.length })}>
      {visible.map((user) => (
        <li key={user.id} className="presence__item">
          <Avatar name={user.name} color={user.color} label={labelFor(user)} size="sm" highlight={user.isSelf} />
        </li>
      ))}
      {hidden.length > 0 ? (
        <li className="presence__item">
          <span
            className="avatar avatar--sm avatar--more"
            role="img"
            aria-label={t("presence.more", { count: hidden.length, names: hidden.map((u) => u.name).join(", ") })}
            title={hidden.map((u) => u.name).join(", ")}
          >
            <span aria-hidden="true">+{hidden.length}</span>
          </span>
        </li>
      ) : null}
    </ul>
  );
}
