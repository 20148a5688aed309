import { createPaperRequestSchema } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { createPaper } from "../../api/papers.ts";
import { describeFieldError } from "../../app/errorText.ts";
import { navigate } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { TextField } from "../../ui/Field.tsx";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { fieldIssues } from "../../ui/validation.ts";
import { useModalDialog } from "../../ui/useModalDialog.ts";

const FIELDS = ["title", "summary"] as const;
type Field = (typeof FIELDS)[number];

/** "New policy paper" as a modal dialog (network moderators); opens the paper once created. */
export function NewPaperDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const dialog = useModalDialog(open, "input[name=title]", () => {
    setTitle("");
    setSummary("");
    setErrors({});
    setError(null);
  });


  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const parsed = createPaperRequestSchema.safeParse({ title, ...(summary.trim() ? { summary } : {}) });
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      const found: Partial<Record<Field, string>> = {};
      if (issues.title) found.title = issues.title.kind === "tooLong" ? t("validation.tooLong", { max: issues.title.maximum }) : t("papers.new.titleRequired");
      if (issues.summary?.kind === "tooLong") found.summary = t("validation.tooLong", { max: issues.summary.maximum });
      setErrors(found);
      const first = FIELDS.find((field) => found[field]);
      if (first) dialog.current?.querySelector<HTMLElement>(`[name=${first}]`)?.focus();
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const { paper } = await createPaper(parsed.data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.papers.list() });
      onClose();
      navigate(paths.paper(paper.id));
    } catch (caught) {
      const { field, text } = describeFieldError(t, caught, FIELDS);
      if (field) setErrors({ [field]: text });
      else setError(text);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      dialogRef={dialog}
      title={t("papers.new.title")}
      description={t("papers.new.description")}
      submitting={submitting}
      error={error}
      submitLabel={t("papers.new.submit")}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <TextField
        label={t("papers.new.titleLabel")}
        hint={t("papers.new.titleHint")}
        name="title"
        autoComplete="off"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        disabled={submitting}
        required
      />
      <TextField
        label={t("papers.new.summaryLabel")}
        hint={t("papers.new.summaryHint")}
        name="summary"
        autoComplete="off"
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={errors.summary}
        disabled={submitting}
      />
    </FormDialog>
  );
}
