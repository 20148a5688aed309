import type { BenchmarkSummary } from "@review/shared";
import { useRef, useState, type ChangeEvent } from "react";
import { importBenchmark } from "../../api/benchmarks.ts";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { parseJson } from "./benchmarkJson.ts";
import "../../ui/panel.css";

type ImportState =
  | { status: "idle" }
  | { status: "importing"; file: string }
  | { status: "failed"; file: string; message: string }
  | { status: "done"; summary: BenchmarkSummary };

/** "Import JSON": a file is read, sent as is, and the server's verdict (with the path of the first error) shown. */
export function ImportBenchmarkPanel({ onImported }: { onImported: () => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ status: "idle" });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setState({ status: "importing", file: file.name });
    const json = parseJson(await file.text());
    if (!json.ok) {
      setState({ status: "failed", file: file.name, message: t("benchmarks.import.notJson", { detail: json.message }) });
      return;
    }
    try {
      const summary = await importBenchmark(json.value);
      setState({ status: "done", summary });
      onImported();
    } catch (error) {
      setState({ status: "failed", file: file.name, message: describeError(t, error) });
    }
  };

  return (
    <section className="panel benchmark-import" aria-labelledby="benchmark-import-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="benchmark-import-heading">
          {t("benchmarks.import.title")}
        </h2>
      </header>
      <p className="panel__lede">{t("benchmarks.import.lede")}</p>
      <div className="panel__body benchmark-import__body">
        <input ref={input} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} onChange={onFile} aria-hidden="true" />
        <button type="button" className="button button--primary" onClick={() => input.current?.click()} disabled={state.status === "importing"}>
          {state.status === "importing" ? <Spinner size={16} /> : null}
          {t("benchmarks.import.choose")}
        </button>
        <div aria-live="polite">
          {state.status === "importing" ? <p className="panel__lede">{t("benchmarks.import.importing", { file: state.file })}</p> : null}
          {state.status === "done" ? (
            <Alert tone="success" live="status" title={t("benchmarks.import.done", { name: state.summary.name, version: state.summary.version })}>
              {t("benchmarks.import.doneText", {
                modules: t("benchmarks.modules", { count: state.summary.moduleCount }),
                factors: t("benchmarks.factors", { count: state.summary.factorCount }),
              })}{" "}
              <Link to={paths.benchmark(state.summary.id, state.summary.version)}>{t("benchmarks.open")}</Link>
            </Alert>
          ) : null}
        </div>
        {state.status === "failed" ? (
          <Alert tone="error" title={t("benchmarks.import.failed", { file: state.file })}>
            <code className="benchmark-error">{state.message}</code>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
