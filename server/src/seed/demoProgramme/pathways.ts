import { demoProgrammeId as id, type DemoProgramme } from "./types.ts";

/** The sessions of the Pathways to Work visit, by name: evidence cards point at them. */
export const PATHWAYS_SESSION = {
  coordinator: id("pwcoordinator"),
  documents: id("pwdocuments"),
  skillsAudit: id("pwskillsaudit"),
  focusGroup: id("pwfocusgroup"),
  jobClub: id("pwjobclub"),
  employmentService: id("pwemployment"),
  minutes: id("pwminutes"),
  employers: id("pwemployers"),
  migrantOrganisations: id("pwmigrantorgs"),
  monitoring: id("pwmonitoring"),
} as const;

const S = PATHWAYS_SESSION;

/**
 * Pathways to Work, second round (visit 9-12 March 2026): the first three days as the moderator
 * planned them with the host. The fourth day (the regional development department, the exit
 * plan, the feedback to the host) is not planned yet: the coverage shows core-5 unserved.
 */
export const PATHWAYS_PROGRAMME: DemoProgramme = {
  days: ["2026-03-09", "2026-03-10", "2026-03-11"],
  sessions: [
    { id: S.coordinator, day: 1, kind: "interview", start: "09:30", title: "Opening interview with the project team", place: "Region of Västra Götaland, Regionens hus, Gothenburg", factorIds: ["core-1", "core-4", "core-6"],
      people: [
        { id: id("pppcoordinator"), label: "Project coordinator", pseudonymised: false },
        { id: id("pppdeputy"), label: "Deputy coordinator, adult education consortium", pseudonymised: false },
      ] },
    { id: S.documents, day: 1, kind: "document_review", start: "13:00", title: "Placement agreements, partnership agreement and staff training plan", place: "Project office, Gothenburg", factorIds: ["core-3", "core-4", "core-8"],
      people: [{ id: id("pppadmin"), label: "Project administrator", pseudonymised: false }] },
    { id: S.skillsAudit, day: 1, kind: "site_visit", start: "15:30", title: "A skills audit with an interpreter", place: "Adult education centre, Uddevalla", factorIds: ["m1-1", "m1-2"],
      people: [
        { id: id("pppparticipant3"), label: "Participant 3", pseudonymised: true, realName: "Yonas Tesfamariam" },
        { id: id("pppauditor"), label: "Skills assessor, adult education centre", pseudonymised: false },
      ] },
    { id: S.focusGroup, day: 2, kind: "workshop", start: "09:30", title: "Focus group with participants and mentors", place: "Learning centre, Trollhättan", factorIds: ["core-2", "m1-2"],
      people: [
        { id: id("pppparticipant7"), label: "Participant 7", pseudonymised: true, realName: "Amina Warsame" },
        { id: id("pppparticipant8"), label: "Participant 8", pseudonymised: true, realName: "Leyla Haidari" },
        { id: id("pppmentors"), label: "Two mentors, former participants", pseudonymised: false },
      ] },
    { id: S.jobClub, day: 2, kind: "site_visit", start: "13:00", title: "Job club session with employers", place: "Job club, Borås", factorIds: ["core-8"],
      people: [{ id: id("pppjobcoach"), label: "Job coach", pseudonymised: false }] },
    { id: S.employmentService, day: 2, kind: "interview", start: "15:30", title: "Public Employment Service", place: "Arbetsförmedlingen, Gothenburg office", factorIds: ["core-4", "m1-2"],
      people: [{ id: id("pppofficer"), label: "Officer, Public Employment Service", pseudonymised: false }] },
    { id: S.minutes, day: 2, kind: "document_review", start: "17:00", title: "Steering group minutes and the mentor handbook", place: "Hotel meeting room, Trollhättan", factorIds: ["core-2", "core-6"], people: [] },
    { id: S.employers, day: 3, kind: "workshop", start: "08:00", title: "Employers' breakfast", place: "Chamber of commerce, Borås", factorIds: ["core-3", "m1-3"],
      people: [
        { id: id("ppphrmanager"), label: "HR manager, logistics firm", pseudonymised: false },
        { id: id("pppcarehome"), label: "Manager, care home", pseudonymised: false },
      ] },
    { id: S.migrantOrganisations, day: 3, kind: "interview", start: "11:00", title: "Migrant organisations", place: "Somali Women's Association, Gothenburg", factorIds: ["core-2"],
      people: [
        { id: id("pppchair"), label: "Chair, Somali Women's Association", pseudonymised: false },
        { id: id("pppparticipant9"), label: "Participant 9", pseudonymised: true, realName: "Hodan Abdi" },
      ] },
    { id: S.monitoring, day: 3, kind: "interview", start: "14:00", title: "Monitoring, evaluation and case work", place: "University of Gothenburg", factorIds: ["core-7", "m1-1", "m1-2"],
      people: [
        { id: id("pppevaluator"), label: "External evaluator", pseudonymised: false },
        { id: id("pppcaseworker"), label: "Case worker, Gothenburg job centre", pseudonymised: false },
      ] },
  ],
};
