import { Hono } from "hono";
import { PROGRAMME_ROUTES, setParticipantNameRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
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
  routes.get(PROGRAMME_ROUTES.participantNames.pattern, async (c) => c.json(await listParticipantNames(deps.store, userId(c), c.req.param("id"))));
  routes.put(PROGRAMME_ROUTES.participantName.pattern, validateJson(setParticipantNameRequestSchema), async (c) => {
    const actor = userId(c);
    const { name } = c.req.valid("json");
    await setParticipantName(deps.store, actor, c.req.param("id"), c.req.param("personId"), name);
    void signalParticipantNames(deps.rooms, c.req.param("id"));
    return c.body(null, 204);
  });
  routes.delete(PROGRAMME_ROUTES.participantName.pattern, async (c) => {
    await deleteParticipantName(deps.store, userId(c), c.req.param("id"), c.req.param("personId"));
    void signalParticipantNames(deps.rooms, c.req.param("id"));
    return c.body(null, 204);
  });
  return routes;
}
