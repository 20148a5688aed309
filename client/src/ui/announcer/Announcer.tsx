import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import type { MessageParams } from "../../i18n/translate.ts";
import { AnnouncementQueue, type Politeness } from "./announcementQueue.ts";

export type { Politeness } from "./announcementQueue.ts";

/** A counted event, summarised with `t(key, { ...params, count })` when its window ends. */
export type CountedAnnouncement = {
  group: string;
  key: MessageKey;
  params?: MessageParams;
  count?: number;
  politeness?: Politeness;
};

export type Announce = {
  /** Says an already translated text (polite unless told), joined with others of the same burst. */
  (text: string, politeness?: Politeness): void;
  /** Counts an event into a summary ("Jonas Weber added 3 cards"). */
  counted: (event: CountedAnnouncement) => void;
};

const AnnouncerContext = createContext<Announce | null>(null);

/**
 * The page's two live regions, one polite and one assertive, mounted once inside the i18n
 * provider. Components never render their own live region for transient messages: they call
 * `useAnnounce()`.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  const [polite, setPolite] = useState("");
  const [assertive, setAssertive] = useState("");
  const [queue] = useState(
    () =>
      new AnnouncementQueue((politeness, text) => {
        // The same text twice in a row would not change the region: alternate a no-break space.
        const set = politeness === "polite" ? setPolite : setAssertive;
        set((current) => (current === text ? `${text}\u00a0` : text));
      }),
  );
  useEffect(() => () => queue.dispose(), [queue]);

  const announce = useMemo<Announce>(() => {
    const say = ((text: string, politeness: Politeness = "polite") => queue.say(text, politeness)) as Announce;
    say.counted = ({ group, key, params, count, politeness }) =>
      queue.count({ group, count, politeness, render: (total) => tRef.current(key, { ...params, count: total }) });
    return say;
  }, [queue]);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="polite">
        {polite}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true" data-announcer="assertive">
        {assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** The announcer: `announce(t("board.card.saved"))`, `announce.counted({...})`. */
export function useAnnounce(): Announce {
  const announce = useContext(AnnouncerContext);
  if (!announce) throw new Error("useAnnounce needs an <AnnouncerProvider>");
  return announce;
}
