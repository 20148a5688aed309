import { createReviewRequestSchema } from "@review/shared";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { createReview } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { navigate } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { CloseIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues, type FieldIssue } from "../../ui/validation.ts";

type Fields = "title" | "hostProject";

/** "New review" as a modal dialog: title and host project; opens the review once created. */
export function NewReviewDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState("");
  const [hostProject, setHostProject] = useState("");
  const [issues, setIssues] = useState<Partial<Record<Fields, FieldIssue>>>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setTitle("");
      setHostProject("");
      setIssues({});
      setError(null);
      element.showModal();
      // React handles autoFocus itself (no DOM attribute), so the dialog would focus its close button.
      element.querySelector<HTMLInputElement>("input[name=title]")?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const message = (field: Fields): string | undefined => {
    const issue = issues[field];
    if (!issue) return undefined;
    if (issue.kind === "tooLong") return t("validation.tooLong", { max: issue.maximum });
    return t(field === "title" ? "reviews.new.titleRequired" : "reviews.new.hostProjectRequired");
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createReviewRequestSchema.safeParse({ title, hostProject });
    if (!parsed.success) {
      setIssues(fieldIssues(parsed.error));
      return;
    }
    setIssues({});
    setError(null);
    setSubmitting(true);
    try {
      const review = await createReview(parsed.data);
      onClose();
      navigate(paths.review(review.id));
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="new-review-title"
      aria-describedby="new-review-description"
      onClose={onClose}
      onCancel={(event) => {
        if (submitting) event.preventDefault();
      }}
    >
      <form className="dialog__form" noValidate onSubmit={onSubmit} aria-busy={submitting}>
        <header className="dialog__header">
          <h2 id="new-review-title">{t("reviews.new.title")}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose} disabled={submitting}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description" id="new-review-description">
          {t("reviews.new.description")}
        </p>
        <TextField
          label={t("reviews.new.titleLabel")}
          hint={t("reviews.new.titleHint")}
          name="title"
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={message("title")}
          disabled={submitting}
          required
        />
        <TextField
          label={t("reviews.new.hostProjectLabel")}
          hint={t("reviews.new.hostProjectHint")}
          name="hostProject"
          autoComplete="off"
          value={hostProject}
          onChange={(event) => setHostProject(event.target.value)}
          error={message("hostProject")}
          disabled={submitting}
          required
        />
        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose} disabled={submitting}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? <Spinner size={16} /> : null}
            {submitting ? t("reviews.new.submitting") : t("reviews.new.submit")}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
