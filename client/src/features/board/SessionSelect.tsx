import type { ProgrammeDayView } from "@review/shared/programme";
import { useI18n } from "../../i18n/I18nProvider.tsx";

type Props = {
  id: string;
  days: readonly ProgrammeDayView[];
  value: string | null;
  /** False when `value` names a session no longer in the programme (kept until the user picks another). */
  known: boolean;
  onChange: (sessionId: string | null) => void;
};

/** The programme session a card came from: the sessions grouped by day, or none. */
export function SessionSelect({ id, days, value, known, onChange }: Props) {
  const { t, formatDate } = useI18n();
  const empty = days.every((day) => day.sessions.length === 0);
  return (
    <div className="field board-form__session">
      <label className="field__label" htmlFor={id}>
        {t("board.form.session")}
      </label>
      <select id={id} className="input select" value={value ?? ""} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t("board.form.sessionNone")}</option>
        {!known && value ? <option value={value}>{t("board.card.sessionRemoved")}</option> : null}
        {days.map((day, index) =>
          day.sessions.length > 0 ? (
            <optgroup key={day.id} label={t("board.visitDay.dated", { day: index + 1, date: formatDate(`${day.date}T12:00:00Z`) })}>
              {day.sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {t("board.form.sessionOption", { time: session.start, title: session.title })}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
      <p className="field__hint" id={`${id}-hint`}>
        {t(empty ? "board.form.sessionHintEmpty" : "board.form.sessionHint")}
      </p>
    </div>
  );
}
