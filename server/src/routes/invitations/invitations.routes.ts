import { Hono } from "hono";
import { API_ROUTES, invitationCodeSchema } from "@review/shared";
import { notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import type { Store } from "../../store/store.ts";
import { acceptInvitation, previewInvitation } from "./invitations.commands.ts";

/** `GET /api/invitations/:code` (anyone with the code) and `POST /api/invitations/:code/accept` (signed in). */
export function invitationRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();
  const codeOf = (raw: string) => {
    const parsed = invitationCodeSchema.safeParse(raw);
    if (!parsed.success) throw notFound("invitation_invalid");
    return parsed.data;
  };

  routes.get(API_ROUTES.invitation.pattern, async (c) => c.json({ invitation: await previewInvitation(deps.store, codeOf(c.req.param("code"))) }));

  routes.post(API_ROUTES.acceptInvitation.pattern, async (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    const reviewId = await acceptInvitation(deps.store, user, codeOf(c.req.param("code")));
    return c.json({ reviewId });
  });

  return routes;
}
