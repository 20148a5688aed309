import { benchmarkLanguage, type Benchmark } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "../../ui/panel.css";

/** Every module of a benchmark with its critical factors, tests and examples of evidence (read-only). */
export function BenchmarkModules({ benchmark }: { benchmark: Benchmark }) {
  const t = useT();
  const contentLang = useContentLang(benchmarkLanguage(benchmark));
  return (
    <div className="benchmark-modules" role="list" aria-label={t("benchmarks.view.modulesLabel")}>
      {benchmark.modules.map((module) => (
        <section key={module.id} className="panel benchmark-module" role="listitem" aria-labelledby={`module-${module.id}`}>
          <header className="panel__header benchmark-module__header">
            <div>
              <h2 className="panel__title" id={`module-${module.id}`} lang={contentLang}>
                {module.name}
              </h2>
              <p className="benchmark-item__meta">
                <span className={`benchmark-kind benchmark-kind--${module.kind}`}>{t(`benchmarks.view.kind.${module.kind}`)}</span>
                <span>{t("benchmarks.id", { id: module.id })}</span>
                <span>{t("benchmarks.factors", { count: module.factors.length })}</span>
              </p>
            </div>
          </header>
          {module.description ? <p className="panel__lede" lang={contentLang}>
              {module.description}
            </p> : null}
          <ol className="benchmark-factors">
            {module.factors.map((factor) => (
              <li key={factor.id} className="benchmark-factor">
                <details>
                  <summary>
                    <span className="benchmark-factor__name">{t("benchmarks.view.factor", { number: factor.number, name: factor.name })}</span>
                    <span className="benchmark-factor__definition" lang={contentLang}>
                      {factor.definition}
                    </span>
                  </summary>
                  <div className="benchmark-factor__body">
                    <h3 className="benchmark-factor__heading">{t("benchmarks.view.tests")}</h3>
                    <ul>
                      {factor.tests.map((test, index) => (
                        <li key={index} lang={contentLang}>
                          {test}
                        </li>
                      ))}
                    </ul>
                    <h3 className="benchmark-factor__heading">{t("benchmarks.view.evidence")}</h3>
                    {factor.evidence.length > 0 ? (
                      <ul>
                        {factor.evidence.map((item, index) => (
                          <li key={index} lang={contentLang}>
                            {item}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="benchmark-factor__none">{t("benchmarks.view.noEvidence")}</p>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
