import { benchmarkLanguage, type Benchmark } from "@review/shared";
import { createContext, useContext, type ReactNode } from "react";
import { useI18n } from "./I18nProvider.tsx";

/**
 * WCAG 3.1.2 (language of parts): text the interface does not write (a benchmark's factors,
 * tests, modules) is in the benchmark's language, which may differ from the interface's. Pages
 * that show a benchmark name its language here; the elements holding that text take
 * `lang={useContentLang()}`.
 */
const ContentLanguageContext = createContext<string | null>(null);

export function BenchmarkLanguage({ benchmark, children }: { benchmark: Pick<Benchmark, "language"> | null | undefined; children: ReactNode }) {
  return <ContentLanguageContext.Provider value={benchmark ? benchmarkLanguage(benchmark) : null}>{children}</ContentLanguageContext.Provider>;
}

/** The primary subtag, lower case: "de" for "de-AT". */
function primaryLanguage(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

/**
 * The `lang` attribute for content text: its language when it differs from the interface's,
 * else undefined (the page's own `lang` already says it). `explicit` names it directly (the
 * method's own texts are English); without it, the nearest BenchmarkLanguage, else English —
 * the language of every benchmark stored before benchmarks carried one.
 */
export function useContentLang(explicit?: string): string | undefined {
  const fromPage = useContext(ContentLanguageContext);
  const { locale } = useI18n();
  const tag = explicit ?? fromPage ?? "en";
  return primaryLanguage(tag) === locale ? undefined : tag;
}
