import type { ReviewRole } from "@review/shared";

/** The accounts the server seeds for demos (see server/src/seed); shown as a hint on the sign-in page. */
export const DEMO_PASSWORD = "impart-demo-2026";

export const DEMO_ACCOUNTS: readonly { email: string; role: ReviewRole }[] = [
  { email: "elena@example.org", role: "moderator" },
  { email: "jonas@example.org", role: "peer" },
  { email: "aoife@example.org", role: "host" },
  { email: "luca@example.org", role: "partner" },
];
