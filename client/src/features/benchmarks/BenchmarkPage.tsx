import { benchmarkLanguage, type Benchmark, type BenchmarkSummary } from "@review/shared";
import { benchmarkExportUrl, getBenchmark, listBenchmarkVersions } from "../../api/benchmarks.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useDocumentTitle } from "../../app/useDocumentTitle.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ArrowLeftIcon } from "../../ui/icons.tsx";
import { AddModulePanel } from "./AddModulePanel.tsx";
import { BenchmarkModules } from "./BenchmarkModules.tsx";
import { useBenchmarkAccess } from "../../app/useBenchmarkAccess.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "./benchmarks.css";

/** One benchmark version, read-only: its modules and factors; export, and (for managers) add a module. */
export function BenchmarkPage({ benchmarkId, version }: { benchmarkId: string; version: string | null }) {
  const t = useT();
  const canManage = useBenchmarkAccess(true);
  const { state: loadState, reload } = useLoad(queryKeys.benchmarks.page(benchmarkId, version), async () => {
    const [benchmark, versions] = await Promise.all([getBenchmark(benchmarkId, version ?? undefined), listBenchmarkVersions(benchmarkId)]);
    return { benchmark, versions };
  });
  const state = loadState.status === "loaded" ? { status: "loaded" as const, ...loadState.data } : loadState;
  const contentLang = useContentLang(state.status === "loaded" ? benchmarkLanguage(state.benchmark) : undefined);
  useDocumentTitle(state.status === "loaded" ? state.benchmark.name : t("benchmarks.title"));

  return (
    <div className="page">
      <p className="benchmark-back">
        <Link to={paths.benchmarks()} className="button button--ghost button--small">
          <ArrowLeftIcon size={16} />
          {t("benchmarks.view.back")}
        </Link>
      </p>
      {state.status === "loading" ? (
        <div aria-busy="true">
          <span className="visually-hidden" role="status">
            {t("benchmarks.view.loading")}
          </span>
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
        </div>
      ) : null}
      {state.status === "failed" ? (
        <LoadFailed title={t("benchmarks.view.failed")} error={state.error} onRetry={reload} />
      ) : null}
      {state.status === "loaded" ? (
        <>
          <header className="page-header benchmark-header">
            <div>
              <h1 className="page-header__title" lang={contentLang}>
                {state.benchmark.name}
              </h1>
              <p className="benchmark-item__meta">
                <span className="benchmark-version">{t("benchmarks.version", { version: state.benchmark.version })}</span>
                <span>{t("benchmarks.id", { id: state.benchmark.id })}</span>
                <span>
                  {t("benchmarks.counts", {
                    modules: t("benchmarks.modules", { count: state.benchmark.modules.length }),
                    factors: t("benchmarks.factors", { count: state.benchmark.modules.reduce((n, m) => n + m.factors.length, 0) }),
                  })}
                </span>
              </p>
              {state.benchmark.description ? <p className="page-header__lede" lang={contentLang}>
                  {state.benchmark.description}
                </p> : null}
            </div>
            <a className="button button--secondary" href={benchmarkExportUrl(state.benchmark.id, state.benchmark.version)} download>
              {t("benchmarks.view.export")}
            </a>
          </header>
          <VersionList benchmarkId={state.benchmark.id} versions={state.versions} current={state.benchmark.version} />
          {!isNewest(state) ? (
            <div className="benchmark-notice">
              <Alert tone="info" action={<Link to={paths.benchmark(state.benchmark.id)}>{t("benchmarks.view.showNewest")}</Link>}>
                {t("benchmarks.view.olderVersion", { version: state.benchmark.version })}
              </Alert>
            </div>
          ) : null}
          <BenchmarkModules benchmark={state.benchmark} />
          {canManage && isNewest(state) ? (
            <AddModulePanel benchmark={state.benchmark} takenVersions={state.versions.map((v) => v.version)} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

const isNewest = (state: { benchmark: Benchmark; versions: BenchmarkSummary[] }) => state.versions[0]?.version === state.benchmark.version;

/** Every version of the benchmark, newest first; the one shown is marked. */
function VersionList({ benchmarkId, versions, current }: { benchmarkId: string; versions: BenchmarkSummary[]; current: string }) {
  const t = useT();
  if (versions.length < 2) return null;
  return (
    <nav className="benchmark-versions" aria-label={t("benchmarks.view.versions")}>
      <span className="benchmark-versions__label">{t("benchmarks.view.versions")}</span>
      <ul>
        {versions.map((summary, index) => (
          <li key={summary.version}>
            <Link
              to={paths.benchmark(benchmarkId, index === 0 ? undefined : summary.version)}
              className="benchmark-versions__link"
              aria-current={summary.version === current ? "page" : undefined}
            >
              {summary.version}
              {index === 0 ? ` · ${t("benchmarks.view.newest")}` : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
