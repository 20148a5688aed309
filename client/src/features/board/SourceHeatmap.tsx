import { SOURCE_KINDS } from "@review/shared";
import { sourceHeatmap, type FactorState } from "@review/shared/board";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { AlertIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import { moduleTitleKey } from "./factorText.ts";
import { heatLevel, type HeatLevel } from "./heatmapScale.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "./heatmap.css";

const LEGEND: { level: HeatLevel; key: "board.heatmap.legend.none" | "board.heatmap.legend.one" | "board.heatmap.legend.two" | "board.heatmap.legend.few" | "board.heatmap.legend.many" }[] = [
  { level: 0, key: "board.heatmap.legend.none" },
  { level: 1, key: "board.heatmap.legend.one" },
  { level: 2, key: "board.heatmap.legend.two" },
  { level: 3, key: "board.heatmap.legend.few" },
  { level: 4, key: "board.heatmap.legend.many" },
];

/**
 * Factors × source kinds, counting cards: shows at a glance which factors have no evidence
 * yet and which rest on one kind of source only. A real table (row and column headers, a
 * caption); colour is never the only carrier, every cell prints its number.
 */
export function SourceHeatmap({ board }: { board: ReadonlyMap<string, FactorState> }) {
  const t = useT();
  const contentLang = useContentLang();
  const { review, scope } = useBoardEnv();
  const rows = new Map(sourceHeatmap(board, scope.factors.map((factor) => factor.id)).map((row) => [row.factorId, row]));
  const columnCount = SOURCE_KINDS.length + 3;

  return (
    <section className="heatmap" aria-labelledby="heatmap-title">
      <div className="heatmap__head">
        <div>
          <h3 className="heatmap__title" id="heatmap-title">
            {t("board.heatmap.title")}
          </h3>
          <p className="heatmap__lede">{t("board.heatmap.lede")}</p>
        </div>
        <ul className="heatmap__legend" aria-label={t("board.heatmap.legend")}>
          {LEGEND.map(({ level, key }) => (
            <li key={level}>
              <span className={`heatmap__swatch heat--${level}`} aria-hidden="true" />
              {t(key)}
            </li>
          ))}
        </ul>
      </div>
      <div className="heatmap__scroll" role="region" aria-labelledby="heatmap-title" tabIndex={0}>
        <table className="heatmap__table">
          <caption className="visually-hidden">{t("board.heatmap.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__factor-col">
                {t("board.heatmap.factor")}
              </th>
              {SOURCE_KINDS.map((kind) => (
                <th scope="col" key={kind}>
                  {t(SOURCE_LABEL[kind])}
                </th>
              ))}
              <th scope="col">{t("board.heatmap.total")}</th>
              <th scope="col">{t("board.heatmap.kinds")}</th>
            </tr>
          </thead>
          {scope.modules.map((module) => (
            <tbody key={module.id}>
              <tr className="heatmap__module">
                <th scope="colgroup" colSpan={columnCount}>
                  {t(moduleTitleKey(module), { name: module.name })}
                </th>
              </tr>
              {module.factors.map((factor) => {
                const row = rows.get(factor.id);
                const total = row?.total ?? 0;
                const kinds = row ? SOURCE_KINDS.filter((kind) => row.counts[kind] > 0).length : 0;
                return (
                  <tr key={factor.id}>
                    <th scope="row" className="heatmap__factor">
                      <Link to={paths.reviewBoard(review.id, factor.id)}>
                        <span className="heatmap__number">{factor.number}</span> <span lang={contentLang}>{factor.name}</span>
                      </Link>
                    </th>
                    {SOURCE_KINDS.map((kind) => {
                      const count = row?.counts[kind] ?? 0;
                      return (
                        <td key={kind} className={`heatmap__cell heat--${heatLevel(count)}`}>
                          {count}
                        </td>
                      );
                    })}
                    <td className={`heatmap__total${total === 0 ? " heatmap__total--empty" : ""}`}>{total}</td>
                    <td className={`heatmap__kinds${kinds === 1 ? " heatmap__kinds--single" : ""}`}>
                      {kinds === 1 ? <AlertIcon size={14} /> : null}
                      {kinds}
                      {kinds === 1 ? <span className="visually-hidden"> {t("board.heatmap.singleKind")}</span> : null}
                      {total === 0 ? <span className="visually-hidden"> {t("board.heatmap.noEvidence")}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}
