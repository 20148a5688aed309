import { useId, useRef, useState, type FormEvent } from "react";
import type { EvidenceCard, Stance } from "@review/shared";
import { moveCard } from "@review/shared/board";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { CloseIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { STANCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { moduleTitleKey } from "./factorText.ts";
import { excerpt } from "./excerpt.ts";
import { StanceChoice } from "./StanceChoice.tsx";
import { cardAnchor } from "../../app/cardAnchor.ts";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "../../ui/dialog.css";
import "./forms.css";

/**
 * "Move to factor…": the keyboard- and screen-reader-friendly way to move a card to another
 * factor and/or stance column (dragging covers columns on this factor only).
 */
export function MoveCardDialog({ open, factor, card, onClose }: { open: boolean; factor: ScopedFactor; card: EvidenceCard | null; onClose: () => void }) {
  const t = useT();
  const contentLang = useContentLang();
  const { scope, doc, origin, announce, notify } = useBoardEnv();
  const id = useId();
  const [target, setTarget] = useState(factor.id);
  const [stance, setStance] = useState<Stance>("supports");
  const [error, setError] = useState<string | null>(null);

  // Where focus goes once the dialog has closed: the moved card in its new column, or this
  // factor's heading when the card left for another factor.
  const focusAfter = useRef<string | null>(null);
  const dialog = useModalDialog(
    open,
    "select",
    () => {
      setTarget(factor.id);
      setStance(card?.stance ?? "supports");
      setError(null);
      focusAfter.current = null;
    },
    () => focusAfter.current,
  );

  const elsewhere = target !== factor.id;
  const targetFactor = scope.byId.get(target);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!card || !targetFactor) return;
    // Tests are numbered per factor: the old numbers mean nothing on another one.
    const moved = moveCard(doc, card.id, elsewhere ? { factorId: target, stance, tests: [] } : { stance }, { origin });
    if (!moved) {
      setError(t("board.form.gone"));
      return;
    }
    focusAfter.current = elsewhere ? "#factor-title" : `[id="${cardAnchor(card.id)}"]`;
    const column = t(STANCE_LABEL[stance]);
    if (elsewhere) notify(t("board.move.doneElsewhere", { number: targetFactor.number, factor: targetFactor.name, column }));
    else announce(t("board.move.done", { column }));
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-card`} onClose={onClose}>
      <form className="dialog__form" noValidate onSubmit={onSubmit}>
        <header className="dialog__header">
          <h2 id={`${id}-title`}>{t("board.move.title")}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description move-dialog__card" id={`${id}-card`}>
          {card ? excerpt(card.text, 140) : ""}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-factor`}>
            {t("board.move.factor")}
          </label>
          <select id={`${id}-factor`} className="input select" value={target} onChange={(event) => setTarget(event.target.value)}>
            {scope.modules.map((module) => (
              <optgroup key={module.id} label={t(moduleTitleKey(module), { name: module.name })}>
                {module.factors.map((option) => (
                  <option key={option.id} value={option.id} lang={contentLang}>
                    {option.number}. {option.name}
                    {option.id === factor.id ? ` ${t("board.move.current")}` : ""}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <StanceChoice legend={t("board.move.stance")} name={`${id}-stance`} value={stance} onChange={setStance} compact />
        {elsewhere && card && card.tests.length > 0 ? <p className="field__hint">{t("board.move.testsCleared")}</p> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary">
            {t("board.move.submit")}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
