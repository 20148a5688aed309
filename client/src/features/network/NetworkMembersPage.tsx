import { NETWORK_ROLES, mayManageNetwork, type NetworkAccount, type NetworkRole } from "@review/shared";
import { useState } from "react";
import { changeNetworkRole, listNetworkAccounts } from "../../api/network.ts";
import { describeError } from "../../app/errorText.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { networkRoleDescriptionKey, networkRoleLabelKey } from "../../ui/networkRoles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { useCurrentUser, useSession } from "../../app/SessionProvider.tsx";
import { AccountActions } from "./AccountActions.tsx";
import "../../ui/memberList.css";
import "../../ui/panel.css";
import "./network.css";
import { useAnnounce } from "../../ui/announcer/index.ts";

/**
 * The administrator's page: every account of the network and its network role, changed in
 * place (saved at once, announced). The last administrator's role cannot be changed.
 */
export function NetworkMembersPage() {
  const t = useT();
  useDocumentTitle(t("network.title"));
  const me = useCurrentUser();
  const { refresh } = useSession();
  const allowed = mayManageNetwork(me.networkRole);
  const { state, reload, update } = useLoad(queryKeys.networkAccounts(allowed), async () => (allowed ? listNetworkAccounts() : []));
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();

  const accounts = state.status === "loaded" ? state.data : null;
  const administrators = accounts?.filter((account) => account.networkRole === "administrator").length ?? 0;

  const changeRole = async (account: NetworkAccount, role: NetworkRole) => {
    if (role === account.networkRole) return;
    setError(null);
    setPending(account.userId);
    try {
      const saved = await changeNetworkRole(account.userId, role);
      update((current) => current.map((entry) => (entry.userId === saved.userId ? saved : entry)));
      announce(t("network.role.saved", { name: saved.name, role: t(networkRoleLabelKey[saved.networkRole]) }));
      // What I may do has changed: the whole app follows my new role.
      if (saved.userId === me.id) refresh();
    } catch (caught) {
      setError(describeError(t, caught));
      reload({ quietly: true });
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("network.title")}</h1>
          <p className="page-header__lede">{t("network.lede")}</p>
        </div>
      </header>

      {!allowed ? <Alert tone="info">{t("network.forbidden")}</Alert> : null}
      {state.status === "loading" ? <Spinner label={t("network.loading")} size={24} /> : null}
      {state.status === "failed" ? <LoadFailed title={t("network.failed")} error={state.error} onRetry={reload} /> : null}

      {allowed && accounts ? (
        <div className="network-layout">
          <section className="panel" aria-labelledby="network-members-heading">
            <header className="panel__header">
              <h2 className="panel__title" id="network-members-heading">
                {t("network.table.caption")}
              </h2>
              <span className="panel__count" aria-hidden="true">
                {accounts.length}
              </span>
            </header>
            {error ? (
              <div className="panel__alert">
                <Alert tone="error">{error}</Alert>
              </div>
            ) : null}
            <ul className="member-list member-list--team">
              {accounts.map((account) => {
                const isMe = account.userId === me.id;
                const busy = pending === account.userId;
                const lastAdministrator = account.networkRole === "administrator" && administrators <= 1;
                const hintId = `network-role-hint-${account.userId}`;
                return (
                  <li key={account.userId} className="member" data-testid="network-account">
                    <Avatar name={account.name} color={account.color} highlight={isMe} />
                    <div className="member__who">
                      <span className="member__name">
                        {account.name}
                        {isMe ? <span className="member__you"> {t("network.role.you")}</span> : null}
                      </span>
                      <span className="member__email">{account.email}</span>
                      {account.deactivatedAt ? <span className="network-account__deactivated">{t("network.account.deactivated")}</span> : null}
                      {lastAdministrator ? (
                        <span className="network-account__hint" id={hintId}>
                          {t("network.lastAdministrator")}
                        </span>
                      ) : null}
                    </div>
                    <div className="member__actions">
                      {busy ? <Spinner size={14} label={t("network.role.saving")} /> : null}
                      <select
                        className="input select select--compact"
                        aria-label={t("network.role.label", { name: account.name })}
                        aria-describedby={lastAdministrator ? hintId : undefined}
                        value={account.networkRole}
                        disabled={busy || lastAdministrator}
                        onChange={(event) => void changeRole(account, event.target.value as NetworkRole)}
                      >
                        {NETWORK_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(networkRoleLabelKey[role])}
                          </option>
                        ))}
                      </select>
                      <AccountActions
                        account={account}
                        isMe={isMe}
                        onChanged={(changed) => update((current) => current.map((entry) => (entry.userId === changed.userId ? changed : entry)))}
                        onNotice={(message) => {
                          setError(null);
                          announce(message);
                        }}
                        onError={setError}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>

          <section className="panel" aria-labelledby="network-roles-heading">
            <header className="panel__header">
              <h2 className="panel__title" id="network-roles-heading">
                {t("network.roles.heading")}
              </h2>
            </header>
            <dl className="network-roles">
              {NETWORK_ROLES.map((role) => (
                <div key={role} className="network-roles__item">
                  <dt>{t(networkRoleLabelKey[role])}</dt>
                  <dd>{t(networkRoleDescriptionKey[role])}</dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      ) : null}
    </div>
  );
}
