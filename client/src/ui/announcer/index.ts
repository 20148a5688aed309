export { AnnouncerProvider, useAnnounce } from "./Announcer.tsx";
