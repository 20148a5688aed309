import { useMemo } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import { docFromBase64, reportBlocks, type BlockKind } from "./reportBlocks.ts";
import { diffReports, type DiffBlock } from "./reportDiff.ts";
import "./versionDiff.css";

const BLOCK_TAG: Record<BlockKind, "p" | "pre"> = {
  heading1: "p",
  heading2: "p",
  heading3: "p",
  paragraph: "p",
  bullet: "p",
  numbered: "p",
  quote: "p",
  code: "pre",
  rule: "p",
};

function Block({ block }: { block: DiffBlock }) {
  const t = useT();
  const Tag = BLOCK_TAG[block.kind];
  return (
    <Tag className={`history-diff__block history-diff__block--${block.kind} history-diff__block--${block.change}`}>
      {block.change === "added" || block.change === "removed" ? (
        <span className="history-diff__marker">{t(block.change === "added" ? "history.diff.blockAdded" : "history.diff.blockRemoved")}</span>
      ) : null}
      {block.parts.map((part, index) => {
        if (part.change === "same") return <span key={index}>{part.text}</span>;
        const Change = part.change === "added" ? "ins" : "del";
        return (
          <Change key={index} className={`history-diff__${part.change}`}>
            <span className="visually-hidden">{t(part.change === "added" ? "history.diff.addedStart" : "history.diff.removedStart")}</span>
            {part.text}
            <span className="visually-hidden">{t("history.diff.end")}</span>
          </Change>
        );
      })}
    </Tag>
  );
}

/** What changed between two report documents (base64 Yjs updates), word by word, with a legend. */
export function VersionDiff({ before, after, labelledBy }: { before: string; after: string; labelledBy: string }) {
  const t = useT();
  const diff = useMemo(() => {
    const from = docFromBase64(before);
    const to = docFromBase64(after);
    try {
      return diffReports(reportBlocks(from), reportBlocks(to));
    } finally {
      from.destroy();
      to.destroy();
    }
  }, [before, after]);
  const changed = diff.addedWords + diff.removedWords > 0 || diff.blocks.some((block) => block.change !== "same");
  return (
    <div className="history-diff" data-testid="version-diff">
      <div className="history-diff__summary">
        <p role="status">{changed
            ? `${t("history.compare.added", { count: diff.addedWords })}, ${t("history.compare.removed", { count: diff.removedWords })}`
            : t("history.compare.noChanges")}</p>
        <ul className="history-legend" aria-label={t("history.legend.label")}>
          <li>
            <span className="history-diff__added history-legend__swatch" aria-hidden="true">Aa</span>
            {t("history.legend.added")}
          </li>
          <li>
            <span className="history-diff__removed history-legend__swatch" aria-hidden="true">Aa</span>
            {t("history.legend.removed")}
          </li>
        </ul>
      </div>
      <div className="report-editor__paper history-diff__paper" role="document" aria-labelledby={labelledBy}>
        {diff.blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </div>
    </div>
  );
}
