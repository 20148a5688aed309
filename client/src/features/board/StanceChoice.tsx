import { STANCES, type Stance } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { STANCE_HINT, STANCE_LABEL } from "../../ui/evidenceLabels.ts";

type StanceChoiceProps = {
  legend: string;
  /** The radio group's name. */
  name: string;
  value: Stance;
  onChange: (stance: Stance) => void;
  /** Names alone (moving a card); otherwise each stance with its hint (writing one). */
  compact?: boolean;
};

/** The stance of a card as a radio group: supports, mixed, challenges, each in its colour. */
export function StanceChoice({ legend, name, value, onChange, compact = false }: StanceChoiceProps) {
  const t = useT();
  return (
    <fieldset className="board-form__fieldset">
      <legend className="field__label">{legend}</legend>
      <div className={compact ? "stance-choice stance-choice--compact" : "stance-choice"}>
        {STANCES.map((stance) => (
          <label key={stance} className={`stance-choice__option stance-choice__option--${stance}`}>
            <input type="radio" name={name} value={stance} checked={value === stance} onChange={() => onChange(stance)} />
            {compact ? (
              <span className="stance-choice__label">{t(STANCE_LABEL[stance])}</span>
            ) : (
              <span>
                <span className="stance-choice__label">{t(STANCE_LABEL[stance])}</span>
                <span className="stance-choice__hint">{t(STANCE_HINT[stance])}</span>
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
