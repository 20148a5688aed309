export { AnnouncerProvider, useAnnounce, type Announce, type CountedAnnouncement, type Politeness } from "./Announcer.tsx";
