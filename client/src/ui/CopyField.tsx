import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { CheckIcon, CopyIcon } from "./icons.tsx";
import "./ui.css";

/** Copies with the Clipboard API; false when it is missing (an insecure origin) or refused. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

type CopyFieldProps = {
  /** Accessible name of the text box, e.g. "Invitation link for a peer reviewer". */
  label: string;
  value: string;
  copyLabel: string;
};

/**
 * A read-only text with a Copy button. Where the clipboard cannot be written,
 * the text is selected instead and the user is told to press the copy shortcut.
 */
export function CopyField({ label, value, copyLabel }: CopyFieldProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<"copied" | "selected" | null>(null);

  useEffect(() => {
    if (outcome !== "copied") return;
    const timer = setTimeout(() => setOutcome(null), 2500);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    if (await writeClipboard(value)) {
      setOutcome("copied");
      return;
    }
    input.current?.focus();
    input.current?.select();
    setOutcome("selected");
  };

  return (
    <div className="copy-field__wrap">
      <div className="copy-field">
        <input
          ref={input}
          className="input copy-field__input"
          aria-label={label}
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={copy}>
          {outcome === "copied" ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
          {outcome === "copied" ? t("invite.copied") : copyLabel}
        </button>
      </div>
      <p className={`copy-field__status${outcome === "copied" ? " copy-field__status--copied" : ""}`} role="status">
        {outcome === "selected" ? t("invite.copyFallback") : outcome === "copied" ? <span className="visually-hidden">{t("invite.copied")}</span> : null}
      </p>
    </div>
  );
}
