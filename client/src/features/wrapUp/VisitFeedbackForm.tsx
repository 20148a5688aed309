import { mayRecordVisitFeedback, type ReviewDetail, type VisitFeedback } from "@review/shared";
import { useId, useState, type FormEvent } from "react";
import { recordVisitFeedback } from "../../api/wrapUp.ts";
import { describeError } from "../../app/errorText.ts";
import { localIsoDate } from "../../i18n/dates.ts";
import { useT } from "../../i18n/I18nProvider.tsx";

/** The feedback given to the host at the end of the visit: moderators write it, everyone in the review reads it. */
export function VisitFeedbackForm({ review, feedback }: { review: ReviewDetail; feedback: VisitFeedback | null }) {
  const t = useT();
  const id = useId();
  const canWrite = mayRecordVisitFeedback(review.role);
  const [draft, setDraft] = useState<{ text: string; givenOn: string; present: string } | null>(null);
  const [status, setStatus] = useState<{ error: string | null; saved: boolean }>({ error: null, saved: false });
  const form = draft ?? { text: feedback?.text ?? "", givenOn: feedback?.givenOn ?? review.visitEnd ?? localIsoDate(new Date()), present: feedback?.present ?? "" };
  const change = (field: keyof typeof form, value: string) => setDraft({ ...form, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await recordVisitFeedback(review.id, form);
      setDraft(null);
      setStatus({ error: null, saved: true });
    } catch (caught) {
      setStatus({ error: describeError(t, caught), saved: false });
    }
  };

  return (
    <section className="wrap-up__feedback" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("wrapUp.feedback.title")}</h3>
      {feedback ? (
        <div className="wrap-up__given" data-testid="visit-feedback">
          <p className="wrap-up__meta">{t("wrapUp.feedback.meta", { date: feedback.givenOn, present: feedback.present || "—" })}</p>
          <p className="wrap-up__text">{feedback.text}</p>
        </div>
      ) : (
        <p className="wrap-up__empty">{t("wrapUp.feedback.none")}</p>
      )}
      {canWrite ? (
        <form className="wrap-up__form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={`${id}-text`}>{t("wrapUp.feedback.text")}</label>
          <textarea id={`${id}-text`} className="input" rows={4} required maxLength={10_000} value={form.text} onChange={(event) => change("text", event.currentTarget.value)} />
          <label htmlFor={`${id}-date`}>{t("wrapUp.feedback.date")}</label>
          <input id={`${id}-date`} className="input" type="date" required value={form.givenOn} onChange={(event) => change("givenOn", event.currentTarget.value)} />
          <label htmlFor={`${id}-present`}>{t("wrapUp.feedback.present")}</label>
          <input id={`${id}-present`} className="input" maxLength={500} value={form.present} onChange={(event) => change("present", event.currentTarget.value)} />
          <div>
            <button type="submit" className="button button--primary">
              {t("wrapUp.feedback.save")}
            </button>
          </div>
          {status.error ? <p role="alert">{status.error}</p> : null}
          {status.saved ? <p role="status">{t("wrapUp.feedback.saved")}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
