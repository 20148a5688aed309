import { RATINGS, REVIEW_STAGES, type Rating, type ReviewStageId, type ReviewStepActor } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { BookIcon } from "../../ui/icons.tsx";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";

const STAGE_NAME = {
  before: "overview.stage.before",
  during: "overview.stage.during",
  after: "overview.stage.after",
} as const satisfies Record<ReviewStageId, MessageKey>;

const ACTOR = {
  peers: "overview.actor.peers",
  host: "overview.actor.host",
  both: "overview.actor.both",
} as const satisfies Record<ReviewStepActor, MessageKey>;

const RATING = {
  wholly: "overview.rating.wholly",
  partly: "overview.rating.partly",
  not: "overview.rating.not",
} as const satisfies Record<Rating, MessageKey>;

/**
 * The toolkit's stages of a peer-review visit, as guidance. Nothing here is
 * ticked: the workspace cannot know whether peers were trained or interviews
 * held, and it does not pretend to (the derived checks live in ReadinessPanel).
 */
export function StagesGuide({ current }: { current: ReviewStageId }) {
  const t = useT();
  // The steps are the toolkit's own words, which ship in English only.
  const methodLang = useContentLang("en");
  return (
    <section className="stages" aria-labelledby="stages-heading">
      <header className="stages__header">
        <h2 className="stages__title" id="stages-heading">
          {t("overview.stages.title")}
        </h2>
        <p className="stages__lede">
          <BookIcon size={14} />
          {t("overview.stages.lede")}
        </p>
      </header>
      <ol className="stages__list">
        {REVIEW_STAGES.map((stage) => {
          const isCurrent = stage.id === current;
          return (
            <li key={stage.id} className={`stage${isCurrent ? " stage--current" : ""}`} aria-current={isCurrent ? "step" : undefined}>
              <h3 className="stage__name">
                {t(STAGE_NAME[stage.id])}
                {isCurrent ? <span className="stage__now">{t("overview.stages.now")}</span> : null}
              </h3>
              <ol className="stage__steps">
                {stage.steps.map((step) => (
                  <li key={step.id} className="stage-step">
                    <span className={`stage-step__actor stage-step__actor--${step.by}`}>{t(ACTOR[step.by])}</span>
                    <span className="stage-step__text" lang={methodLang}>
                      {step.text}
                    </span>
                  </li>
                ))}
              </ol>
              {stage.id === "during" ? (
                <div className="stage__scale">
                  <p className="stage__scale-title">{t("overview.rating.title")}</p>
                  <ul className="rating-scale">
                    {RATINGS.map((rating) => (
                      <li key={rating} className={`rating-scale__item rating-scale__item--${rating}`}>
                        {t(RATING[rating])}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
