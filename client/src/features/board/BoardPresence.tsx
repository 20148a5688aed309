import type { PresentUser } from "../../collab/presence.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { roleLabelKey } from "../../ui/roles.ts";

const MAX_VISIBLE = 5;

/** Avatars of everyone with the board open, yourself included (the report's presence styles). */
export function BoardPresence({ users }: { users: readonly PresentUser[] }) {
  const t = useT();
  const visible = users.slice(0, MAX_VISIBLE);
  const hidden = users.slice(MAX_VISIBLE);
  const labelFor = (user: PresentUser) =>
    t(user.isSelf ? "presence.self" : "presence.other", { name: user.name, role: t(roleLabelKey[user.role]) });
  return (
    <ul className="presence" aria-label={t("board.presence.label", { count: users.length })}>
      {visible.map((user) => (
        <li key={user.id} className="presence__item">
          <Avatar name={user.name} color={user.color} label={labelFor(user)} size="sm" highlight={user.isSelf} />
        </li>
      ))}
      {hidden.length > 0 ? (
        <li className="presence__item">
          <span className="avatar avatar--sm avatar--more" role="img" aria-label={t("presence.more", { count: hidden.length, names: hidden.map((u) => u.name).join(", ") })}>
            <span aria-hidden="true">+{hidden.length}</span>
          </span>
        </li>
      ) : null}
    </ul>
  );
}
