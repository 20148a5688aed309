import { MAX_HOST_PROJECTS, projectNameSchema, type HostProject, type HostProjectsResponse, type ReviewDetail } from "@review/shared";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { addProject, listProjects, removeProject, renameProject } from "../../api/projects.ts";
import { describeError } from "../../app/errorText.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { focusWhenReady } from "../../ui/focus/index.ts";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import "../../ui/panel.css";

type ProjectsPanelProps = { review: ReviewDetail; onReviewChange: ReviewUpdater };

/**
 * The host projects the visit covers (up to three), each rated on its own on the evidence
 * board. Moderators add, rename and remove them; the first is the review's host project (its
 * rename is the review's), and the server keeps a project that has team ratings.
 */
export function ProjectsPanel({ review, onReviewChange }: ProjectsPanelProps) {
  const t = useT();
  const id = useId();
  const announce = useAnnounce();
  const { state, reload, update } = useLoad(["hostProjects", review.id], () => listProjects(review.id));
  // Editing the host project in the set-up renames the first project: read the list again.
  const shownHostProject = useRef(review.hostProject);
  useEffect(() => {
    if (shownHostProject.current === review.hostProject) return;
    shownHostProject.current = review.hostProject;
    reload({ quietly: true });
  }, [review.hostProject, reload]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = state.status === "loaded" ? state.data : null;

  /** Runs a change; its answer is the new list. False when it was refused (the reason is shown). */
  const change = async (run: () => Promise<HostProjectsResponse>, done: (answer: HostProjectsResponse) => void): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const answer = await run();
      update(() => answer);
      done(answer);
      return true;
    } catch (caught) {
      setError(describeError(t, caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const rename = (project: HostProject, name: string) =>
    change(
      () => renameProject(review.id, project.id, name),
      () => {
        setRenaming(null);
        if (project.position === 0) {
          shownHostProject.current = name;
          onReviewChange((current) => ({ ...current, hostProject: name }));
        }
        announce(t("overview.projects.renamed", { name }));
        focusWhenReady(`#${CSS.escape(`${id}-rename-${project.id}`)}`);
      },
    );

  const remove = (project: HostProject) =>
    change(
      () => removeProject(review.id, project.id),
      () => {
        announce(t("overview.projects.removed", { name: project.name }));
        focusWhenReady(`#${CSS.escape(`${id}-add`)}`);
      },
    );

  return (
    <section className="panel projects" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 className="panel__title" id={`${id}-title`}>
          {t("overview.projects.title")}
        </h2>
      </header>
      <div className="panel__body">
        <p className="projects__intro">{t("overview.projects.intro", { max: MAX_HOST_PROJECTS })}</p>
        {state.status === "failed" ? <LoadFailed title={t("overview.projects.failed")} error={state.error} onRetry={reload} /> : null}
        {data ? (
          <>
            <ol className="projects__list">
              {data.projects.map((project) => (
                <li key={project.id} className="projects__item">
                  {renaming === project.id ? (
                    <NameForm
                      label={t("overview.projects.newName", { name: project.name })}
                      submit={t("overview.projects.save")}
                      initial={project.name}
                      busy={busy}
                      onSubmit={(name) => rename(project, name)}
                      onCancel={() => {
                        setRenaming(null);
                        setError(null);
                      }}
                    />
                  ) : (
                    <>
                      <span className="projects__name">
                        {project.name}
                        {project.position === 0 ? <span className="projects__first"> ({t("overview.projects.first")})</span> : null}
                      </span>
                      {data.canManage ? (
                        <span className="projects__actions">
                          <button
                            type="button"
                            id={`${id}-rename-${project.id}`}
                            className="button button--ghost button--small"
                            aria-label={t("overview.projects.rename", { name: project.name })}
                            onClick={() => {
                              setRenaming(project.id);
                              setError(null);
                            }}
                            disabled={busy}
                          >
                            {t("overview.projects.renameShort")}
                          </button>
                          {project.position > 0 ? (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-label={t("overview.projects.remove", { name: project.name })}
                              onClick={() => void remove(project)}
                              disabled={busy}
                            >
                              {t("overview.projects.removeShort")}
                            </button>
                          ) : null}
                        </span>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ol>
            {error ? (
              <p className="projects__error" role="alert">
                {error}
              </p>
            ) : null}
            {data.canManage ? (
              data.projects.length < MAX_HOST_PROJECTS ? (
                <NameForm
                  inputId={`${id}-add`}
                  label={t("overview.projects.addLabel")}
                  submit={t("overview.projects.add")}
                  initial=""
                  busy={busy}
                  onSubmit={(name) => change(() => addProject(review.id, name), () => announce(t("overview.projects.added", { name })))}
                />
              ) : (
                <p className="projects__full">{t("overview.projects.full", { max: MAX_HOST_PROJECTS })}</p>
              )
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

type NameFormProps = {
  inputId?: string;
  label: string;
  submit: string;
  initial: string;
  busy: boolean;
  /** True when the name was saved (the field then empties). */
  onSubmit: (name: string) => Promise<boolean>;
  onCancel?: () => void;
};

function NameForm({ inputId, label, submit, initial, busy, onSubmit, onCancel }: NameFormProps) {
  const t = useT();
  const fallbackId = useId();
  const fieldId = inputId ?? fallbackId;
  const [value, setValue] = useState(initial);
  const [issue, setIssue] = useState<string | null>(null);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = projectNameSchema.safeParse(value);
    if (!parsed.success) {
      setIssue(t("overview.projects.nameRequired"));
      return;
    }
    setIssue(null);
    if (await onSubmit(parsed.data)) setValue("");
  };

  return (
    <form
      className={`projects__form${issue ? " field--invalid" : ""}`}
      noValidate
      onSubmit={(event) => void send(event)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onCancel) onCancel();
      }}
      aria-busy={busy}
    >
      <label className="field__label" htmlFor={fieldId}>
        {label}
      </label>
      <div className="projects__row">
        <input
          id={fieldId}
          className="input"
          value={value}
          maxLength={200}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${fieldId}-issue` : undefined}
          onChange={(event) => setValue(event.target.value)}
          disabled={busy}
          // A rename opens on the user's click: the field they asked to edit takes focus.
          autoFocus={onCancel !== undefined}
        />
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {submit}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost button--small" onClick={onCancel} disabled={busy}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
      {issue ? (
        <p className="field__error" id={`${fieldId}-issue`} role="alert">
          {issue}
        </p>
      ) : null}
    </form>
  );
}
