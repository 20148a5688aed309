import { useState } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import { browserStorage } from "../../app/browserStorage.ts";

const STORAGE_KEY = "review-workspace:board:brief-open";

/** Closed until the reader opens it (then open on every factor): the cards come first on a laptop screen. */
function initiallyOpen(): boolean {
  return browserStorage()?.getItem(STORAGE_KEY) === "true";
}

/**
 * What the factor asks: its definition, its numbered tests (cards refer to them as T1, T2…)
 * and the toolkit's examples of evidence. Collapsed at first; opening or closing it is remembered on this device.
 */
export function FactorBrief({ factor }: { factor: ScopedFactor }) {
  const t = useT();
  const contentLang = useContentLang();
  const [open, setOpen] = useState(initiallyOpen);

  return (
    <details
      className="factor-brief"
      open={open}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        try {
          browserStorage()?.setItem(STORAGE_KEY, String(isOpen));
        } catch {
          // Storage full or refused: the choice lasts for this page only.
        }
      }}
    >
      <summary className="factor-brief__summary">{t("board.brief.summary")}</summary>
      <div className="factor-brief__body">
        <p className="factor-brief__definition">
          <span className="factor-brief__label">{t("board.brief.definition")}</span> <span lang={contentLang}>{factor.definition}</span>
        </p>
        <div className="factor-brief__lists">
          <div>
            <h4 className="factor-brief__heading">{t("board.brief.tests")}</h4>
            <ol className="factor-brief__tests">
              {factor.tests.map((test, index) => (
                <li key={index}>
                  <span className="test-tag" aria-hidden="true">
                    {t("board.test.short", { number: index + 1 })}
                  </span>
                  <span lang={contentLang}>{test}</span>
                </li>
              ))}
            </ol>
          </div>
          {factor.evidence.length > 0 ? (
            <div>
              <h4 className="factor-brief__heading">{t("board.brief.examples")}</h4>
              <ul className="factor-brief__examples">
                {factor.evidence.map((example, index) => (
                  <li key={index} lang={contentLang}>
                    {example}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
    </details>
  );
}
