import { z } from "zod";

/** `GET ?q=`: passages of the reviews the caller belongs to, and of the network's papers. */
export const SEARCH_ROUTE = "/api/search";
export const SEARCH_LIMITS = { minQuery: 2, maxQuery: 100, maxResults: 50, maxPerDocument: 10 } as const;

export const searchQuerySchema = z.object({ q: z.string().trim().min(SEARCH_LIMITS.minQuery).max(SEARCH_LIMITS.maxQuery) });

export const SEARCH_RESULT_KINDS = ["report", "card", "comment", "paper"] as const;

export const searchResultSchema = z.object({
  kind: z.enum(SEARCH_RESULT_KINDS),
  /** The review's or the paper's title. */
  title: z.string(),
  reviewId: z.string().nullable(),
  paperId: z.string().nullable(),
  /** A card: its factor and id (the board page jumps to it). */
  factorId: z.string().nullable(),
  cardId: z.string().nullable(),
  /** The passage: the words before the match, the match as written, the words after. */
  before: z.string(),
  match: z.string(),
  after: z.string(),
  /** Text to find in the report or paper when opening it there (null for cards). */
  find: z.string().nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({ results: z.array(searchResultSchema), truncated: z.boolean() });
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** Lower case without accents, so "aragon" finds "Aragón"; `map[i]` is the index in `text` of folded character i. */
export function foldForSearch(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    const plain = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < plain.length; k++) map.push(index);
    folded += plain;
    index += char.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** Where `query` occurs in `text`, ignoring case and accents: [start, end) in `text`, at most `limit`. */
export function findOccurrences(text: string, query: string, limit = Infinity): [number, number][] {
  const needle = foldForSearch(query.trim()).folded;
  if (!needle) return [];
  const { folded, map } = foldForSearch(text);
  const found: [number, number][] = [];
  for (let at = folded.indexOf(needle); at >= 0 && found.length < limit; at = folded.indexOf(needle, at + needle.length)) {
    found.push([map[at]!, map[at + needle.length]!]);
  }
  return found;
}
