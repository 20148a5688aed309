import type { NetworkAccount, PasswordResetLinkResponse } from "@review/shared";
import { useEffect, useId, useRef, useState } from "react";
import { createPasswordResetLink, setAccountActive } from "../../api/account.ts";
import { describeError } from "../../app/errorText.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { CopyField } from "../../ui/CopyField.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import "../../ui/dialog.css";

type AccountActionsProps = {
  account: NetworkAccount;
  isMe: boolean;
  /** The account as it now is (deactivated or not). */
  onChanged: (account: NetworkAccount) => void;
  onNotice: (message: string) => void;
  onError: (message: string) => void;
};

/** An administrator's actions on one account: a one-time link to set a new password, deactivate or reactivate. */
export function AccountActions({ account, isMe, onChanged, onNotice, onError }: AccountActionsProps) {
  const { t, formatDate } = useI18n();
  const [link, setLink] = useState<PasswordResetLinkResponse | null>(null);
  const [making, setMaking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reactivating, setReactivating] = useState(false);
  const names = { name: account.name };
  const deactivated = account.deactivatedAt !== null;

  const makeLink = async () => {
    setMaking(true);
    try {
      setLink(await createPasswordResetLink(account.userId));
    } catch (caught) {
      onError(describeError(t, caught));
    } finally {
      setMaking(false);
    }
  };

  const deactivate = async (): Promise<string | null> => {
    try {
      await setAccountActive(account.userId, false);
      onChanged({ ...account, deactivatedAt: new Date().toISOString() });
      onNotice(t("network.account.deactivatedNotice", names));
      return null;
    } catch (caught) {
      return describeError(t, caught);
    }
  };

  const reactivate = async () => {
    setReactivating(true);
    try {
      await setAccountActive(account.userId, true);
      onChanged({ ...account, deactivatedAt: null });
      onNotice(t("network.account.reactivatedNotice", names));
    } catch (caught) {
      onError(describeError(t, caught));
    } finally {
      setReactivating(false);
    }
  };

  return (
    <div className="network-account__actions" role="group" aria-label={t("network.account.actions", names)}>
      {!deactivated ? (
        <button type="button" className="button button--secondary button--small" disabled={making} onClick={() => void makeLink()}>
          {making ? <Spinner size={14} /> : null}
          {t("network.account.resetLink")}
          <span className="visually-hidden">: {account.name}</span>
        </button>
      ) : null}
      {isMe || account.networkRole === "administrator" ? null : deactivated ? (
        <button type="button" className="button button--secondary button--small" disabled={reactivating} onClick={() => void reactivate()}>
          {t("network.account.reactivate")}
          <span className="visually-hidden">: {account.name}</span>
        </button>
      ) : (
        <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(true)}>
          {t("network.account.deactivate")}
          <span className="visually-hidden">: {account.name}</span>
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("network.account.deactivateTitle", names)}
        confirmLabel={t("network.account.deactivate")}
        busyLabel={t("network.account.deactivating")}
        onConfirm={deactivate}
        onClose={() => setConfirming(false)}
      >
        <p>{t("network.account.deactivateText", names)}</p>
      </ConfirmDialog>
      <ResetLinkDialog account={account} link={link} expires={link ? formatDate(link.expiresAt) : ""} onClose={() => setLink(null)} />
    </div>
  );
}

function ResetLinkDialog({ account, link, expires, onClose }: { account: NetworkAccount; link: PasswordResetLinkResponse | null; expires: string; onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (link && !element.open) {
      element.showModal();
      element.querySelector<HTMLInputElement>("input")?.focus();
    } else if (!link && element.open) element.close();
  }, [link]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} aria-describedby={textId} onClose={onClose}>
      <div className="dialog__form">
        <h2 className="dialog__title" id={titleId}>
          {t("network.account.resetTitle")}
        </h2>
        <p className="dialog__description" id={textId}>
          {t("network.account.resetText", { name: account.name, date: expires })}
        </p>
        {link ? <CopyField label={t("network.account.resetField", { name: account.name })} value={link.link} copyLabel={t("network.account.copy")} /> : null}
        <footer className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t("common.close")}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
