import { updateReviewRequestSchema, type Benchmark, type ReviewDetail, type UpdateReviewRequest } from "@review/shared";
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { updateReview } from "../../api/reviews.ts";
import { describeFieldError } from "../../app/errorText.ts";
import { formatIsoDate, formatIsoDateRange } from "../../i18n/dates.ts";
import { useI18n, type T } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { PencilIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { useFocusBack } from "../../ui/focus/index.ts";
import { fieldIssues } from "../../ui/validation.ts";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import { themeModuleName, themeOptions } from "../../app/reviewModules.ts";
import type { BenchmarkState } from "../../app/useBenchmark.ts";
import { PLANNED_VISIT_DAYS, visitDays } from "../../app/visitDates.ts";
import { VisitDatesInputs, dateIssues, type DateIssues } from "../../ui/VisitDatesInputs.tsx";
import "../../ui/panel.css";

export type TextSetupField = "title" | "hostProject" | "country";
export type SetupField = TextSetupField | "theme" | "dates";

const TEXT_FIELDS: { field: TextSetupField; label: MessageKey; hint: MessageKey; required: boolean }[] = [
  { field: "title", label: "reviews.new.titleLabel", hint: "setup.title.hint", required: true },
  { field: "hostProject", label: "reviews.new.hostProjectLabel", hint: "reviews.new.hostProjectHint", required: true },
  { field: "country", label: "setup.country.label", hint: "setup.country.hint", required: false },
];

type SetupPanelProps = {
  review: ReviewDetail;
  /** The review's benchmark version: its thematic modules are what the theme is chosen from. */
  benchmark: BenchmarkState;
  onReviewChange: ReviewUpdater;
  /** The row being edited (one at a time); the checklist can open one too. */
  editing: SetupField | null;
  onEditingChange: (field: SetupField | null) => void;
};

/** The review's details, each editable in place by moderators and saved on its own. */
export function SetupPanel({ review, benchmark, onReviewChange, editing, onEditingChange }: SetupPanelProps) {
  const { t, locale } = useI18n();
  const canEdit = review.role === "moderator";

  const save = async (patch: UpdateReviewRequest) => {
    const updated = await updateReview(review.id, patch);
    onReviewChange(() => updated);
    onEditingChange(null);
  };

  const days = visitDays(review.visitStart, review.visitEnd);

  return (
    <section className="panel setup" aria-labelledby="setup-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="setup-heading">
          {t("setup.title")}
        </h2>
      </header>
      {canEdit ? null : <p className="panel__lede">{t("setup.readOnly")}</p>}
      <dl className="setup__rows">
        {TEXT_FIELDS.map(({ field, label, hint, required }) => (
          <SetupRow
            key={field}
            label={t(label)}
            canEdit={canEdit}
            editing={editing === field}
            onEdit={() => onEditingChange(field)}
            value={review[field].trim() ? review[field] : null}
            editor={(labelId) => (
              <TextEditor
                labelId={labelId}
                field={field}
                hint={t(hint)}
                initial={review[field]}
                required={required}
                onSave={(value) => save({ [field]: value })}
                onCancel={() => onEditingChange(null)}
              />
            )}
          />
        ))}
        <SetupRow
          label={t("setup.theme.label")}
          canEdit={canEdit && benchmark.status === "loaded"}
          editing={editing === "theme"}
          onEdit={() => onEditingChange("theme")}
          value={themeModuleName(benchmark, review.themeModuleId)}
          editor={(labelId) =>
            benchmark.status === "loaded" ? (
              <ThemeEditor
                labelId={labelId}
                benchmark={benchmark.benchmark}
                initial={review.themeModuleId}
                onSave={(themeModuleId) => save({ themeModuleId })}
                onCancel={() => onEditingChange(null)}
              />
            ) : null
          }
        />
        <SetupRow
          label={t("setup.dates.label")}
          canEdit={canEdit}
          editing={editing === "dates"}
          onEdit={() => onEditingChange("dates")}
          value={
            review.visitStart && review.visitEnd && days !== null ? (
              <>
                {formatIsoDateRange(locale, review.visitStart, review.visitEnd)}
                <span className="setup-row__extra"> · {t("setup.dates.days", { count: days })}</span>
                {days < PLANNED_VISIT_DAYS.min || days > PLANNED_VISIT_DAYS.max ? (
                  <span className="setup-row__note">{t("setup.dates.plan")}</span>
                ) : null}
              </>
            ) : review.visitStart || review.visitEnd ? (
              t("setup.dates.partial", { date: formatIsoDate(locale, (review.visitStart ?? review.visitEnd)!) })
            ) : null
          }
          editor={() => (
            <DatesEditor
              start={review.visitStart}
              end={review.visitEnd}
              onSave={(visitStart, visitEnd) => save({ visitStart, visitEnd })}
              onCancel={() => onEditingChange(null)}
            />
          )}
        />
      </dl>
    </section>
  );
}

type SetupRowProps = {
  label: string;
  value: ReactNode;
  canEdit: boolean;
  editing: boolean;
  onEdit: () => void;
  editor: (labelId: string) => ReactNode;
};

/** One detail: its label, its value (or "Not set") and, for moderators, Edit; the editor replaces the value. */
function SetupRow({ label, value, canEdit, editing, onEdit, editor }: SetupRowProps) {
  const { t } = useI18n();
  const labelId = useId();
  // Back from the editor (saved or cancelled): keyboard focus returns to Edit.
  const editButton = useFocusBack<HTMLButtonElement>(editing);

  return (
    <div className={`setup-row${editing ? " setup-row--editing" : ""}`}>
      <dt className="setup-row__label" id={labelId}>
        {label}
      </dt>
      {editing ? (
        <dd className="setup-row__editor">{editor(labelId)}</dd>
      ) : (
        <>
          <dd className={`setup-row__value${value ? "" : " setup-row__value--empty"}`}>{value ?? t("setup.notSet")}</dd>
          {canEdit ? (
            <dd className="setup-row__action">
              <button ref={editButton} type="button" className="button button--ghost button--small" onClick={onEdit} aria-label={t("setup.editField", { field: label })}>
                <PencilIcon size={14} />
                {t("setup.edit")}
              </button>
            </dd>
          ) : null}
        </>
      )}
    </div>
  );
}

function textIssue(t: T, value: string, field: TextSetupField, required: boolean): string | undefined {
  if (required && !value.trim()) return t("setup.required");
  const parsed = updateReviewRequestSchema.safeParse({ [field]: value });
  if (parsed.success) return undefined;
  const issue = fieldIssues(parsed.error)[field];
  return issue?.kind === "tooLong" ? t("validation.tooLong", { max: issue.maximum }) : t("setup.required");
}

/** Escape cancels an inline editor, as it closes a dialog. */
const cancelOnEscape = (onCancel: () => void) => (event: KeyboardEvent) => {
  if (event.key === "Escape") {
    event.preventDefault();
    onCancel();
  }
};

type TextEditorProps = {
  labelId: string;
  field: TextSetupField;
  hint: string;
  initial: string;
  required: boolean;
  onSave: (value: string) => Promise<void>;
  onCancel: () => void;
};

function TextEditor({ labelId, field, hint, initial, required, onSave, onCancel }: TextEditorProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const hintId = useId();
  const errorId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const issue = textIssue(t, value, field, required);
    if (issue) {
      setError(issue);
      return;
    }
    if (value.trim() === initial.trim()) {
      onCancel();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(value.trim());
    } catch (caught) {
      setError(describeFieldError(t, caught, [field]).text);
      setSaving(false);
    }
  };

  return (
    <form className={`inline-edit${error ? " field--invalid" : ""}`} noValidate onSubmit={onSubmit} onKeyDown={cancelOnEscape(onCancel)} aria-busy={saving}>
      <input
        className="input"
        name={field}
        aria-labelledby={labelId}
        aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        disabled={saving}
        autoComplete="off"
        // Opened by the user's click on Edit: focus belongs in the field they asked to edit.
        autoFocus
      />
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <EditorActions saving={saving} onCancel={onCancel} />
    </form>
  );
}

