import { z } from "zod";

/**
 * A change of who may do what that closes open sockets: every connection to one document
 * (a report became final), or one user's connections to documents under a prefix (a role
 * changed, a member was removed). With several processes on one PostgreSQL each one
 * announces its changes, so that sockets on the other processes are closed too.
 */
export const accessChangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("document"), name: z.string().min(1).max(200), code: z.int().min(4000).max(4999), reason: z.string().max(120) }),
  z.object({
    kind: z.literal("user"),
    prefix: z.string().min(1).max(200),
    userId: z.string().min(1).max(100),
    code: z.int().min(4000).max(4999),
    reason: z.string().max(120),
  }),
]);
export type AccessChange = z.infer<typeof accessChangeSchema>;

/** What travels between processes: the change and which process made it (which skips its own). */
const announcementSchema = z.object({ from: z.string().min(1).max(64), change: accessChangeSchema });

export function encodeAccessAnnouncement(from: string, change: AccessChange): string {
  return JSON.stringify({ from, change });
}

/** The change another process announced, or null for our own announcements and for junk. */
export function decodeAccessAnnouncement(payload: string, self: string): AccessChange | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const announcement = announcementSchema.safeParse(parsed);
  if (!announcement.success || announcement.data.from === self) return null;
  return announcement.data.change;
}
