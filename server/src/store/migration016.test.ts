import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { IMPART_BENCHMARK } from "@review/shared";
import { describe, expect, it } from "vitest";
import { loadMigrations, migrate } from "./migrate.ts";
import { pgliteClient } from "./pglite.ts";
import { postgresClient } from "./postgres.ts";
import { createTestDatabase } from "./testDatabase.ts";

/** Free-text themes as reviews held them before 016, and the module each must map to. */
const OLD_THEMES: [theme: string, module: string | null][] = [
  ["Anti-discrimination Skills", "anti-discrimination"],
  ["anti-discrimination", "anti-discrimination"],
  ["  FOSTERING ANTI-DISCRIMINATION SKILLS ", "anti-discrimination"],
  ["Assessment and Validation", "assessment-validation"],
  ["territorial-approach", "territorial-approach"],
  ["Integrated Territorial Approach", "territorial-approach"],
  ["Youth employment", null],
  ["Migrant skills", null],
  ["", null],
];

describe.each(["pglite", "postgres"])("%s migration 016", (backend) => {
  it("maps existing free-text themes to a thematic module of the review's benchmark, else null", async () => {
    const database = backend === "postgres" ? await createTestDatabase() : null;
    const dir = database ? null : await mkdtemp(path.join(tmpdir(), "store-016-"));
    const client = database ? postgresClient(database.url) : pgliteClient(await PGlite.create(path.join(dir!, "data")));
    try {
      const all = await loadMigrations();
      const at = all.findIndex((migration) => migration.name.startsWith("016_"));
      expect(at).toBeGreaterThan(0);
      await migrate(client, all.slice(0, at));
      await client.query("INSERT INTO users (id, email, name, color, password_hash) VALUES ('u', 'u@example.org', 'U', '#000000', 'h')");
      const { id, version, name } = IMPART_BENCHMARK;
      await client.query("INSERT INTO benchmarks (id, version, name, data) VALUES ($1, $2, $3, $4::jsonb)", [id, version, name, JSON.stringify(IMPART_BENCHMARK)]);
      for (const [index, [theme]] of OLD_THEMES.entries()) {
        await client.query(
          "INSERT INTO reviews (id, title, host_project, created_by, benchmark_id, benchmark_version, theme) VALUES ($1, 'R', 'P', 'u', $2, $3, $4)",
          [`r${index}`, id, version, theme],
        );
      }
      // A review without a benchmark keeps no theme module, whatever its text.
      await client.query("INSERT INTO reviews (id, title, host_project, created_by, theme) VALUES ('none', 'R', 'P', 'u', 'Anti-discrimination')");

      await migrate(client);

      const { rows } = await client.query<{ id: string; theme_module: string | null }>("SELECT id, theme_module FROM reviews");
      const byId = new Map(rows.map((row) => [row.id, row.theme_module]));
      expect(OLD_THEMES.map(([theme], index) => [theme, byId.get(`r${index}`)])).toEqual(OLD_THEMES);
      expect(byId.get("none")).toBeNull();
    } finally {
      await client.close();
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });
});
