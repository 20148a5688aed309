import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { loadMigrations, migrate } from "./migrate.ts";
import { pgliteClient } from "./pglite.ts";
import { postgresClient } from "./postgres.ts";
import { createTestDatabase } from "./testDatabase.ts";

describe.each(["pglite", "postgres"])("%s migration 024", (backend) => {
  it("gives every review its first host project, named as its host project, and makes its team ratings that project's", async () => {
    const database = backend === "postgres" ? await createTestDatabase() : null;
    const dir = database ? null : await mkdtemp(path.join(tmpdir(), "store-024-"));
    const client = database ? postgresClient(database.url) : pgliteClient(await PGlite.create(path.join(dir!, "data")));
    try {
      const all = await loadMigrations();
      const at = all.findIndex((migration) => migration.name.startsWith("024_"));
      expect(at).toBeGreaterThan(0);
      await migrate(client, all.slice(0, at));
      await client.query("INSERT INTO users (id, email, name, color, password_hash) VALUES ('u', 'u@example.org', 'U', '#000000', 'h')");
      await client.query("INSERT INTO reviews (id, title, host_project, created_by) VALUES ('ra', 'A', 'Welcome desks', 'u'), ('rb', 'B', '', 'u')");
      await client.query("INSERT INTO team_ratings (review_id, factor_id, rating, rationale, cites, rated_by) VALUES ('ra', 'core-1', 'partly', 'Seen', '{c1}', 'u')");

      await migrate(client);

      const projects = await client.query<{ review_id: string; id: string; name: string; position: number }>("SELECT review_id, id, name, position FROM review_projects ORDER BY review_id");
      expect(projects.rows).toEqual([
        { review_id: "ra", id: "ra", name: "Welcome desks", position: 0 },
        { review_id: "rb", id: "rb", name: "", position: 0 },
      ]);
      const ratings = await client.query<{ project_id: string; rating: string }>("SELECT project_id, rating FROM team_ratings");
      expect(ratings.rows).toEqual([{ project_id: "ra", rating: "partly" }]);
      // The key now includes the project: the same factor rated for a second project is a second row.
      await client.query("INSERT INTO review_projects (review_id, id, name, position) VALUES ('ra', 'p2', 'Language cafés', 1)");
      await client.query("INSERT INTO team_ratings (review_id, project_id, factor_id, rating, rationale, cites) VALUES ('ra', 'p2', 'core-1', 'wholly', 'Seen', '{c1}')");
      // A rating of a project the review does not have is refused by the foreign key.
      await expect(client.query("INSERT INTO team_ratings (review_id, project_id, factor_id, rating, rationale, cites) VALUES ('ra', 'nope', 'core-1', 'wholly', 'x', '{}')")).rejects.toThrow();
      // Deleting the review takes its projects and ratings with it.
      await client.query("DELETE FROM reviews WHERE id = 'ra'");
      expect((await client.query("SELECT 1 FROM team_ratings")).rows).toEqual([]);
    } finally {
      await client.close();
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });
});
