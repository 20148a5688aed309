import type { LocaleCode, NetworkRole, ReviewRole } from "@review/shared";
import { LOCK_CLASS } from "./advisoryLocks.ts";
import { oneRow, withStoreErrors, type SqlClient } from "./sqlClient.ts";
import { createSqlBenchmarks } from "./sqlBenchmarks.ts";
import { consumeInvitation, createSqlInvitations, lockOpenInvitation } from "./sqlInvitations.ts";
import { changeMembership } from "./sqlMembers.ts";
import { createSqlNetworkRoles } from "./sqlNetworkRoles.ts";
import { createSqlDocuments } from "./sqlDocuments.ts";
import { createSqlVersions } from "./sqlVersions.ts";
import { createSqlAccounts } from "./sqlAccounts.ts";
import { createSqlImages } from "./sqlImages.ts";
import { createSqlNotifications } from "./sqlNotifications.ts";
import { createSqlPapers } from "./sqlPapers.ts";
import { createSqlRatings } from "./sqlRatings.ts";
import { createSqlReportWorkflow } from "./sqlReportWorkflow.ts";
import { createSqlFollowUps } from "./sqlFollowUps.ts";
import { createSqlSuggestionClaims } from "./sqlSuggestions.ts";
import { createSqlRounds } from "./sqlRounds.ts";
import { createSqlProjects, lockReview, projectNameTaken } from "./sqlProjects.ts";
import { createSqlParticipantNames } from "./sqlParticipantNames.ts";
import { createSqlWrapUp } from "./sqlWrapUp.ts";
import type { MemberRecord, RegistrationOutcome, ReviewRecord, SessionRecord, Store, UserRecord } from "./store.ts";

type UserRow = {
  id: string;
  email: string;
  name: string;
  color: string;
  network_role: NetworkRole;
  locale: LocaleCode;
  password_hash: string;
  created_at: Date;
  deactivated_at: Date | null;
};
type SessionRow = { id_hash: string; user_id: string; expires_at: Date };
type ReviewRow = {
  id: string;
  title: string;
  host_project: string;
  created_by: string;
  created_at: Date;
  benchmark_id: string | null;
  benchmark_version: string | null;
  modules: string[];
  country: string;
  theme_module: string | null;
  visit_start: string | null;
  visit_end: string | null;
  report_status: ReviewRecord["reportStatus"];
  report_status_changed_at: Date | null;
  report_status_changed_by: string | null;
  report_status_changed_by_name: string | null;
};

const USER_COLUMNS =
  "users.id, users.email, users.name, users.color, users.network_role, users.locale, users.password_hash, users.created_at, users.deactivated_at";
const REVIEW_COLUMNS =
  "reviews.id, reviews.title, reviews.host_project, reviews.created_by, reviews.created_at, reviews.benchmark_id, reviews.benchmark_version, reviews.modules, " +
  "reviews.country, reviews.theme_module, to_char(reviews.visit_start, 'YYYY-MM-DD') AS visit_start, to_char(reviews.visit_end, 'YYYY-MM-DD') AS visit_end, " +
  "reviews.report_status, reviews.report_status_changed_at, reviews.report_status_changed_by, " +
  "(SELECT name FROM users WHERE users.id = reviews.report_status_changed_by) AS report_status_changed_by_name";

