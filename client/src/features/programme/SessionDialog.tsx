import { useId, useState, type FormEvent } from "react";
import type * as Y from "yjs";
import {
  SESSION_KINDS,
  addSession,
  newProgrammeId,
  programmeSessionSchema,
  readSession,
  updateSession,
  type ProgrammeDayView,
  type ProgrammeSession,
  type SessionKind,
} from "@review/shared/programme";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import { describeError } from "../../app/errorText.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import { FactorChoice } from "./FactorChoice.tsx";
import { PeopleFields, type PersonDraft } from "./PeopleFields.tsx";
import type { ParticipantNames } from "./useParticipantNames.ts";
import { nextStart, sessionPatch, type SessionFields } from "./programmeModel.ts";
import { SESSION_KIND_LABEL, shortDate } from "./programmeText.ts";

type Draft = Omit<SessionFields, "people"> & { people: PersonDraft[] };
type Issues = Partial<Record<"title" | "start" | "people", string>>;

type Props = {
  open: boolean;
  dayId: string;
  /** The session to edit, or null to add one to `dayId`. */
  session: ProgrammeSession | null;
  days: readonly ProgrammeDayView[];
  sessions: readonly ProgrammeSession[];
  scope: BenchmarkScope | null;
  names: ParticipantNames;
  doc: Y.Doc;
  onClose: () => void;
};

const fieldsOf = ({ id: _id, ...fields }: ProgrammeSession): SessionFields => fields;

/**
 * Adds or edits a session. Only the fields changed here are written (others' concurrent changes
 * to the other fields survive). Real names of pseudonymised people go to the server first, for
 * moderators; the document only ever holds the label.
 */
export function SessionDialog({ open, dayId, session, days, sessions, scope, names, doc, onClose }: Props) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => blank(dayId));
  const [original, setOriginal] = useState<SessionFields | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function blank(day: string): Draft {
    const daySessions = days.find((candidate) => candidate.id === day)?.sessions ?? [];
    return { dayId: day, kind: "interview", start: nextStart(daySessions), title: "", place: "", factorIds: [], people: [] };
  }

  const dialogRef = useModalDialog(open, "select", () => {
    if (session) {
      setOriginal(fieldsOf(session));
      setDraft({ ...fieldsOf(session), people: session.people.map((person) => ({ ...person, realName: names.names.get(person.id) ?? "" })) });
    } else {
      setOriginal(null);
      setDraft(blank(dayId));
    }
    setIssues({});
    setError(null);
    setSubmitting(false);
  });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Issues = {};
    if (!draft.title.trim()) found.title = t("programme.session.titleRequired");
    if (!programmeSessionSchema.shape.start.safeParse(draft.start).success) found.start = t("programme.session.startInvalid");
    if (draft.people.some((person) => !person.label.trim())) found.people = t("programme.person.labelRequired");
    setIssues(found);
    if (Object.keys(found).length > 0) return;
    const fields: SessionFields = {
      ...draft,
      title: draft.title.trim(),
      place: draft.place.trim(),
      people: draft.people.map(({ id: personId, label, pseudonymised }) => ({ id: personId, label: label.trim(), pseudonymised })),
    };
    const sessionId = session?.id ?? newProgrammeId();
    if (!programmeSessionSchema.safeParse({ id: sessionId, ...fields }).success) return setError(t("programme.session.invalid"));
    setSubmitting(true);
    try {
      if (names.available) await names.save(realNameChanges(session, draft.people));
    } catch (failure) {
      setSubmitting(false);
      return setError(describeError(t, failure));
    }
    setSubmitting(false);
    if (session) {
      if (!readSession(doc, session.id)) return setError(t("programme.session.gone"));
      updateSession(doc, session.id, sessionPatch(original ?? fieldsOf(session), fields));
      announce(t("programme.session.saved", { title: fields.title }));
    } else {
      addSession(doc, { id: sessionId, ...fields });
      announce(t("programme.session.added", { title: fields.title, time: fields.start }));
    }
    onClose();
  };

  const issueText = (key: keyof Issues) =>
    issues[key] ? (
      <p className="field__error" id={`${id}-${key}-issue`} role="alert">
        {issues[key]}
      </p>
    ) : null;
  const invalid = (key: keyof Issues) => (issues[key] ? { "aria-invalid": true as const, "aria-describedby": `${id}-${key}-issue` } : {});

  return (
    <FormDialog
      dialogRef={dialogRef}
      wide
      title={t(session ? "programme.session.editTitle" : "programme.session.addTitle")}
      description={t("programme.session.description")}
      submitting={submitting}
      error={error}
      submitLabel={t(session ? "programme.session.save" : "programme.session.addSubmit")}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
    >
      <div className="programme-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t("programme.session.kind")}
          </label>
          <select id={`${id}-kind`} className="input select" value={draft.kind} onChange={(event) => set("kind", event.target.value as SessionKind)}>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(SESSION_KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${issues.start ? " field--invalid" : ""}`}>
          <label className="field__label" htmlFor={`${id}-start`}>
            {t("programme.session.start")}
          </label>
          <input id={`${id}-start`} className="input" type="time" step={300} required value={draft.start} onChange={(event) => set("start", event.target.value)} {...invalid("start")} />
          {issueText("start")}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-day`}>
            {t("programme.session.day")}
          </label>
          <select id={`${id}-day`} className="input select" value={draft.dayId} onChange={(event) => set("dayId", event.target.value)}>
            {days.map((day, index) => (
              <option key={day.id} value={day.id}>
                {t("programme.day.option", { number: index + 1, date: shortDate(locale, day.date) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className={`field${issues.title ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-title`}>
          {t("programme.session.titleLabel")}
        </label>
        <input id={`${id}-title`} className="input" required maxLength={200} autoComplete="off" value={draft.title} onChange={(event) => set("title", event.target.value)} {...invalid("title")} />
        {issueText("title")}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-place`}>
          {t("programme.session.place")}
        </label>
        <input id={`${id}-place`} className="input" maxLength={200} autoComplete="off" value={draft.place} onChange={(event) => set("place", event.target.value)} />
      </div>
      <FactorChoice scope={scope} chosen={draft.factorIds} onChange={(factorIds) => set("factorIds", factorIds)} />
      <PeopleFields people={draft.people} sessions={sessions} moderator={names.available} issue={issues.people ?? null} onChange={(people) => set("people", people)} />
    </FormDialog>
  );
}

/** personId → real name to store ("" forgets it): the draft's pseudonymised people, and those no longer pseudonymised or removed. */
function realNameChanges(session: ProgrammeSession | null, people: readonly PersonDraft[]): Map<string, string> {
  const changes = new Map<string, string>();
  for (const person of session?.people ?? []) if (person.pseudonymised) changes.set(person.id, "");
  for (const person of people) changes.set(person.id, person.pseudonymised ? person.realName : "");
  return changes;
}
