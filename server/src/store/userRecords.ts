import type { LocaleCode, NetworkRole } from "@review/shared";

/** A user row, including what never leaves the server. */
export type UserRecord = {
  id: string;
  email: string;
  name: string;
  color: string;
  /** The account's role in the network; only an administrator changes it. */
  networkRole: NetworkRole;
  /** `networkRole === "administrator"`. */
  isAdmin: boolean;
  /** The language of the interface and of the exports this user makes. */
  locale: LocaleCode;
  passwordHash: string;
  createdAt: Date;
  /** When an administrator deactivated the account (no sign-in, no session), else null. */
  deactivatedAt: Date | null;
};

/** An account as the administrator's network page lists it. */
export type AccountRecord = Pick<UserRecord, "id" | "email" | "name" | "color" | "networkRole" | "createdAt" | "deactivatedAt">;

/** What changing an account's network role did. */
export type NetworkRoleChange = "changed" | "unchanged" | "not_found" | "last_administrator" | "actor_not_administrator";

/** What registering an account came to: created, or why nothing was written. */
export type RegistrationOutcome =
  | { kind: "created"; user: UserRecord; reviewId: string | null }
  | { kind: "invitation_unusable" }
  | { kind: "invitation_for_other"; email: string }
  | { kind: "invite_only" }
  | { kind: "email_taken" };

/** Accounts: creation (alone or by invitation), lookup, language and network role. */
export interface UserStore {
  /**
   * Inserts a user; the first user ever created becomes the administrator, every later one a
   * member. Throws UniqueViolationError on a taken email.
   */
  createUser(input: { id: string; email: string; name: string; color: string; passwordHash: string; locale?: LocaleCode }): Promise<UserRecord>;
  /**
   * Creates an account in one transaction with what entitles it: an invitation (checked,
   * consumed and its membership added) or, when `inviteOnly`, being the very first account.
   * Nothing is written unless the outcome is `created`.
   */
  registerUser(input: {
    id: string;
    email: string;
    name: string;
    color: string;
    passwordHash: string;
    locale: LocaleCode;
    invitationCode: string | null;
    inviteOnly: boolean;
    now: Date;
  }): Promise<RegistrationOutcome>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  findUserById(id: string): Promise<UserRecord | null>;
  countUsers(): Promise<number>;
  /** Sets the account's language; null when there is no such account. */
  setUserLocale(userId: string, locale: LocaleCode): Promise<UserRecord | null>;
  /** Every account with its network role, by name. */
  listAccounts(): Promise<AccountRecord[]>;
  /**
   * Sets an account's network role in one transaction that refuses to leave the network
   * without an administrator, and refuses an actor who is no longer an administrator
   * (serialised with every other role change and account creation).
   */
  setNetworkRole(input: { userId: string; role: NetworkRole; actorId: string }): Promise<NetworkRoleChange>;
}
