import { FIONA, JONAS, MARTA, PIETER } from "../demoPeople.ts";
import { PATHWAYS_SESSION as S } from "../demoProgramme/pathways.ts";
import type { DemoCards } from "./types.ts";

/** Pathways to Work, Västra Götaland, second round (visit 9-12 March 2026): what the team noted. */
export const PATHWAYS_CARDS: DemoCards = {
  "core-1": [
    { by: MARTA, source: "document", label: "Regional labour-market analysis 2025", stance: "supports", day: null, tests: [0],
      text: "The design rests on the region's own labour-market analysis, broken down by country of birth and sex: unemployment among women born outside Europe is 3.5 times that of women born in Sweden. Updated every second year." },
    { by: JONAS, source: "interview", label: "Project coordinator, Region of Västra Götaland", stance: "supports", day: 1, tests: [1, 2], session: S.coordinator,
      text: "The coordinator walked us through the survey of 240 newly arrived residents (2024) and showed how its results moved the language-at-work module to the first month. The survey is repeated in 2026." },
  ],
  "core-2": [
    { by: FIONA, source: "workshop", label: "Participant focus group, Trollhättan", stance: "supports", day: 2, tests: [0], session: S.focusGroup,
      text: "Six participants in the focus group; two of the mentors are former participants and said the programme changed the timing of mentor meetings to evenings after they asked for it." },
    { by: JONAS, source: "document", label: "Steering group minutes, 2025", stance: "partly", day: 2, tests: [3], session: S.minutes,
      text: "Read the minutes of four steering group meetings: participants' feedback is mentioned once, as 'positive', with no record of what was raised or what changed." },
    { by: PIETER, source: "interview", label: "Chair, Somali Women's Association, Gothenburg", stance: "contradicts", day: 3, tests: [1, 2], session: S.migrantOrganisations,
      text: "The association was asked to recruit participants but has never been consulted on the programme itself and has no seat on the steering group. She would welcome one." },
  ],
  "core-3": [
    { by: MARTA, source: "document", label: "Placement agreements", stance: "supports", day: 1, tests: [0], session: S.documents,
      text: "Eleven firms have signed placement agreements (logistics, elderly care, food processing, construction); two employers sit on the steering group." },
    { by: PIETER, source: "interview", label: "Employer, logistics firm in Borås", stance: "supports", day: 3, tests: [0, 1], session: S.employers,
      text: "HR manager: the project matched four warehouse trainees to her shift needs from their skills audits; three were hired after the placement. She helped rewrite the forklift module." },
  ],
  "core-4": [
    { by: FIONA, source: "interview", label: "Officer, Public Employment Service, Gothenburg", stance: "partly", day: 2, tests: [0], session: S.employmentService,
      text: "The national employment service refers jobseekers and attends the steering group, but the trade unions and the chamber of commerce are informed only through the annual conference." },
    { by: JONAS, source: "document", label: "Partnership agreement 2024-2027", stance: "supports", day: null, tests: [1],
      text: "The partnership agreement names the employment service, two municipalities and the adult education consortium as members of the steering group, with a vote each." },
  ],
  "core-5": [
    { by: PIETER, source: "document", label: "ESF+ application, section 3", stance: "supports", day: null, tests: [0],
      text: "The application links each objective to the regional development strategy and to the national establishment programme for new arrivals; the ESF+ specific objective is cited." },
    { by: MARTA, source: "interview", label: "Head of unit, regional development department", stance: "supports", day: 4, tests: [1, 2],
      text: "Regional officials co-wrote the design and meet the project every quarter; the region has asked for the results before it revises its integration strategy next year." },
  ],
  "core-6": [
    { by: JONAS, source: "interview", label: "Project coordinator, Region of Västra Götaland", stance: "partly", day: 4, tests: [0],
      text: "Two municipalities want to keep the mentor scheme after 2027 but have not budgeted for it; the coordinator has no written exit plan yet." },
    { by: FIONA, source: "document", label: "Mentor handbook (Swedish, Arabic, Dari)", stance: "supports", day: 2, tests: [1], session: S.minutes,
      text: "The mentor handbook and the portfolio template are published in three languages and already used by the adult education centre in Uddevalla." },
  ],
  "core-7": [
    { by: MARTA, source: "statistic", label: "Monitoring database, 2025 cohort", stance: "supports", day: 3, tests: [0], session: S.monitoring,
      text: "Of 212 participants who finished in 2025, 118 were in work or education three months later; the database records this by sex and country of birth." },
    { by: PIETER, source: "interview", label: "Evaluator, University of Gothenburg", stance: "partly", day: 3, tests: [1], session: S.monitoring,
      text: "The external evaluator follows participants for three months only; no data on whether jobs last. Soft outcomes (confidence, Swedish at work) are not recorded at all." },
  ],
  "core-8": [
    { by: FIONA, source: "observation", label: "Job club session, Borås", stance: "supports", day: 2, tests: [0, 2], session: S.jobClub,
      text: "The job coach prepared women participants for interviews with two employers and challenged one employer's 'fluent Swedish' requirement for a packing job, in front of us." },
    { by: JONAS, source: "document", label: "Staff training plan 2026", stance: "supports", day: 1, tests: [1], session: S.documents,
      text: "All twelve staff took the two-day course on discrimination law and norm-critical guidance; recruitment ads for mentors ask for applications from people born abroad." },
  ],
  "m1-1": [
    { by: PIETER, source: "observation", label: "Skills audit, Participant 3", stance: "supports", day: 1, tests: [0, 2], session: S.skillsAudit,
      text: "Watched a skills audit held in Tigrinya with an interpreter: the welder's experience was recorded task by task into the competence portfolio, with photos of his work." },
    { by: MARTA, source: "statistic", label: "Portfolio records, 2025", stance: "supports", day: 3, tests: [1], session: S.monitoring,
      text: "168 portfolios completed in 2025; 61 participants went on to a vocational course at the level the portfolio indicated instead of starting from the beginning." },
  ],
  "m1-2": [
    { by: FIONA, source: "interview", label: "Participant 7", stance: "supports", day: 2, tests: [0], session: S.focusGroup,
      text: "'My coach calls me every week, also after I started the course.' One named coach per participant, weekly contact in the first three months." },
    { by: JONAS, source: "interview", label: "Case worker, Gothenburg job centre", stance: "partly", day: 3, tests: [1], session: S.monitoring,
      text: "Guidance is tailored in Arabic, Somali and Dari, but there is a waiting list of seven weeks for Dari speakers, and none of the coaches holds a guidance qualification." },
  ],
  "m1-3": [
    { by: PIETER, source: "workshop", label: "Employers' breakfast, Borås", stance: "supports", day: 3, tests: [0, 2], session: S.employers,
      text: "At the employers' breakfast, three firms described the work trials they designed with the project; a care home now offers paid trainee posts with a language mentor." },
    { by: MARTA, source: "interview", label: "Participant 11", stance: "partly", day: 4, tests: [1],
      text: "Found a job in food processing after the placement but no one from the project has been in touch since; she did not know she could ask for in-work support." },
  ],
};
