import { REVIEW_DOCUMENT_KINDS, REVIEW_ROLES, documentAccess, mayComment, type ReviewDocumentKind, type ReviewRole } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { roleDescriptionKey } from "../../ui/roles.ts";
import "../../ui/panel.css";

/** The documents a member works in; votes and team ratings are part of the board to them. */
const DOCUMENT_LABEL = {
  board: "team.document.board",
  self: "team.document.self",
  report: "team.document.report",
  comments: "team.document.comments",
  programme: "team.document.programme",
  brief: "team.document.brief",
  questions: "team.document.questions",
} as const satisfies Record<Exclude<ReviewDocumentKind, "ratings">, MessageKey>;
const GUIDED_KINDS = REVIEW_DOCUMENT_KINDS.filter((kind): kind is keyof typeof DOCUMENT_LABEL => kind !== "ratings");

/** Comments are written through the comment commands (the socket only reads them), so their writers are the commenters. */
function accessOf(kind: ReviewDocumentKind, role: ReviewRole) {
  return kind === "comments" && mayComment(role) ? "write" : documentAccess(kind, role);
}

/** What each role may do with the review's documents, read from the permission table the server enforces. */
export function RolesGuide({ myRole }: { myRole: ReviewRole }) {
  const t = useT();
  const names = (role: ReviewRole, access: "write" | "read") =>
    GUIDED_KINDS.filter((kind) => accessOf(kind, role) === access)
      .map((kind) => t(DOCUMENT_LABEL[kind]))
      .join(", ");

  return (
    <section className="panel roles-guide" aria-labelledby="roles-guide-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="roles-guide-heading">
          {t("team.roles.title")}
        </h2>
      </header>
      <ul className="roles-guide__list">
        {REVIEW_ROLES.map((role) => {
          const edits = names(role, "write");
          const reads = names(role, "read");
          return (
            <li key={role} className={`roles-guide__role${role === myRole ? " roles-guide__role--mine" : ""}`}>
              <p className="roles-guide__name">
                <RoleBadge role={role} />
                {role === myRole ? <span className="roles-guide__mine">{t("team.roles.yours")}</span> : null}
              </p>
              <p className="roles-guide__text">{t(roleDescriptionKey[role])}</p>
              <dl className="roles-guide__access">
                {edits ? (
                  <div>
                    <dt>{t("team.roles.edits")}</dt>
                    <dd>{edits}</dd>
                  </div>
                ) : null}
                {reads ? (
                  <div>
                    <dt>{t("team.roles.reads")}</dt>
                    <dd>{reads}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
