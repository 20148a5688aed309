import type { ExportMessages } from "./messages.ts";

/** German, formal register ("Sie"). */
export const de: ExportMessages = {
  languageTag: "de-DE",
  findingsReport: "Ergebnisbericht",
  findingsReportFile: "ergebnisbericht",
  codedExcerptsFile: "kodierte-textstellen",
  documentDescription: (title) => `Ergebnisbericht des Peer-Reviews „${title}“`,
  printHint: "Um diesen Bericht als PDF zu speichern, verwenden Sie den Druckbefehl Ihres Browsers (Strg+P oder ⌘P) und wählen Sie „Als PDF speichern“.",
  exportedOn: (date) => `Exportiert am ${date}`,
  fields: {
    hostProject: "Gastprojekt",
    country: "Land",
    theme: "Thema",
    studyVisit: "Studienbesuch",
    benchmark: "Benchmark",
    module: "Modul",
    modules: "Module",
    reportStatus: "Berichtsstatus",
  },
  roles: {
    moderator: ["Moderation", "Moderation"],
    peer: ["Peer-Reviewer/-in", "Peer-Reviewer/-innen"],
    host: ["Gastgeber/-in", "Gastgeber/-innen"],
    partner: ["Partner/-in", "Partner/-innen"],
  },
  reportStatus: { draft: "Entwurf", host_review: "Prüfung durch das Gastprojekt", final: "Endfassung" },
  statusSince: (status, date, by) => `${status} seit ${date}${by ? `, festgelegt von ${by}` : ""}`,
  ratings: { wholly: "Vollständig erfüllt", partly: "Teilweise erfüllt", not: "Nicht erfüllt" },
  notRated: "Nicht bewertet",
  ratingTable: { heading: "Teambewertungen", factor: "Kritischer Faktor", module: "Modul", teamRating: "Teambewertung" },
  decisionTable: {
    heading: "Entscheidungen des Gastprojekts zu den Empfehlungen",
    recommendation: "Empfehlung",
    decision: "Entscheidung",
    note: "Anmerkung",
  },
  decisions: { take_forward: "Aufgreifen", consider: "Prüfen", decline: "Ablehnen" },
  factorCode: { core: (number) => `Kern ${number}`, theme: (moduleNumber, number) => `Modul ${moduleNumber}.${number}` },
};
