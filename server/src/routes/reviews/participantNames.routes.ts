import { Hono } from "hono";
import { setParticipantNameRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { signalParticipantNames } from "../../programme/participantNamesSignal.ts";
import type { Store } from "../../store/store.ts";
import { deleteParticipantName, listParticipantNames, setParticipantName } from "./participantNames.commands.ts";

/** Real names of pseudonymised programme participants: `GET`, `PUT`/`DELETE …/:personId` (moderators). */
export function participantNameRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    return user.id;
  };
  routes.get("/:id/programme/participants", async (c) => c.json(await listParticipantNames(deps.store, userId(c), c.req.param("id"))));
  routes.put("/:id/programme/participants/:personId", async (c) => {
    const actor = userId(c);
    const { name } = await readJson(c, setParticipantNameRequestSchema);
    await setParticipantName(deps.store, actor, c.req.param("id"), c.req.param("personId"), name);
    void signalParticipantNames(deps.rooms, c.req.param("id"));
    return c.body(null, 204);
  });
  routes.delete("/:id/programme/participants/:personId", async (c) => {
    await deleteParticipantName(deps.store, userId(c), c.req.param("id"), c.req.param("personId"));
    void signalParticipantNames(deps.rooms, c.req.param("id"));
    return c.body(null, 204);
  });
  return routes;
}
