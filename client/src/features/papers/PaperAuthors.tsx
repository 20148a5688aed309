import type { NetworkMember, Paper } from "@review/shared";
import { useId, useState, type FormEvent } from "react";
import { addPaperAuthor, removePaperAuthor } from "../../api/papers.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { PlusIcon, TrashIcon } from "../../ui/icons.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";

type Props = {
  paper: Paper;
  authors: readonly NetworkMember[];
  members: readonly NetworkMember[];
  /** The paper's creator and administrators choose the authors; everyone else sees them. */
  canManage: boolean;
  onAuthorsChange: (authors: NetworkMember[]) => void;
};

/** Who writes this paper besides the network moderators: its authors, chosen by its creator or an administrator. */
export function PaperAuthors({ paper, authors, members, canManage, onAuthorsChange }: Props) {
  const t = useT();
  const headingId = useId();
  const selectId = useId();
  const [choice, setChoice] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const authorIds = new Set(authors.map((author) => author.userId));
  const candidates = members.filter((member) => !authorIds.has(member.userId));

  const run = async (action: () => Promise<NetworkMember[]>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      onAuthorsChange(await action());
      announce(done);
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const member = candidates.find((candidate) => candidate.userId === choice);
    if (!member) return;
    void run(() => addPaperAuthor(paper.id, member.userId), t("papers.authors.added", { name: member.name })).then(() => setChoice(""));
  };

  const remove = (author: NetworkMember) =>
    void run(async () => {
      await removePaperAuthor(paper.id, author.userId);
      return authors.filter((entry) => entry.userId !== author.userId);
    }, t("papers.authors.removed", { name: author.name }));

  return (
    <section className="paper-authors" aria-labelledby={headingId}>
      <h2 className="paper-authors__title" id={headingId}>
        {t("papers.authors.heading")}
      </h2>
      <p className="paper-authors__lede">{t("papers.authors.lede")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="paper-authors__list">
        {authors.map((author) => {
          const isCreator = paper.createdBy?.id === author.userId;
          return (
            <li key={author.userId} className="paper-authors__item">
              <Avatar name={author.name} color={author.color} size="sm" />
              <span>
                {author.name}
                {isCreator ? <span className="paper-authors__creator"> {t("papers.authors.creator")}</span> : null}
              </span>
              {canManage && !isCreator ? (
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t("papers.authors.remove", { name: author.name })}
                  title={t("papers.authors.remove", { name: author.name })}
                  disabled={busy}
                  onClick={() => remove(author)}
                >
                  <TrashIcon size={14} />
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canManage && candidates.length > 0 ? (
        <form className="paper-authors__add" onSubmit={add}>
          <label className="visually-hidden" htmlFor={selectId}>
            {t("papers.authors.addLabel")}
          </label>
          <select id={selectId} className="input select select--compact" value={choice} disabled={busy} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t("papers.authors.choose")}</option>
            {candidates.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary" disabled={busy || choice === ""}>
            <PlusIcon size={16} />
            {t("papers.authors.add")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
