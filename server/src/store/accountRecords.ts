import type { UserRecord } from "./userRecords.ts";

/** What deactivating or reactivating an account came to; only `changed` wrote anything. */
export type AccountActivation = "changed" | "unchanged" | "not_found" | "administrator" | "actor_not_administrator";

/** The account's own settings, passwords and their resets, and deactivation by an administrator. */
export interface AccountStore {
  /** Sets name and colour; null when there is no such account. */
  updateProfile(userId: string, profile: { name: string; color: string }): Promise<UserRecord | null>;
  /**
   * Replaces the password hash and ends every session of the account except `keepSessionHash`
   * (null: every session), in one transaction.
   */
  replacePassword(userId: string, passwordHash: string, keepSessionHash: string | null): Promise<void>;
  /** Stores a reset token (by hash) and withdraws the account's earlier unused ones. */
  createPasswordReset(input: { tokenHash: string; userId: string; createdBy: string; expiresAt: Date }): Promise<void>;
  /**
   * Uses a reset token once: when it is unused and unexpired at `now`, and its account active,
   * marks it used, sets the password hash and ends every session, in one transaction; returns
   * the account's id, else null.
   */
  consumePasswordReset(input: { tokenHash: string; passwordHash: string; now: Date }): Promise<string | null>;
  /**
   * Deactivates (`active` false: the account's sessions end) or reactivates an account on behalf
   * of `actorId`, who must be an administrator at that moment; administrators are not deactivated.
   */
  setAccountActive(input: { userId: string; active: boolean; actorId: string; now: Date }): Promise<AccountActivation>;
}
