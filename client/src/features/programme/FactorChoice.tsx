import { useId } from "react";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { factorCode } from "./programmeText.ts";

/** The critical factors a session serves: checkboxes per module of the review's benchmark scope. */
export function FactorChoice({ scope, chosen, onChange }: { scope: BenchmarkScope | null; chosen: readonly string[]; onChange: (factorIds: string[]) => void }) {
  const t = useT();
  const hintId = useId();
  const toggle = (factorId: string) => {
    const next = chosen.includes(factorId) ? chosen.filter((id) => id !== factorId) : [...chosen, factorId];
    // Benchmark order, so that the same choice always writes the same array.
    const order = scope?.factors.map((factor) => factor.id) ?? [];
    onChange(next.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };
  return (
    <fieldset className="programme-form__fieldset" aria-describedby={hintId}>
      <legend className="field__label">{t("programme.session.factors")}</legend>
      <p className="field__hint" id={hintId}>
        {t("programme.session.factorsHint")}
      </p>
      {scope === null ? <p>{t("programme.loadingFactors")}</p> : null}
      {scope?.modules.map((module) => (
        <div key={module.id} className="programme-form__module">
          <p className="programme-form__module-name">{module.kind === "core" ? t("programme.module.core") : t("programme.module.theme", { name: module.name })}</p>
          <ul className="programme-form__factors">
            {scope.factors
              .filter((factor) => factor.module.id === module.id)
              .map((factor) => (
                <li key={factor.id}>
                  <label className="programme-form__check">
                    <input type="checkbox" checked={chosen.includes(factor.id)} onChange={() => toggle(factor.id)} />
                    <span>
                      <span className="programme-factor-chip__code">{factorCode(t, factor)}</span> {factor.name}
                    </span>
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
