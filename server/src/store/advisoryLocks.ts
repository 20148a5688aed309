/**
 * Classes for PostgreSQL's two-key advisory locks, `pg_advisory_xact_lock(class, key)`,
 * kept in one place so that no two uses collide. The values are arbitrary but fixed:
 * every server process of a deployment must agree on them.
 */
export const LOCK_CLASS = {
  /** key 0: one process at a time applies migrations. */
  migrations: 7_401_001,
  /** key 0: serialises account creation so exactly one first user becomes admin. */
  users: 7_401_002,
  /** key hashtext(doc_name): serialises appends per document (see sqlDocuments.ts). */
  document: 7_401_003,
} as const;
