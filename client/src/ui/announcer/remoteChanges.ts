import { useEffect, useRef } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { useAnnounce } from "./Announcer.tsx";

/** Something a member made: a card, a comment, a vote. `id` changes when it is made anew (a changed vote). */
export type AuthoredItem = { id: string; author: string };

/** How many of `items` are new since `seen` and made by someone other than `me`, per author. */
export function newByOthers(seen: ReadonlySet<string>, items: Iterable<AuthoredItem>, me: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (seen.has(item.id) || item.author === me) continue;
    counts.set(item.author, (counts.get(item.author) ?? 0) + 1);
  }
  return counts;
}

type RemoteItemsOptions = {
  /** The document has synced with the server: what it held then is the baseline, not news. */
  ready: boolean;
  me: string;
  /** A plural message with `{name}` and `{count}`. */
  message: MessageKey;
  /** Groups the summary (one per kind and author). */
  kind: string;
  nameOf: (userId: string) => string | undefined;
};

/**
 * Announces, politely and in summary over the announcer's window, what other members add
 * ("Jonas Weber added 3 cards"). The user's own items and what was there on arrival stay silent.
 */
export function useAnnounceRemoteItems(items: readonly AuthoredItem[] | null, { ready, me, message, kind, nameOf }: RemoteItemsOptions): void {
  const t = useT();
  const announce = useAnnounce();
  const seen = useRef<Set<string> | null>(null);
  const names = useRef(nameOf);
  useEffect(() => {
    names.current = nameOf;
  }, [nameOf]);
  useEffect(() => {
    if (!ready || !items) return;
    if (seen.current) {
      for (const [author, count] of newByOthers(seen.current, items, me)) {
        announce.counted({ group: `${kind}:${author}`, key: message, params: { name: names.current(author) ?? t("a11y.remote.someone") }, count });
      }
    }
    seen.current = new Set(items.map((item) => item.id));
  }, [items, ready, me, message, kind, announce, t]);
}
