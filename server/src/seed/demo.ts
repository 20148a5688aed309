import { IMPART_BENCHMARK, reviewDocumentName, type ReviewRole } from "@review/shared";
import { hashPassword } from "../auth/passwords.ts";
import { colorForIndex } from "../auth/colors.ts";
import { newId } from "../ids.ts";
import type { Store } from "../store/store.ts";
import { demoReportUpdate } from "./demoReport.ts";

export const DEMO_PASSWORD = "impart-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; role: ReviewRole }[] = [
  { email: "elena@example.org", name: "Elena Ruiz", role: "moderator" },
  { email: "jonas@example.org", name: "Jonas Berg", role: "peer" },
  { email: "aoife@example.org", name: "Aoife Byrne", role: "host" },
  { email: "luca@example.org", name: "Luca Bianchi", role: "partner" },
];

/**
 * Seeds a demo network (four accounts, one review with a started report) into
 * an empty database. Does nothing once any account exists, so it never touches real data.
 */
export async function seedDemo(store: Store): Promise<{ seeded: boolean }> {
  if ((await store.countUsers()) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    users.push(await store.createUser({ id: newId(), email: account.email, name: account.name, color: colorForIndex(index), passwordHash }));
  }
  const moderator = users[0]!;
  const review = await store.createReview({
    id: newId(),
    title: "Peer review: Pathways to Work",
    hostProject: "Pathways to Work, Region of Västra Götaland",
    createdBy: moderator.id,
    benchmarkId: IMPART_BENCHMARK.id,
    benchmarkVersion: IMPART_BENCHMARK.version,
    modules: ["assessment-validation"],
  });
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    if (index > 0) await store.upsertMember(review.id, users[index]!.id, account.role);
  }
  await store.appendUpdates(reviewDocumentName(review.id, "report"), [demoReportUpdate()]);
  return { seeded: true };
}
