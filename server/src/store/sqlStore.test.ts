import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations, migrate } from "./migrate.ts";
import { openPgliteStore, pgliteClient } from "./pglite.ts";
import { openPostgresStore, postgresClient } from "./postgres.ts";
import type { Benchmark } from "@review/shared";
import { UniqueViolationError, type Store } from "./store.ts";
import { createTestDatabase } from "./testDatabase.ts";

type Backend = { name: string; open(): Promise<{ store: Store; cleanup(): Promise<void> }> };

const backends: Backend[] = [
  {
    name: "pglite",
    async open() {
      const dir = await mkdtemp(path.join(tmpdir(), "store-test-"));
      const store = await openPgliteStore(path.join(dir, "data"));
      return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    async open() {
      const database = await createTestDatabase();
      const store = await openPostgresStore(database.url);
      return { store, cleanup: database.drop };
    },
  },
];

const TEST_BENCHMARK: Benchmark = {
  id: "test-benchmark",
  name: "Test benchmark",
  version: "1",
  modules: [
    {
      id: "core",
      name: "Core",
      kind: "core",
      factors: [{ id: "core-1", number: "1", name: "Factor", definition: "Defined.", tests: ["A test."], evidence: [] }],
    },
  ],
};

/** Arbitrary bytes of every value, as Yjs updates are to the database. */
function bytes(seed: number, length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (seed * 31 + i * 7) % 256);
}

