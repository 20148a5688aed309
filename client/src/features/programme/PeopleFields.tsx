import { useId } from "react";
import { newProgrammeId, type ProgrammePerson, type ProgrammeSession } from "@review/shared/programme";
import { useT } from "../../i18n/I18nProvider.tsx";
import { focusWhenReady } from "../../ui/focus/index.ts";
import { LockIcon, PlusIcon, TrashIcon } from "../../ui/icons.tsx";
import { nextParticipant } from "./programmeModel.ts";

/** A person as the form edits them: `realName` is for moderators only and never reaches the document. */
export type PersonDraft = ProgrammePerson & { realName: string };

type Props = {
  people: PersonDraft[];
  /** Every session of the programme: pseudonym numbers stay unique across it. */
  sessions: readonly ProgrammeSession[];
  /** The user may keep real names (a moderator of the review). */
  moderator: boolean;
  issue: string | null;
  onChange: (people: PersonDraft[]) => void;
};

const labelInputId = (personId: string) => `programme-person-${personId}`;

/** Who is met in the session: a label each, pseudonymised or not; moderators also keep the real name beside a pseudonym. */
export function PeopleFields({ people, sessions, moderator, issue, onChange }: Props) {
  const t = useT();
  const hintId = useId();
  const participant = () => t("programme.person.participant", { number: nextParticipant(sessions, people) });

  const update = (personId: string, change: Partial<PersonDraft>) => onChange(people.map((person) => (person.id === personId ? { ...person, ...change } : person)));
  const add = (pseudonymised: boolean) => {
    const person: PersonDraft = { id: newProgrammeId(), label: pseudonymised ? participant() : "", pseudonymised, realName: "" };
    onChange([...people, person]);
    focusWhenReady(`#${labelInputId(person.id)}`);
  };
  const togglePseudonym = (person: PersonDraft) => {
    if (!person.pseudonymised) {
      // The name typed as the label becomes the real name (kept by moderators only); the document gets a pseudonym.
      const others = people.filter((other) => other.id !== person.id);
      const realName = moderator ? person.realName || person.label.trim() : "";
      update(person.id, { pseudonymised: true, label: t("programme.person.participant", { number: nextParticipant(sessions, others) }), realName });
    } else {
      update(person.id, { pseudonymised: false, label: person.realName.trim() || person.label, realName: "" });
    }
  };

  return (
    <fieldset className="programme-form__fieldset" aria-describedby={hintId}>
      <legend className="field__label">{t("programme.session.people")}</legend>
      <p className="field__hint" id={hintId}>
        {t(moderator ? "programme.person.hintModerator" : "programme.person.hintPeer")}
      </p>
      {people.length > 0 ? (
        <ul className="programme-form__people">
          {people.map((person, index) => (
            <li key={person.id} className="programme-form__person">
              <div className="field">
                <label className="field__label" htmlFor={labelInputId(person.id)}>
                  {t(person.pseudonymised ? "programme.person.pseudonym" : "programme.person.label", { number: index + 1 })}
                </label>
                <input
                  id={labelInputId(person.id)}
                  className="input"
                  maxLength={120}
                  autoComplete="off"
                  value={person.label}
                  aria-invalid={issue && !person.label.trim() ? true : undefined}
                  onChange={(event) => update(person.id, { label: event.target.value })}
                />
              </div>
              {person.pseudonymised && moderator ? (
                <div className="field">
                  <label className="field__label" htmlFor={`${labelInputId(person.id)}-real`}>
                    <LockIcon size={12} /> {t("programme.person.realName", { number: index + 1 })}
                  </label>
                  <input
                    id={`${labelInputId(person.id)}-real`}
                    className="input"
                    maxLength={200}
                    autoComplete="off"
                    value={person.realName}
                    onChange={(event) => update(person.id, { realName: event.target.value })}
                  />
                </div>
              ) : null}
              <label className="programme-form__check programme-form__pseudonym">
                <input type="checkbox" checked={person.pseudonymised} onChange={() => togglePseudonym(person)} />
                <span>{t("programme.person.pseudonymised")}</span>
              </label>
              <button
                type="button"
                className="icon-button icon-button--sm icon-button--danger"
                aria-label={t("programme.person.remove", { label: person.label || t("programme.person.label", { number: index + 1 }) })}
                title={t("programme.person.removeShort")}
                onClick={() => onChange(people.filter((other) => other.id !== person.id))}
              >
                <TrashIcon size={16} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {issue ? (
        <p className="field__error" role="alert">
          {issue}
        </p>
      ) : null}
      <div className="programme-form__add-people">
        <button type="button" className="button button--secondary button--small" onClick={() => add(false)}>
          <PlusIcon size={16} />
          {t("programme.person.add")}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => add(true)}>
          <LockIcon size={14} />
          {t("programme.person.addPseudonymised")}
        </button>
      </div>
    </fieldset>
  );
}
