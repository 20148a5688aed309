import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { hashSessionToken, SESSION_LIFETIME_MS, Sessions } from "./sessions.ts";

const DAY = 24 * 60 * 60 * 1000;

describe("sessions", () => {
  let store: Store;
  let dir: string;
  let clock = Date.parse("2026-12-05T10:00:00Z");
  const sessions = () => new Sessions(store, { secureCookies: false, now: () => clock });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "sessions-"));
    store = await openPgliteStore(path.join(dir, "data"));
    await store.createUser({ id: "u1", email: "u1@example.org", name: "Ute", color: "#123456", passwordHash: "x" });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("hashes tokens as the stored sessions were hashed before (SHA-256, hex): sessions survive the change", () => {
    const token = "abcdefghijklmnopqrstuvwxyz234567abcdefgh";
    expect(hashSessionToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("creates a 200-bit token, stores only its hash and resolves it to the user", async () => {
    const engine = sessions();
    const session = await engine.create("u1");
    expect(session.id).toMatch(/^[a-z2-7]{40}$/);
    expect(await store.findSession(session.id)).toBeNull();
    const { session: found, user } = await engine.validate(session.id);
    expect(found).toMatchObject({ id: session.id, userId: "u1", fresh: false });
    expect(user).toEqual({ id: "u1", email: "u1@example.org", name: "Ute", color: "#123456", isAdmin: expect.any(Boolean), networkRole: expect.any(String), locale: "en" });
    expect((await engine.validate(`${session.id}x`)).session).toBeNull();
  });

  it("renews a session past half its life and deletes an expired one", async () => {
    const engine = sessions();
    const session = await engine.create("u1");
    clock += 16 * DAY;
    const renewed = await engine.validate(session.id);
    expect(renewed.session?.fresh).toBe(true);
    expect(renewed.session?.expiresAt.getTime()).toBe(clock + SESSION_LIFETIME_MS);
    expect((await store.findSession(hashSessionToken(session.id)))?.session.expiresAt.getTime()).toBe(clock + SESSION_LIFETIME_MS);
    clock += 10 * DAY;
    expect((await engine.validate(session.id)).session?.fresh).toBe(false);
    clock += 21 * DAY;
    expect(await engine.validate(session.id)).toEqual({ session: null, user: null });
    expect(await store.findSession(hashSessionToken(session.id))).toBeNull();
  });

  it("invalidates a session", async () => {
    const engine = sessions();
    const session = await engine.create("u1");
    await engine.invalidate(session.id);
    expect((await engine.validate(session.id)).session).toBeNull();
  });

  it("writes an HttpOnly, SameSite=Lax cookie for the whole site, Secure only over https", async () => {
    const session = await sessions().create("u1");
    const cookie = sessions().cookie(session);
    expect(cookie).toBe(`review_session=${session.id}; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax`);
    expect(new Sessions(store, { secureCookies: true }).cookie(session)).toContain("; Secure");
    expect(sessions().blankCookie()).toBe("review_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
  });
});
