import { updatePaperRequestSchema, type Paper } from "@review/shared";
import { useState, type FormEvent } from "react";
import { updatePaper } from "../../api/papers.ts";
import { describeFieldError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues } from "../../ui/validation.ts";

const FIELDS = ["title", "summary"] as const;

/** Network moderators change a paper's title and summary in place. */
export function PaperDetailsForm({ paper, onSaved, onCancel }: { paper: Paper; onSaved: (paper: Paper) => void; onCancel: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(paper.title);
  const [summary, setSummary] = useState(paper.summary);
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const parsed = updatePaperRequestSchema.safeParse({ title, summary });
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      setErrors({
        ...(issues.title ? { title: issues.title.kind === "tooLong" ? t("validation.tooLong", { max: issues.title.maximum }) : t("papers.new.titleRequired") } : {}),
        ...(issues.summary?.kind === "tooLong" ? { summary: t("validation.tooLong", { max: issues.summary.maximum }) } : {}),
      });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const { paper: saved } = await updatePaper(paper.id, parsed.data);
      onSaved(saved);
    } catch (caught) {
      const { field, text } = describeFieldError(t, caught, FIELDS);
      if (field) setErrors({ [field]: text });
      else setError(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="paper-details-form" noValidate onSubmit={onSubmit} aria-busy={saving}>
      <TextField label={t("papers.new.titleLabel")} name="title" value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} disabled={saving} required autoFocus />
      <TextField label={t("papers.new.summaryLabel")} hint={t("papers.new.summaryHint")} name="summary" value={summary} onChange={(event) => setSummary(event.target.value)} error={errors.summary} disabled={saving} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="paper-details-form__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? <Spinner size={16} /> : null}
          {t("papers.page.save")}
        </button>
      </div>
    </form>
  );
}
