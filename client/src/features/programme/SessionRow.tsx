import { useId } from "react";
import type { ProgrammeSession } from "@review/shared/programme";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import { programmeSessionAnchor } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { LockIcon, MapPinIcon, PencilIcon, TrashIcon, UsersIcon } from "../../ui/icons.tsx";
import { SESSION_KIND_LABEL, factorCode } from "./programmeText.ts";

type Props = {
  session: ProgrammeSession;
  scope: BenchmarkScope | null;
  realNames: ReadonlyMap<string, string> | null;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
};

/** One session: when, what kind, where, the factors it serves and who is met. */
export function SessionRow({ session, scope, realNames, canWrite, onEdit, onDelete }: Props) {
  const t = useT();
  const titleId = useId();
  const title = session.title || t("programme.session.untitled");
  const factors = scope ? session.factorIds.flatMap((id) => scope.byId.get(id) ?? []) : [];
  return (
    <article id={programmeSessionAnchor(session.id)} tabIndex={-1} className={`programme-session programme-session--${session.kind}`} aria-labelledby={titleId}>
      <time className="programme-session__time">{session.start}</time>
      <div className="programme-session__body">
        <div className="programme-session__top">
          <span className={`programme-kind programme-kind--${session.kind}`}>{t(SESSION_KIND_LABEL[session.kind])}</span>
          <h4 id={titleId} className="programme-session__title">
            <span className="visually-hidden">{session.start} </span>
            {title}
          </h4>
        </div>
        {session.place ? (
          <p className="programme-session__place">
            <MapPinIcon size={14} />
            <span className="visually-hidden">{t("programme.session.place")}: </span>
            {session.place}
          </p>
        ) : null}
        {factors.length > 0 ? (
          <ul className="programme-session__factors" aria-label={t("programme.session.factors")}>
            {factors.map((factor) => (
              <li key={factor.id} className="programme-factor-chip">
                <span className="programme-factor-chip__code">{factorCode(t, factor)}</span> {factor.name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="programme-session__none">{t("programme.session.noFactors")}</p>
        )}
        {session.people.length > 0 ? (
          <div className="programme-session__people">
            <UsersIcon size={14} />
            <ul aria-label={t("programme.session.people")}>
              {session.people.map((person) => {
                const realName = person.pseudonymised ? realNames?.get(person.id) : undefined;
                return (
                  <li key={person.id} className="programme-person">
                    <span>{person.label}</span>
                    {person.pseudonymised ? (
                      <span className="programme-person__tag">
                        <LockIcon size={12} />
                        {t("programme.person.pseudonymisedTag")}
                      </span>
                    ) : null}
                    {realName ? (
                      <span className="programme-person__real" title={t("programme.person.realNameHint")}>
                        {t("programme.person.realNameShown", { name: realName })}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </div>
      {canWrite ? (
        <div className="programme-session__actions">
          <button type="button" className="icon-button icon-button--sm" onClick={onEdit} aria-label={t("programme.session.edit", { title })} title={t("programme.session.editShort")}>
            <PencilIcon size={16} />
          </button>
          <button type="button" className="icon-button icon-button--sm icon-button--danger" onClick={onDelete} aria-label={t("programme.session.delete", { title })} title={t("programme.session.deleteShort")}>
            <TrashIcon size={16} />
          </button>
        </div>
      ) : null}
    </article>
  );
}
