import { benchmarkLanguage, type Benchmark, type ReviewDetail } from "@review/shared";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { updateReview } from "../../api/reviews.ts";
import { describeFieldError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { PencilIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { useFocusBack } from "../../ui/focus/index.ts";
import { ModulePicker } from "../../ui/ModulePicker.tsx";
import { factorCount, reviewModules } from "../../app/reviewModules.ts";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import type { BenchmarkState } from "../../app/useBenchmark.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "../../ui/panel.css";

type BenchmarkPanelProps = {
  review: ReviewDetail;
  benchmark: BenchmarkState;
  onRetry: () => void;
  onReviewChange: ReviewUpdater;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
};

/** The benchmark version the review keeps and the modules it is assessed against; moderators change the modules. */
export function BenchmarkPanel({ review, benchmark, onRetry, onReviewChange, editing, onEditingChange }: BenchmarkPanelProps) {
  const t = useT();
  const loaded = benchmark.status === "loaded" ? benchmark.benchmark : null;
  const contentLang = useContentLang(loaded ? benchmarkLanguage(loaded) : undefined);
  const canEdit = review.role === "moderator" && loaded !== null;
  // Back from the editor (saved or cancelled): keyboard focus returns to Edit.
  const editButton = useFocusBack<HTMLButtonElement>(editing);

  return (
    <section className="panel" aria-labelledby="benchmark-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="benchmark-heading">
          {t("setup.benchmark.title")}
        </h2>
        {loaded ? <span className="panel__aside">{t("setup.modules.total", { count: factorCount(loaded, review.modules) })}</span> : null}
      </header>
      {benchmark.status === "none" ? <p className="panel__lede">{t("setup.benchmark.none")}</p> : null}
      {benchmark.status === "loading" ? (
        <div className="panel__body" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t("setup.benchmark.loading")}
          </span>
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </div>
      ) : null}
      {benchmark.status === "failed" ? (
        <div className="panel__body">
          <LoadFailed title={t("setup.benchmark.failed")} error={benchmark.error} onRetry={onRetry} />
        </div>
      ) : null}
      {loaded ? (
        <div className="panel__body">
          <p className="benchmark-name">
            <span className="benchmark-name__name">{loaded.name}</span>
            <span className="benchmark-name__version">{t("setup.benchmark.version", { version: loaded.version })}</span>
            <Link to={paths.benchmark(loaded.id, loaded.version)} className="benchmark-name__link">
              {t("benchmarks.overviewLink")}
            </Link>
          </p>
          {editing ? (
            <ModulesEditor review={review} benchmark={loaded} onReviewChange={onReviewChange} onDone={() => onEditingChange(false)} />
          ) : (
            <>
              <ul className="module-list">
                {reviewModules(loaded, review.modules).map((module) => (
                  <li key={module.id} className="module-list__item">
                    <div className="module-list__text">
                      <span className="module-list__name">
                        <span lang={contentLang}>{module.name}</span>
                        <span className={`module-list__kind module-list__kind--${module.kind}`}>
                          {t(module.kind === "core" ? "setup.modules.core" : "setup.modules.theme")}
                        </span>
                      </span>
                      {module.description ? <span className="module-list__description" lang={contentLang}>
                          {module.description}
                        </span> : null}
                    </div>
                    <span className="module-list__count">{t("setup.modules.factors", { count: module.factors.length })}</span>
                  </li>
                ))}
              </ul>
              {review.modules.length === 0 ? <p className="module-list__note">{t("setup.modules.coreOnly")}</p> : null}
              {canEdit ? (
                <button ref={editButton} type="button" className="button button--secondary button--small" onClick={() => onEditingChange(true)}>
                  <PencilIcon size={14} />
                  {t("setup.modules.change")}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}

type ModulesEditorProps = { review: ReviewDetail; benchmark: Benchmark; onReviewChange: ReviewUpdater; onDone: () => void };

function ModulesEditor({ review, benchmark, onReviewChange, onDone }: ModulesEditorProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>(review.modules);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const updated = await updateReview(review.id, { modules: selected });
      onReviewChange(() => updated);
      onDone();
    } catch (caught) {
      setError(describeFieldError(t, caught, ["modules"] as const).text);
      setSaving(false);
    }
  };

  return (
    <form
      ref={form}
      className="inline-edit"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
      aria-busy={saving}
    >
      <ModulePicker benchmark={benchmark} selected={selected} onChange={setSelected} legend={t("setup.modules.legend")} disabled={saving} error={error} />
      <p className="field__hint">{t("setup.modules.changeHint")}</p>
      <div className="inline-edit__actions">
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {saving ? <Spinner size={14} /> : null}
          {saving ? t("setup.saving") : t("setup.save")}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone} disabled={saving}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
