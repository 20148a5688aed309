import type { BenchmarkSummary } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { listBenchmarks } from "../../api/benchmarks.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { languageName } from "../../i18n/languageName.ts";
import { BookIcon } from "../../ui/icons.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ImportBenchmarkPanel } from "./ImportBenchmarkPanel.tsx";
import { useBenchmarkAccess } from "../../app/useBenchmarkAccess.ts";
import "../../ui/panel.css";
import "./benchmarks.css";

const byName = (a: BenchmarkSummary, b: BenchmarkSummary) => a.name.localeCompare(b.name);

/** "Benchmarks": the newest version of each; network moderators and administrators import new ones here. */
export function BenchmarksPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t("benchmarks.title"));
  const canManage = useBenchmarkAccess(true);
  const queryClient = useQueryClient();
  // The cache holds the server's list as it is (the new-review dialog reads it too); this page sorts it.
  const { state, reload } = useLoad(queryKeys.benchmarks.list(), listBenchmarks);
  const benchmarks = useMemo(() => (state.status === "loaded" ? [...state.data].sort(byName) : null), [state]);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{t("benchmarks.title")}</h1>
          <p className="page-header__lede">{t("benchmarks.lede")}</p>
        </div>
      </header>

      <div className="benchmarks-layout">
        <section aria-labelledby="benchmark-list-heading">
          <h2 className="visually-hidden" id="benchmark-list-heading">
            {t("benchmarks.listLabel")}
          </h2>
          {state.status === "loading" ? (
            <div aria-busy="true" className="benchmark-list">
              <span className="visually-hidden" role="status">
                {t("benchmarks.loading")}
              </span>
              <div className="benchmark-item" aria-hidden="true">
                <div className="skeleton skeleton--title" />
                <div className="skeleton skeleton--line skeleton--short" />
              </div>
            </div>
          ) : null}
          {state.status === "failed" ? <LoadFailed title={t("benchmarks.failed")} error={state.error} onRetry={reload} /> : null}
          {benchmarks && benchmarks.length === 0 ? <p className="panel__lede">{t("benchmarks.empty")}</p> : null}
          {benchmarks && benchmarks.length > 0 ? (
            <ul className="benchmark-list">
              {benchmarks.map((benchmark) => (
                <li key={benchmark.id} className="benchmark-item">
                  <span className="benchmark-item__icon" aria-hidden="true">
                    <BookIcon size={20} />
                  </span>
                  <div className="benchmark-item__text">
                    <Link to={paths.benchmark(benchmark.id)} className="benchmark-item__name">
                      {benchmark.name}
                    </Link>
                    <p className="benchmark-item__meta">
                      <span className="benchmark-version">{t("benchmarks.version", { version: benchmark.version })}</span>
                      <span>{t("benchmarks.id", { id: benchmark.id })}</span>
                      <span>{t("benchmarks.language", { language: languageName(locale, benchmark.language) })}</span>
                      <span>
                        {t("benchmarks.counts", {
                          modules: t("benchmarks.modules", { count: benchmark.moduleCount }),
                          factors: t("benchmarks.factors", { count: benchmark.factorCount }),
                        })}
                      </span>
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        {canManage ? <ImportBenchmarkPanel onImported={() => void queryClient.invalidateQueries({ queryKey: queryKeys.benchmarks.list() })} /> : null}
      </div>
    </div>
  );
}
