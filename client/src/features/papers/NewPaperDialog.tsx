import { createPaperRequestSchema } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createPaper } from "../../api/papers.ts";
import { navigate } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { TextField } from "../../ui/Field.tsx";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { fieldIssues } from "../../ui/validation.ts";
import { useFormDialog, type FieldErrors } from "../../ui/useFormDialog.ts";

const FIELDS = ["title", "summary"] as const;
type Field = (typeof FIELDS)[number];

/** "New policy paper" as a modal dialog (network moderators); opens the paper once created. */
export function NewPaperDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const form = useFormDialog(open, "input[name=title]", FIELDS, () => {
    setTitle("");
    setSummary("");
  });
  const { errors, submitting } = form;

  const onSubmit = form.submit(async () => {
    const parsed = createPaperRequestSchema.safeParse({ title, ...(summary.trim() ? { summary } : {}) });
    const found: FieldErrors<Field> = {};
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      if (issues.title) found.title = issues.title.kind === "tooLong" ? t("validation.tooLong", { max: issues.title.maximum }) : t("papers.new.titleRequired");
      if (issues.summary?.kind === "tooLong") found.summary = t("validation.tooLong", { max: issues.summary.maximum });
    }
    if (!form.showIssues(found) || !parsed.success) return;
    await form.send(async () => {
      const { paper } = await createPaper(parsed.data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.papers.list() });
      onClose();
      navigate(paths.paper(paper.id));
    });
  });

  return (
    <FormDialog
      dialogRef={form.dialog}
      title={t("papers.new.title")}
      description={t("papers.new.description")}
      submitting={submitting}
      error={form.error}
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
