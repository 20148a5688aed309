import type * as Y from "yjs";
import { deleteDay, deleteSession, type ProgrammeDayView, type ProgrammeSession } from "@review/shared/programme";
import { describeError } from "../../app/errorText.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { longDate } from "./programmeText.ts";
import type { ParticipantNames } from "./useParticipantNames.ts";

export type DeleteTarget = { kind: "day"; day: ProgrammeDayView; number: number } | { kind: "session"; session: ProgrammeSession };

/** Asks before a day (with its sessions) or a session goes; a moderator's delete also forgets the real names it held. */
export function DeleteDialogs({ target, doc, names, onClose }: { target: DeleteTarget | null; doc: Y.Doc; names: ParticipantNames; onClose: () => void }) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const sessions = target?.kind === "day" ? target.day.sessions : target ? [target.session] : [];

  const confirm = async (): Promise<string | null> => {
    if (!target) return null;
    try {
      if (names.available) {
        const forgotten = sessions.flatMap((session) => session.people).filter((person) => names.names.has(person.id));
        await names.save(new Map(forgotten.map((person) => [person.id, ""])));
      }
    } catch (failure) {
      return describeError(t, failure);
    }
    if (target.kind === "day") deleteDay(doc, target.day.id);
    else deleteSession(doc, target.session.id);
    announce(t(target.kind === "day" ? "programme.day.deleted" : "programme.session.deleted"));
    return null;
  };

  const title =
    target?.kind === "day"
      ? t("programme.day.deleteTitle", { day: t("programme.day.number", { number: target.number }), date: longDate(locale, target.day.date) })
      : t("programme.session.deleteTitle", { title: target?.session.title || t("programme.session.untitled") });
  return (
    <ConfirmDialog open={target !== null} title={title} confirmLabel={t("programme.delete.confirm")} busyLabel={t("programme.delete.busy")} onConfirm={confirm} onClose={onClose}>
      <p>{target?.kind === "day" ? t("programme.day.deleteText", { count: sessions.length }) : t("programme.session.deleteText")}</p>
    </ConfirmDialog>
  );
}
