import { useEffect, useId, useState } from "react";
import { FINDING_REPLY_LIMITS, FINDING_REPLY_STATUSES, type FindingReply, type FindingReplyStatus } from "@review/shared/self";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { formatRelativeTime } from "../../i18n/dates.ts";
import "./comments.css";
import "./commentsPanel.css";

export const FINDING_REPLY_LABEL = {
  accepted: "findingReply.status.accepted",
  contested: "findingReply.status.contested",
  evidence_supplied: "findingReply.status.evidence_supplied",
} as const satisfies Record<FindingReplyStatus, string>;

/** The host's reply to one finding: a status badge, and the note with who and when. */
export function FindingReplyBadge({ reply, withNote = false }: { reply: FindingReply; withNote?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <span className="finding-reply" data-testid="finding-reply">
      <span className={`finding-reply__status finding-reply__status--${reply.status}`}>
        <span className="visually-hidden">{t("findingReply.title")}: </span>
        {t(FINDING_REPLY_LABEL[reply.status])}
      </span>
      {withNote ? (
        <>
          {reply.note ? <span className="finding-reply__note">{reply.note}</span> : null}
          <span className="finding-reply__by">{t("findingReply.by", { name: reply.by, when: formatRelativeTime(locale, reply.at, new Date()) })}</span>
        </>
      ) : null}
    </span>
  );
}

type FindingReplyEditorProps = {
  reply: FindingReply | null;
  /** "1.2 Migrant voice", for the group's accessible name. */
  factorLabel: { number: string; name: string };
  onSave: (status: FindingReplyStatus, note: string) => void;
  onClear: () => void;
  announce: (message: string) => void;
};

/** Where a host (or the moderator) replies to a finding: accepted / contested / evidence supplied, with a note. */
export function FindingReplyEditor({ reply, factorLabel, onSave, onClear, announce }: FindingReplyEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<FindingReplyStatus | null>(reply?.status ?? null);
  const [note, setNote] = useState(reply?.note ?? "");
  // Someone else's reply arriving live replaces an untouched form.
  useEffect(() => {
    setStatus(reply?.status ?? null);
    setNote(reply?.note ?? "");
  }, [reply?.status, reply?.note]);
  const tooLong = note.length > FINDING_REPLY_LIMITS.noteMax;
  const changed = status !== (reply?.status ?? null) || note.trim() !== (reply?.note ?? "");

  return (
    <form
      className="finding-reply-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!status || tooLong) return;
        onSave(status, note);
        announce(t("findingReply.saved"));
      }}
    >
      <fieldset className="finding-reply-editor__statuses">
        <legend className="finding-reply-editor__legend">{t("findingReply.status.label", factorLabel)}</legend>
        {FINDING_REPLY_STATUSES.map((value) => (
          <label key={value} className={`finding-reply-editor__choice finding-reply-editor__choice--${value}`}>
            <input type="radio" name={`${id}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} />
            {t(FINDING_REPLY_LABEL[value])}
          </label>
        ))}
      </fieldset>
      <label className="finding-reply-editor__label" htmlFor={`${id}-note`}>
        {t("findingReply.note.label")}
      </label>
      <textarea id={`${id}-note`} className="finding-reply-editor__note" rows={3} value={note} aria-invalid={tooLong || undefined} onChange={(event) => setNote(event.target.value)} />
      {tooLong ? <p className="comment-composer__error" role="alert">{t("findingReply.noteTooLong", { max: FINDING_REPLY_LIMITS.noteMax })}</p> : null}
      <div className="finding-reply-editor__actions">
        {reply ? (
          <button type="button" className="button button--ghost button--small" onClick={onClear}>
            {t("findingReply.clear")}
          </button>
        ) : null}
        <button type="submit" className="button button--primary button--small" disabled={!status || tooLong || !changed}>
          {t("findingReply.save")}
        </button>
      </div>
    </form>
  );
}
