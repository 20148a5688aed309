import type { SqlClient } from "./sqlClient.ts";
import type { SuggestionClaimStore } from "./suggestionRecords.ts";

export function createSqlSuggestionClaims(db: SqlClient): SuggestionClaimStore {
  return {
    async claimSuggestionDecision({ docName, threadId, userId, at }) {
      const { rows } = await db.query<{ thread_id: string }>(
        `INSERT INTO suggestion_decisions (doc_name, thread_id, decided_by, decided_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (doc_name, thread_id) DO NOTHING RETURNING thread_id`,
        [docName, threadId, userId, at],
      );
      return rows.length > 0;
    },
    async releaseSuggestionDecision(docName, threadId) {
      await db.query("DELETE FROM suggestion_decisions WHERE doc_name = $1 AND thread_id = $2", [docName, threadId]);
    },
  };
}
