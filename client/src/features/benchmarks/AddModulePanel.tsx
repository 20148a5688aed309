import type { Benchmark, BenchmarkSummary } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { addBenchmarkModule } from "../../api/benchmarks.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { checkModuleJson, moduleTemplate, suggestNextVersion } from "./benchmarkJson.ts";
import "../../ui/panel.css";

type SubmitState = { status: "idle" } | { status: "saving" } | { status: "failed"; message: string } | { status: "done"; summary: BenchmarkSummary };

/**
 * "Add a module": the module as JSON (checked against the shared schema as you go) and the
 * label of the new version. The server stores the newest version plus the module as a new version.
 */
export function AddModulePanel({ benchmark, takenVersions }: { benchmark: Benchmark; takenVersions: string[] }) {
  const t = useT();
  const jsonId = useId();
  const suggestion = suggestNextVersion(benchmark.version, (candidate) => takenVersions.includes(candidate));
  const [version, setVersion] = useState(suggestion);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState(false);
  const [versionError, setVersionError] = useState<string | undefined>();
  const queryClient = useQueryClient();
  const [state, setState] = useState<SubmitState>({ status: "idle" });

  const check = text.trim() === "" ? null : checkModuleJson(text);
  const jsonError =
    checked && check && !check.ok ? (check.kind === "syntax" ? t("benchmarks.addModule.invalidJson", { detail: check.message }) : check.message) : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const trimmed = version.trim();
    setVersionError(
      !trimmed ? t("benchmarks.addModule.versionRequired") : takenVersions.includes(trimmed) ? t("benchmarks.addModule.versionTaken", { version: trimmed }) : undefined,
    );
    if (!trimmed || takenVersions.includes(trimmed) || !check || !check.ok) return;
    setState({ status: "saving" });
    try {
      const summary = await addBenchmarkModule(benchmark.id, { version: trimmed, baseVersion: benchmark.version, module: check.value });
      setState({ status: "done", summary });
      // A new version: the lists of versions and the newest one move on.
      for (const queryKey of [queryKeys.benchmarks.list(), queryKeys.benchmarks.pages(benchmark.id), queryKeys.benchmarks.one(benchmark.id, null)])
        void queryClient.invalidateQueries({ queryKey });
    } catch (error) {
      setState({ status: "failed", message: describeError(t, error) });
    }
  };

  if (state.status === "done") {
    return (
      <section className="panel benchmark-add" aria-labelledby="add-module-heading">
        <header className="panel__header">
          <h2 className="panel__title" id="add-module-heading">
            {t("benchmarks.addModule.title")}
          </h2>
        </header>
        <div className="panel__body">
          <Alert
            tone="success"
            live="status"
            action={<Link to={paths.benchmark(state.summary.id, state.summary.version)}>{t("benchmarks.addModule.showIt")}</Link>}
          >
            {t("benchmarks.addModule.done", {
              version: state.summary.version,
              modules: t("benchmarks.modules", { count: state.summary.moduleCount }),
              factors: t("benchmarks.factors", { count: state.summary.factorCount }),
            })}
          </Alert>
        </div>
      </section>
    );
  }

  return (
    <section className="panel benchmark-add" aria-labelledby="add-module-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="add-module-heading">
          {t("benchmarks.addModule.title")}
        </h2>
      </header>
      <p className="panel__lede">{t("benchmarks.addModule.lede")}</p>
      <form className="panel__body benchmark-add__form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t("benchmarks.addModule.version")}
          hint={t("benchmarks.addModule.versionHint", { example: suggestion })}
          error={versionError}
          value={version}
          onChange={(event) => setVersion(event.target.value)}
          maxLength={100}
          autoComplete="off"
        />
        <div className={`field${jsonError ? " field--invalid" : ""}`}>
          <div className="benchmark-add__label-row">
            <label className="field__label" htmlFor={jsonId}>
              {t("benchmarks.addModule.json")}
            </label>
            <button type="button" className="button button--ghost button--small" onClick={() => setText(moduleTemplate())}>
              {t("benchmarks.addModule.template")}
            </button>
          </div>
          <textarea
            id={jsonId}
            className="input benchmark-add__json"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => setChecked(text.trim() !== "")}
            spellCheck={false}
            rows={14}
            aria-invalid={jsonError ? true : undefined}
            aria-describedby={`${jsonId}-hint${jsonError ? ` ${jsonId}-error` : ""}`}
          />
          <p className="field__hint" id={`${jsonId}-hint`}>
            {t("benchmarks.addModule.jsonHint")}
          </p>
          {jsonError ? (
            <p className="field__error" id={`${jsonId}-error`} role="alert">
              <code className="benchmark-error">{jsonError}</code>
            </p>
          ) : null}
        </div>
        {state.status === "failed" ? (
          <Alert tone="error" title={t("benchmarks.addModule.failed")}>
            <code className="benchmark-error">{state.message}</code>
          </Alert>
        ) : null}
        <div>
          <button type="submit" className="button button--primary" disabled={state.status === "saving" || !check}>
            {state.status === "saving" ? <Spinner size={16} /> : null}
            {state.status === "saving" ? t("benchmarks.addModule.submitting") : t("benchmarks.addModule.submit", { version: version.trim() || "…" })}
          </button>
        </div>
      </form>
    </section>
  );
}