describe.each(backends)("$name store", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${++counter}`;
  const newUser = (email = `${unique("user")}@example.org`) =>
    store.createUser({ id: unique("u"), email, name: unique("Name"), color: "#123456", passwordHash: "hash" });

  const reviewInput = (title: string, createdBy: string) => ({
    id: unique("r"),
    title,
    hostProject: "H",
    createdBy,
    benchmarkId: TEST_BENCHMARK.id,
    benchmarkVersion: TEST_BENCHMARK.version,
    modules: [],
  });

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.saveBenchmark(TEST_BENCHMARK, null);
  });
  afterAll(async () => {
    await store?.close();
    await cleanup?.();
  });

  describe("users", () => {
    // Runs first, on the empty database.
    it("makes the first user admin and no later one", async () => {
      expect(await store.countUsers()).toBe(0);
      const first = await newUser();
      const second = await newUser();
      expect(first.isAdmin).toBe(true);
      expect(second.isAdmin).toBe(false);
      expect([first.networkRole, second.networkRole]).toEqual(["administrator", "member"]);
      expect(await store.countUsers()).toBe(2);
    });

    it("changes network roles and never leaves the network without an administrator", async () => {
      const [admin] = (await store.listAccounts()).filter((account) => account.networkRole === "administrator");
      const other = await newUser();
      const change = (userId: string, role: "administrator" | "moderator" | "member") => store.setNetworkRole({ userId, role, actorId: admin!.id });
      expect(await change(admin!.id, "member")).toBe("last_administrator");
      expect(await change(other.id, "moderator")).toBe("changed");
      expect(await change(other.id, "moderator")).toBe("unchanged");
      expect((await store.findUserById(other.id))?.networkRole).toBe("moderator");
      expect(await change("no-such-user", "moderator")).toBe("not_found");
      expect(await store.setNetworkRole({ userId: admin!.id, role: "member", actorId: other.id })).toBe("actor_not_administrator");
      expect(await change(other.id, "administrator")).toBe("changed");
      // Two administrators demoting each other at once: one of them stays.
      const outcomes = await Promise.all([
        store.setNetworkRole({ userId: admin!.id, role: "member", actorId: other.id }),
        store.setNetworkRole({ userId: other.id, role: "member", actorId: admin!.id }),
      ]);
      // The second to run finds its actor demoted (or, were it the same actor, the last administrator).
      expect(outcomes.filter((outcome) => outcome === "changed")).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === "actor_not_administrator")).toHaveLength(1);
      expect((await store.listAccounts()).filter((account) => account.networkRole === "administrator")).toHaveLength(1);
      const [survivor] = (await store.listAccounts()).filter((account) => account.networkRole === "administrator");
      if (survivor!.id !== admin!.id) expect(await store.setNetworkRole({ userId: admin!.id, role: "administrator", actorId: survivor!.id })).toBe("changed");
    });

    it("stores emails lowercased and finds them regardless of case", async () => {
      const user = await newUser("Mixed.Case@Example.ORG");
      expect(user.email).toBe("mixed.case@example.org");
      expect(user.createdAt).toBeInstanceOf(Date);
      expect(await store.findUserByEmail("MIXED.case@example.org")).toEqual(user);
      expect(await store.findUserById(user.id)).toEqual(user);
      expect(await store.findUserById("nobody")).toBeNull();
      expect(await store.findUserByEmail("nobody@example.org")).toBeNull();
    });

    it("keeps each account's language: English by default, one of the supported codes only", async () => {
      const user = await newUser();
      expect(user.locale).toBe("en");
      expect((await store.setUserLocale(user.id, "de"))?.locale).toBe("de");
      expect((await store.findUserById(user.id))?.locale).toBe("de");
      expect((await store.findUserByEmail(user.email))?.locale).toBe("de");
      expect(await store.setUserLocale("nobody", "es")).toBeNull();
      // The column's own check: a value outside the codes never lands, whatever a caller passes.
      await expect(store.setUserLocale(user.id, "fr" as "de")).rejects.toThrow();
      expect((await store.findUserById(user.id))?.locale).toBe("de");
      const registered = await store.registerUser({
        id: unique("u"),
        email: `${unique("user")}@example.org`,
        name: "Registered",
        color: "#123456",
        passwordHash: "hash",
        locale: "es",
        invitationCode: null,
        inviteOnly: false,
        now: new Date(),
      });
      expect(registered.kind === "created" && registered.user.locale).toBe("es");
    });

    it("refuses a taken email with UniqueViolationError", async () => {
      await newUser("taken@example.org");
      const error = await newUser("Taken@example.org").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UniqueViolationError);
      expect((error as UniqueViolationError).constraint).toBe("users_email_key");
    });
  });

  describe("sessions", () => {
    it("round-trips a session with its user", async () => {
      const user = await newUser();
      const expiresAt = new Date("2031-05-06T07:08:09.123Z");
      await store.createSession({ idHash: "hash-a", userId: user.id, expiresAt });
      expect(await store.findSession("hash-a")).toEqual({ session: { idHash: "hash-a", userId: user.id, expiresAt }, user });

      const later = new Date("2031-06-01T00:00:00.000Z");
      await store.updateSessionExpiry("hash-a", later);
      expect((await store.findSession("hash-a"))?.session.expiresAt).toEqual(later);

      await store.deleteSession("hash-a");
      expect(await store.findSession("hash-a")).toBeNull();
    });

    it("deletes a user's sessions, and expired sessions only", async () => {
      const user = await newUser();
      const other = await newUser();
      const now = new Date("2030-01-01T00:00:00Z");
      await store.createSession({ idHash: "u1", userId: user.id, expiresAt: now });
      await store.createSession({ idHash: "u2", userId: user.id, expiresAt: now });
      await store.createSession({ idHash: "expired", userId: other.id, expiresAt: new Date(now.getTime() - 1) });
      await store.createSession({ idHash: "valid", userId: other.id, expiresAt: new Date(now.getTime() + 1) });

      await store.deleteUserSessions(user.id);
      expect(await store.findSession("u1")).toBeNull();
      expect(await store.findSession("u2")).toBeNull();

      await store.deleteExpiredSessions(now);
      expect(await store.findSession("expired")).toBeNull();
      expect(await store.findSession("valid")).not.toBeNull();
    });
  });

  describe("benchmarks", () => {
    it("stores versions immutably and serves the newest", async () => {
      expect(await store.saveBenchmark(TEST_BENCHMARK, null)).toBe(false);
      expect(await store.findBenchmark(TEST_BENCHMARK.id, "1")).toEqual(TEST_BENCHMARK);
      const v2 = { ...TEST_BENCHMARK, version: "2", name: "Test benchmark, revised" };
      expect(await store.saveBenchmark(v2, null)).toBe(true);
      expect(await store.findBenchmark(TEST_BENCHMARK.id)).toEqual(v2);
      expect(await store.findBenchmark(TEST_BENCHMARK.id, "1")).toEqual(TEST_BENCHMARK);
      expect((await store.listBenchmarks()).filter((b) => b.id === TEST_BENCHMARK.id)).toEqual([v2]);
      expect(await store.findBenchmark("missing")).toBeNull();
      expect(await store.listBenchmarkVersions(TEST_BENCHMARK.id)).toEqual([v2, TEST_BENCHMARK]);
      expect(await store.listBenchmarkVersions("missing")).toEqual([]);
    });
  });

  describe("reviews and memberships", () => {
    it("makes the creator the moderator", async () => {
      const creator = await newUser();
      const review = await store.createReview(reviewInput("T", creator.id));
      expect(review).toMatchObject({ title: "T", hostProject: "H", createdBy: creator.id });
      expect(await store.findReview(review.id)).toEqual(review);
      expect(await store.findMembership(review.id, creator.id)).toBe("moderator");
      expect(await store.findReview("missing")).toBeNull();
    });

    it("finds a review with the user's role in one read: null for a non-member, nothing for an unknown review", async () => {
      const creator = await newUser();
      const stranger = await newUser();
      const review = await store.createReview(reviewInput("T", creator.id));
      expect(await store.findReviewWithRole(review.id, creator.id)).toEqual({ review, role: "moderator" });
      expect(await store.findReviewWithRole(review.id, stranger.id)).toEqual({ review, role: null });
      await store.upsertMember(review.id, stranger.id, "host");
      expect((await store.findReviewWithRole(review.id, stranger.id))?.role).toBe("host");
      expect(await store.findReviewWithRole("missing", creator.id)).toBeNull();
    });

    it("lists a user's reviews newest first with their role", async () => {
      const user = await newUser();
      const other = await newUser();
      const own = await store.createReview(reviewInput("own", user.id));
      const joined = await store.createReview(reviewInput("joined", other.id));
      await store.createReview(reviewInput("unrelated", other.id));
      await store.upsertMember(joined.id, user.id, "peer");

      const list = await store.listReviewsForUser(user.id);
      expect(list.map((r) => [r.title, r.role])).toEqual([
        ["joined", "peer"],
        ["own", "moderator"],
      ]);
      expect(list[1]).toEqual({ ...own, role: "moderator" });
    });

    it("adds members, changes their role, and lists them", async () => {
      const moderator = await newUser();
      const member = await newUser();
      const review = await store.createReview(reviewInput("T", moderator.id));
      expect(await store.findMembership(review.id, member.id)).toBeNull();

      await store.upsertMember(review.id, member.id, "host");
      expect(await store.findMembership(review.id, member.id)).toBe("host");
      await store.upsertMember(review.id, member.id, "peer");
      expect(await store.findMembership(review.id, member.id)).toBe("peer");

      expect(await store.listMembers(review.id)).toEqual([
        { reviewId: review.id, userId: moderator.id, role: "moderator", name: moderator.name, email: moderator.email, color: moderator.color },
        { reviewId: review.id, userId: member.id, role: "peer", name: member.name, email: member.email, color: member.color },
      ]);
    });
  });

  describe("self ratings", () => {
    it("replaces a review's self ratings, and says when they were these already", async () => {
      const creator = await newUser();
      const review = await store.createReview(reviewInput("Self", creator.id));
      const factor = "core-1";
      expect(await store.replaceSelfRatings(review.id, new Map([[factor, "partly"]]))).toBe(true);
      expect(await store.replaceSelfRatings(review.id, new Map([[factor, "partly"]]))).toBe(false);
      expect(await store.replaceSelfRatings(review.id, new Map([[factor, "wholly"]]))).toBe(true);
      expect(await store.replaceSelfRatings(review.id, new Map())).toBe(true);
      expect(await store.replaceSelfRatings(review.id, new Map())).toBe(false);
    });
  });

  describe("documents", () => {
    it("round-trips exact bytes in append order, as plain Uint8Arrays with numeric seqs", async () => {
      const doc = unique("doc");
      const batch = [bytes(1, 1), Uint8Array.of(0, 255, 0, 92, 120), bytes(3, 4000)];
      const last = await store.appendUpdates(doc, batch);
      const single = await store.appendUpdates(doc, [bytes(4, 10)]);
      expect(single).toBeGreaterThan(last);

      const stored = await store.loadDocument(doc);
      expect(stored.snapshot).toBeNull();
      expect(stored.updates.map((row) => row.data)).toEqual([...batch, bytes(4, 10)]);
      for (const row of stored.updates) {
        expect(typeof row.seq).toBe("number");
        expect(Object.getPrototypeOf(row.data)).toBe(Uint8Array.prototype);
      }
      const seqs = stored.updates.map((row) => row.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs[2]).toBe(last);
      expect(seqs[3]).toBe(single);
    });

    it("keeps the order of a batch larger than one INSERT", async () => {
      const doc = unique("doc");
      const batch = Array.from({ length: 2500 }, (_, i) => Uint8Array.of(i >> 8, i & 255));
      const last = await store.appendUpdates(doc, batch);
      const stored = await store.loadDocument(doc);
      expect(stored.updates.map((row) => row.data)).toEqual(batch);
      expect(stored.updates.at(-1)?.seq).toBe(last);
    });

    it("compacts: the snapshot replaces exactly the rows up to its seq", async () => {
      const doc = unique("doc");
      const neighbour = unique("doc");
      await store.appendUpdates(doc, [bytes(1, 3), bytes(2, 3), bytes(3, 3), bytes(4, 3)]);
      await store.appendUpdates(neighbour, [bytes(9, 9)]);
      const before = await store.loadDocument(doc);
      const upToSeq = before.updates[1]!.seq;

      const snapshot = bytes(42, 100);
      await store.compactDocument(doc, snapshot, upToSeq);
      await store.appendUpdates(doc, [bytes(5, 3)]);

      const after = await store.loadDocument(doc);
      expect(after.snapshot).toEqual(snapshot);
      expect(after.updates.map((row) => row.data)).toEqual([bytes(3, 3), bytes(4, 3), bytes(5, 3)]);
      expect(after.updates.slice(0, 2)).toEqual(before.updates.slice(2));
      expect((await store.loadDocument(neighbour)).updates.map((row) => row.data)).toEqual([bytes(9, 9)]);

      // A second compaction replaces the snapshot; a late, older one changes nothing.
      const newest = after.updates.at(-1)!.seq;
      await store.compactDocument(doc, bytes(43, 10), newest);
      await store.compactDocument(doc, bytes(44, 10), upToSeq);
      expect(await store.loadDocument(doc)).toEqual({ snapshot: bytes(43, 10), snapshotSeq: newest, updates: [] });
      expect(await store.appendUpdates(doc, [])).toBe(newest);

      // Catching up from a seq the snapshot covers returns the snapshot; from beyond it, only newer rows.
      await store.appendUpdates(doc, [bytes(6, 3)]);
      expect((await store.loadDocumentSince(doc, upToSeq)).snapshot).toEqual(bytes(43, 10));
      const since = await store.loadDocumentSince(doc, newest);
      expect(since.snapshot).toBeNull();
      expect(since.updates.map((row) => row.data)).toEqual([bytes(6, 3)]);
    });

    it("stores concurrent appends to one document without losing or reordering any", async () => {
      const doc = unique("doc");
      const batches = Array.from({ length: 20 }, (_, b) => Array.from({ length: 5 }, (_, i) => Uint8Array.of(b, i)));
      await Promise.all(batches.map((batch) => store.appendUpdates(doc, batch)));
      const rows = (await store.loadDocument(doc)).updates.map((row) => Array.from(row.data));
      expect(rows).toHaveLength(100);
      for (let b = 0; b < batches.length; b++) {
        expect(rows.filter(([batch]) => batch === b).map(([, i]) => i)).toEqual([0, 1, 2, 3, 4]);
      }
    });

    it("returns 0 for an empty batch on a new document", async () => {
      expect(await store.appendUpdates(unique("doc"), [])).toBe(0);
      expect(await store.loadDocument(unique("doc"))).toEqual({ snapshot: null, snapshotSeq: 0, updates: [] });
    });
  });
});

describe.each(backends)("$name migration 010", (backend) => {
  it("gives existing accounts English and existing benchmarks the language English", async () => {
    // A fresh database migrated up to 009, with data as it stood then.
    const database = backend.name === "postgres" ? await createTestDatabase() : null;
    const dir = database ? null : await mkdtemp(path.join(tmpdir(), "store-010-"));
    const client = database ? postgresClient(database.url) : pgliteClient(await PGlite.create(path.join(dir!, "data")));
    try {
      const all = await loadMigrations();
      const at = all.findIndex((migration) => migration.name.startsWith("010_"));
      expect(at).toBeGreaterThan(0);
      await migrate(client, all.slice(0, at));
      await client.query("INSERT INTO users (id, email, name, color, password_hash) VALUES ('old', 'old@example.org', 'Old', '#000000', 'h')");
      const { language: _, ...unnamed } = { ...TEST_BENCHMARK, language: "x" };
      await client.query("INSERT INTO benchmarks (id, version, name, data) VALUES ($1, $2, $3, $4::jsonb)", [unnamed.id, unnamed.version, unnamed.name, JSON.stringify(unnamed)]);
      await client.query("INSERT INTO benchmarks (id, version, name, data) VALUES ($1, '2', $2, $3::jsonb)", [unnamed.id, unnamed.name, JSON.stringify({ ...unnamed, version: "2", language: "de" })]);
      expect(await migrate(client)).toEqual(all.slice(at).map((migration) => migration.name));
      const users = await client.query<{ locale: string }>("SELECT locale FROM users");
      expect(users.rows).toEqual([{ locale: "en" }]);
      const benchmarks = await client.query<{ language: string }>("SELECT data->>'language' AS language FROM benchmarks ORDER BY version");
      expect(benchmarks.rows).toEqual([{ language: "en" }, { language: "de" }]);
      await expect(client.query("UPDATE users SET locale = 'fr'")).rejects.toThrow();
    } finally {
      await client.close();
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("pglite", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "store-pglite-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("creates missing parents, and keeps data and migrations across a reopen", async () => {
    const dataDir = path.join(dir, "nested", "deeper", "data");
    const first = await openPgliteStore(dataDir);
    const user = await first.createUser({ id: "u1", email: "a@example.org", name: "A", color: "#000000", passwordHash: "h" });
    await first.appendUpdates("doc", [bytes(7, 20)]);
    await first.close();

    const second = await openPgliteStore(dataDir);
    expect(await second.findUserById("u1")).toEqual(user);
    expect((await second.loadDocument("doc")).updates.map((row) => row.data)).toEqual([bytes(7, 20)]);
    await second.close();

    const client = pgliteClient(await PGlite.create(dataDir));
    try {
      expect(await migrate(client)).toEqual([]);
      const { rows } = await client.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
      expect(rows).toEqual((await loadMigrations()).map((migration) => ({ name: migration.name })));

      // A query from another async path waits for an open transaction instead of joining it.
      let outsideDone = false;
      const rolledBack = client.transaction(async (tx) => {
        await tx.query("INSERT INTO audit_events (kind, subject) VALUES ('inside', 'x')");
        void client.query("INSERT INTO audit_events (kind, subject) VALUES ('outside', 'x')").then(() => {
          outsideDone = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(outsideDone).toBe(false);
        throw new Error("roll back");
      });
      await expect(rolledBack).rejects.toThrow("roll back");
      const kinds = await client.query<{ kind: string }>("SELECT kind FROM audit_events");
      expect(kinds.rows).toEqual([{ kind: "outside" }]);
    } finally {
      await client.close();
    }
  });
});

describe("postgres", () => {
  it("applies migrations once when several processes start together, and makes one admin", async () => {
    const database = await createTestDatabase();
    const clients = Array.from({ length: 4 }, () => postgresClient(database.url));
    try {
      const applied = await Promise.all(clients.map((client) => migrate(client)));
      expect(applied.flat().sort()).toEqual((await loadMigrations()).map((migration) => migration.name));

      const store = await openPostgresStore(database.url);
      try {
        const users = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            store.createUser({ id: `u${i}`, email: `u${i}@example.org`, name: "U", color: "#000000", passwordHash: "h" }),
          ),
        );
        expect(users.filter((user) => user.isAdmin)).toHaveLength(1);
      } finally {
        await store.close();
      }
    } finally {
      await Promise.all(clients.map((client) => client.close()));
      await database.drop();
    }
  });
});
