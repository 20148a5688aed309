import { useId, useState, type FormEvent } from "react";
import { VERSION_LABEL_MAX, type VersionSummary } from "@review/shared";
import type { VersionApi } from "../../api/versions.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Spinner } from "../../ui/Spinner.tsx";

/** "Name the current version": keeps the document as it is now under a name (writers only). */
export function NameVersionForm({ api, onNamed }: { api: VersionApi; onNamed: (version: VersionSummary) => void }) {
  const t = useT();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const [label, setLabel] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) return setError(t("history.name.required"));
    setBusy(true);
    setError(null);
    try {
      const version = await api.name(trimmed);
      setLabel("");
      setSaved(t("history.name.saved", { label: trimmed }));
      onNamed(version);
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="history-name" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={inputId}>
        {t("history.name.label")}
      </label>
      <div className="history-name__row">
        <input
          id={inputId}
          className="input"
          value={label}
          maxLength={VERSION_LABEL_MAX}
          placeholder={t("history.name.placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setLabel(event.target.value);
            setSaved(null);
          }}
          disabled={busy}
        />
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? <Spinner size={14} /> : null}
          {busy ? t("history.name.busy") : t("history.name.submit")}
        </button>
      </div>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <p className="history-name__saved" role="status">
        {saved}
      </p>
    </form>
  );
}
