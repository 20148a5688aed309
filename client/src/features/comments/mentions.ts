/** A person who can be mentioned: a member of the review (or, for papers, of the network). */
export type CommentMember = { userId: string; name: string; color: string };

/** The `@query` being typed right before the caret, or null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Members whose name (any word of it) starts with the query, best matches first, at most `limit`. */
export function matchMembers(members: readonly CommentMember[], query: string, limit = 6): CommentMember[] {
  const needle = query.toLocaleLowerCase();
  const scored = members
    .map((member) => {
      const name = member.name.toLocaleLowerCase();
      const score = name.startsWith(needle) ? 0 : name.split(/\s+/).some((word) => word.startsWith(needle)) ? 1 : name.includes(needle) ? 2 : -1;
      return { member, score };
    })
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => a.score - b.score || a.member.name.localeCompare(b.member.name));
  return scored.slice(0, limit).map((entry) => entry.member);
}

/** Replaces the `@query` at `start` with `@Name ` and returns the new text and caret. */
export function insertMention(text: string, start: number, caret: number, member: CommentMember): { text: string; caret: number } {
  const inserted = `@${member.name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The picked mentions still written in the body (a mention deleted from the text is dropped). */
export function mentionsInBody(body: string, picked: Iterable<string>, members: readonly CommentMember[]): string[] {
  const ids = new Set(picked);
  return members.filter((member) => ids.has(member.userId) && body.includes(`@${member.name}`)).map((member) => member.userId);
}

export type BodySegment = { text: string; mention: CommentMember | null };

/** Splits a comment body into plain text and the mentions it records, for highlighting. */
export function splitMentions(body: string, mentionIds: readonly string[], members: readonly CommentMember[]): BodySegment[] {
  const mentioned = members.filter((member) => mentionIds.includes(member.userId)).sort((a, b) => b.name.length - a.name.length);
  if (mentioned.length === 0) return [{ text: body, mention: null }];
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`@(${mentioned.map((member) => escape(member.name)).join("|")})`, "g");
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: body.slice(last, match.index), mention: null });
    segments.push({ text: match[0], mention: mentioned.find((member) => member.name === match[1]) ?? null });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last), mention: null });
  return segments;
}