type ThemeEditorProps = {
  labelId: string;
  benchmark: Benchmark;
  initial: string | null;
  onSave: (themeModuleId: string | null) => Promise<void>;
  onCancel: () => void;
};

/** The theme as one of the benchmark's thematic modules, or none. */
function ThemeEditor({ labelId, benchmark, initial, onSave, onCancel }: ThemeEditorProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const hintId = useId();
  const errorId = useId();
  const options = themeOptions(t, benchmark);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (value === (initial ?? "")) {
      onCancel();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(value || null);
    } catch (caught) {
      setError(describeFieldError(t, caught, ["themeModuleId"]).text);
      setSaving(false);
    }
  };

  return (
    <form className={`inline-edit${error ? " field--invalid" : ""}`} noValidate onSubmit={onSubmit} onKeyDown={cancelOnEscape(onCancel)} aria-busy={saving}>
      <select
        className="input select"
        name="themeModuleId"
        aria-labelledby={labelId}
        aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        disabled={saving}
        // Opened by the user's click on Edit: focus belongs in the field they asked to edit.
        autoFocus
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p className="field__hint" id={hintId}>
        {options.length > 1 ? t("setup.theme.hint") : t("setup.theme.noModules")}
      </p>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <EditorActions saving={saving} onCancel={onCancel} />
    </form>
  );
}

type DatesEditorProps = {
  start: string | null;
  end: string | null;
  onSave: (start: string | null, end: string | null) => Promise<void>;
  onCancel: () => void;
};

function DatesEditor({ start, end, onSave, onCancel }: DatesEditorProps) {
  const { t } = useI18n();
  const [visitStart, setVisitStart] = useState(start ?? "");
  const [visitEnd, setVisitEnd] = useState(end ?? "");
  const [issues, setIssues] = useState<DateIssues & { form?: string }>({});
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = dateIssues(t, visitStart, visitEnd);
    setIssues(found);
    if (found.visitStart || found.visitEnd) return;
    setSaving(true);
    try {
      await onSave(visitStart || null, visitEnd || null);
    } catch (caught) {
      const { field, text } = describeFieldError(t, caught, ["visitStart", "visitEnd"] as const);
      setIssues(field ? { [field]: text } : { form: text });
      setSaving(false);
    }
  };

  return (
    <form className="inline-edit" noValidate onSubmit={onSubmit} onKeyDown={cancelOnEscape(onCancel)} aria-busy={saving}>
      <VisitDatesInputs
        start={visitStart}
        end={visitEnd}
        onStartChange={setVisitStart}
        onEndChange={setVisitEnd}
        issues={issues}
        disabled={saving}
        autoFocus
      />
      {issues.form ? <Alert tone="error">{issues.form}</Alert> : null}
      <EditorActions saving={saving} onCancel={onCancel} />
    </form>
  );
}

function EditorActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="inline-edit__actions">
      <button type="submit" className="button button--primary button--small" disabled={saving}>
        {saving ? <Spinner size={14} /> : null}
        {saving ? t("setup.saving") : t("setup.save")}
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onCancel} disabled={saving}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