/** The Store over any SQL client; `kind` only tells callers which database is underneath. */
export function createSqlStore(client: SqlClient, kind: Store["kind"]): Store {
  const db = withStoreErrors(client);

  async function findUser(where: string, value: string): Promise<UserRecord | null> {
    const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${where} = $1`, [value]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  return {
    kind,

    async createUser(input) {
      return db.transaction(async (tx) => {
        // Without the lock, two concurrent first registrations could both see no users.
        await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.users}, 0)`);
        const { rows } = await tx.query<UserRow>(
          `INSERT INTO users (id, email, name, color, password_hash, locale, network_role)
           SELECT $1, $2, $3, $4, $5, $6, CASE WHEN EXISTS (SELECT 1 FROM users) THEN 'member' ELSE 'administrator' END
           RETURNING ${USER_COLUMNS}`,
          [input.id, input.email.toLowerCase(), input.name, input.color, input.passwordHash, input.locale ?? "en"],
        );
        return toUser(oneRow(rows));
      });
    },
    async registerUser(input) {
      const email = input.email.toLowerCase();
      return db.transaction(async (tx): Promise<RegistrationOutcome> => {
        // One registration at a time: the first-account check and the taken-email check hold until commit.
        await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_CLASS.users}, 0)`);
        const invitation = input.invitationCode ? await lockOpenInvitation(tx, input.invitationCode, input.now) : null;
        if (input.invitationCode && !invitation) return { kind: "invitation_unusable" };
        if (invitation?.email && invitation.email !== email) return { kind: "invitation_for_other", email: invitation.email };
        const { rows: found } = await tx.query<{ users: boolean; taken: boolean }>(
          "SELECT EXISTS (SELECT 1 FROM users) AS users, EXISTS (SELECT 1 FROM users WHERE email = $1) AS taken",
          [email],
        );
        const { users, taken } = oneRow(found);
        if (!invitation && input.inviteOnly && users) return { kind: "invite_only" };
        if (taken) return { kind: "email_taken" };
        const { rows } = await tx.query<UserRow>(
          `INSERT INTO users (id, email, name, color, password_hash, network_role, locale) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${USER_COLUMNS}`,
          [input.id, email, input.name, input.color, input.passwordHash, users ? "member" : "administrator", input.locale],
        );
        if (invitation) await consumeInvitation(tx, invitation, input.id, input.now);
        return { kind: "created", user: toUser(oneRow(rows)), reviewId: invitation?.reviewId ?? null };
      });
    },
    findUserByEmail: (email) => findUser("email", email.toLowerCase()),
    findUserById: (id) => findUser("id", id),
    async countUsers() {
      const { rows } = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM users");
      return oneRow(rows).count;
    },
    async setUserLocale(userId, locale) {
      const { rows } = await db.query<UserRow>(`UPDATE users SET locale = $2 WHERE id = $1 RETURNING ${USER_COLUMNS}`, [userId, locale]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    async createSession(session) {
      await db.query("INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)", [
        session.idHash,
        session.userId,
        session.expiresAt,
      ]);
    },
    async findSession(idHash) {
      const { rows } = await db.query<SessionRow & UserRow>(
        `SELECT sessions.id_hash, sessions.user_id, sessions.expires_at, ${USER_COLUMNS}
         FROM sessions JOIN users ON users.id = sessions.user_id
         WHERE sessions.id_hash = $1 AND users.deactivated_at IS NULL`,
        [idHash],
      );
      const row = rows[0];
      return row ? { session: toSession(row), user: toUser(row) } : null;
    },
    async updateSessionExpiry(idHash, expiresAt) {
      await db.query("UPDATE sessions SET expires_at = $2 WHERE id_hash = $1", [idHash, expiresAt]);
    },
    async deleteSession(idHash) {
      await db.query("DELETE FROM sessions WHERE id_hash = $1", [idHash]);
    },
    async deleteUserSessions(userId) {
      await db.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
    },
    async deleteExpiredSessions(now) {
      await db.query("DELETE FROM sessions WHERE expires_at <= $1", [now]);
    },

    async createReview(input) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<ReviewRow>(
          `INSERT INTO reviews (id, title, host_project, created_by, benchmark_id, benchmark_version, modules, country, theme_module, visit_start, visit_end)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::date, $11::date)
           RETURNING ${REVIEW_COLUMNS}`,
          [
            input.id,
            input.title,
            input.hostProject,
            input.createdBy,
            input.benchmarkId,
            input.benchmarkVersion,
            JSON.stringify(input.modules),
            input.country ?? "",
            input.themeModuleId ?? null,
            input.visitStart ?? null,
            input.visitEnd ?? null,
          ],
        );
        await tx.query("INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, 'moderator')", [
          input.id,
          input.createdBy,
        ]);
        // Every review has its first host project (migration 024).
        await tx.query("INSERT INTO review_projects (review_id, id, name, position) VALUES ($1, $1, $2, 0)", [input.id, input.hostProject]);
        return toReview(oneRow(rows));
      });
    },
    async updateReview(id, patch) {
      const columns: [string, unknown, string?][] = [];
      if (patch.title !== undefined) columns.push(["title", patch.title]);
      if (patch.hostProject !== undefined) columns.push(["host_project", patch.hostProject]);
      if (patch.country !== undefined) columns.push(["country", patch.country]);
      if (patch.themeModuleId !== undefined) columns.push(["theme_module", patch.themeModuleId]);
      if (patch.visitStart !== undefined) columns.push(["visit_start", patch.visitStart, "::date"]);
      if (patch.visitEnd !== undefined) columns.push(["visit_end", patch.visitEnd, "::date"]);
      if (patch.modules !== undefined) columns.push(["modules", JSON.stringify(patch.modules), "::jsonb"]);
      if (columns.length === 0) return this.findReview(id);
      const assignments = columns.map(([column, , cast], i) => `${column} = $${i + 2}${cast ?? ""}`).join(", ");
      return db.transaction(async (tx) => {
        // Renaming the first host project: checked against the others under the lock every project change takes.
        if (patch.hostProject !== undefined) {
          if (!(await lockReview(tx, id))) return null;
          if (await projectNameTaken(tx, id, patch.hostProject, id)) return "project_name_taken" as const;
        }
        const { rows } = await tx.query<ReviewRow>(
          `UPDATE reviews SET ${assignments} WHERE id = $1 RETURNING ${REVIEW_COLUMNS}`,
          [id, ...columns.map(([, value]) => value)],
        );
        // The first host project is named as the review's host project.
        if (rows[0] && patch.hostProject !== undefined) await tx.query("UPDATE review_projects SET name = $2 WHERE review_id = $1 AND position = 0", [id, patch.hostProject]);
        return rows[0] ? toReview(rows[0]) : null;
      });
    },
    async findReview(id) {
      const { rows } = await db.query<ReviewRow>(`SELECT ${REVIEW_COLUMNS} FROM reviews WHERE id = $1`, [id]);
      return rows[0] ? toReview(rows[0]) : null;
    },
    async listReviewsForUser(userId) {
      const { rows } = await db.query<ReviewRow & { role: ReviewRole }>(
        `SELECT ${REVIEW_COLUMNS}, review_members.role
         FROM reviews JOIN review_members ON review_members.review_id = reviews.id
         WHERE review_members.user_id = $1
         ORDER BY reviews.created_at DESC, reviews.id DESC`,
        [userId],
      );
      return rows.map((row) => ({ ...toReview(row), role: row.role }));
    },
    async findReviewWithRole(reviewId, userId) {
      const { rows } = await db.query<ReviewRow & { member_role: ReviewRole | null }>(
        `SELECT ${REVIEW_COLUMNS},
           (SELECT role FROM review_members WHERE review_members.review_id = reviews.id AND review_members.user_id = $2) AS member_role
         FROM reviews WHERE id = $1`,
        [reviewId, userId],
      );
      return rows[0] ? { review: toReview(rows[0]), role: rows[0].member_role } : null;
    },
    async findMembership(reviewId, userId) {
      const { rows } = await db.query<{ role: ReviewRole }>(
        "SELECT role FROM review_members WHERE review_id = $1 AND user_id = $2",
        [reviewId, userId],
      );
      return rows[0]?.role ?? null;
    },
    async upsertMember(reviewId, userId, role) {
      await db.query(
        `INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (review_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [reviewId, userId, role],
      );
    },
    async addMember(reviewId, userId, role) {
      const { rows } = await db.query<{ user_id: string }>(
        `INSERT INTO review_members (review_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (review_id, user_id) DO NOTHING RETURNING user_id`,
        [reviewId, userId, role],
      );
      return rows.length > 0;
    },
    changeMembership: (input) => changeMembership(db, input),
    async listMembers(reviewId) {
      const { rows } = await db.query<MemberRecord>(
        `SELECT m.review_id AS "reviewId", m.user_id AS "userId", m.role, u.name, u.email, u.color
         FROM review_members m JOIN users u ON u.id = m.user_id
         WHERE m.review_id = $1
         ORDER BY array_position(ARRAY['moderator', 'peer', 'host', 'partner'], m.role), u.name, u.id`,
        [reviewId],
      );
      return rows;
    },

    async removeMember(reviewId, userId) {
      const { rows } = await db.query<{ user_id: string }>(
        "DELETE FROM review_members WHERE review_id = $1 AND user_id = $2 RETURNING user_id",
        [reviewId, userId],
      );
      return rows.length > 0;
    },

    ...createSqlNetworkRoles(db),
    ...createSqlBenchmarks(db),
    ...createSqlInvitations(db),
    ...createSqlReportWorkflow(db),
    ...createSqlDocuments(db, { notifyAppends: kind === "postgres" }),
    ...createSqlVersions(db),
    ...createSqlPapers(db),
    ...createSqlRatings(db),
    ...createSqlImages(db),
    ...createSqlFollowUps(db),
    ...createSqlSuggestionClaims(db),
    ...createSqlRounds(db),
    ...createSqlProjects(db),
    ...createSqlParticipantNames(db),
    ...createSqlWrapUp(db),
    ...createSqlNotifications(db),
    ...createSqlAccounts(db, (id) => findUser("id", id)),
    subscribeToAppends: null,
    announceAccessChange: null,

    close: () => db.close(),
  };
}


function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    color: row.color,
    networkRole: row.network_role,
    isAdmin: row.network_role === "administrator",
    locale: row.locale,
    passwordHash: row.password_hash,
    deactivatedAt: row.deactivated_at,
    createdAt: row.created_at,
  };
}

function toSession(row: SessionRow): SessionRecord {
  return { idHash: row.id_hash, userId: row.user_id, expiresAt: row.expires_at };
}

function toReview(row: ReviewRow): ReviewRecord {
  return {
    id: row.id,
    title: row.title,
    hostProject: row.host_project,
    createdBy: row.created_by,
    createdAt: row.created_at,
    benchmarkId: row.benchmark_id,
    benchmarkVersion: row.benchmark_version,
    modules: row.modules,
    country: row.country,
    themeModuleId: row.theme_module,
    visitStart: row.visit_start,
    visitEnd: row.visit_end,
    reportStatus: row.report_status,
    reportStatusChangedAt: row.report_status_changed_at,
    reportStatusChangedBy: row.report_status_changed_by,
    reportStatusChangedByName: row.report_status_changed_by_name,
  };
}
