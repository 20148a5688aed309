import { reviewDocumentName, type ReviewRole } from "@review/shared";
import { signedInClient, type ApiClient, type ServerAddress } from "./apiClient.ts";

export type Team<Names extends string> = {
  reviewId: string;
  /** `review:<id>:report` */
  reportDoc: string;
  moderator: ApiClient;
  members: Record<Names, ApiClient>;
};

/**
 * Registers a moderator who creates a review, then one fresh account per entry of
 * `roles`, each added to the review with its role. Account names are the keys,
 * capitalised (e.g. `{ peer: "peer" }` makes a user named "Peer ...").
 */
export async function createTeam<Names extends string>(
  server: ServerAddress,
  roles: Record<Names, ReviewRole>,
): Promise<Team<Names>> {
  const moderator = await signedInClient(server, "Moderator Mia");
  const review = await moderator.createReview({ title: "Study visit", hostProject: "Integrated pathways" });
  const members = {} as Record<Names, ApiClient>;
  for (const [key, role] of Object.entries(roles) as [Names, ReviewRole][]) {
    const client = await signedInClient(server, `${key[0]!.toUpperCase()}${key.slice(1)} ${role}`);
    await moderator.addMember(review.id, client.user!.email, role);
    members[key] = client;
  }
  return { reviewId: review.id, reportDoc: reviewDocumentName(review.id, "report"), moderator, members };
}
