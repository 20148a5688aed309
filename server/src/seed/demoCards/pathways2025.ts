import { JONAS, MARTA, STEFAN } from "../demoPeople.ts";
import type { DemoCards } from "./types.ts";

/** Pathways to Work, Västra Götaland, first round (visit 10-13 March 2025): what the team noted a year earlier. */
export const PATHWAYS_2025_CARDS: DemoCards = {
  "core-1": [
    { by: MARTA, source: "document", label: "Project application 2024", stance: "supports", day: null, tests: [0],
      text: "The application quotes the regional labour-market analysis with unemployment by country of birth, but not broken down by sex." },
    { by: STEFAN, source: "interview", label: "Project coordinator, Region of Västra Götaland", stance: "partly", day: 1, tests: [1, 2],
      text: "No newly arrived residents were asked about their needs before the start; a survey is planned 'when the first cohort has finished'. No procedure to update the analysis yet." },
  ],
  "core-2": [
    { by: JONAS, source: "workshop", label: "Participant focus group, Gothenburg", stance: "partly", day: 2, tests: [0],
      text: "Participants in the focus group felt listened to by their coaches, but none had been asked about the programme as a whole. One suggested former participants as mentors." },
    { by: STEFAN, source: "document", label: "Steering group terms of reference", stance: "contradicts", day: null, tests: [2],
      text: "The steering group has no migrant members and no migrant organisation is named among the partners." },
  ],
  "core-3": [
    { by: MARTA, source: "document", label: "Placement agreements", stance: "partly", day: 1, tests: [0],
      text: "Four firms have signed placement agreements, all in elderly care; no employer sits on the steering group. The firms were chosen through the coordinator's own contacts." },
    { by: JONAS, source: "interview", label: "Employer, elderly care provider in Alingsås", stance: "supports", day: 3, tests: [1],
      text: "The care home manager said the skills audits told her more about the trainees than a CV would; she took two trainees on and asked for more." },
  ],
  "core-4": [
    { by: STEFAN, source: "interview", label: "Officer, Public Employment Service, Gothenburg", stance: "partly", day: 2, tests: [0],
      text: "The employment service refers participants but learns about results only from the annual report; it would like a seat on the steering group." },
    { by: MARTA, source: "document", label: "Partnership agreement 2024-2027 (draft)", stance: "supports", day: null, tests: [1],
      text: "The draft partnership agreement gives the two municipalities and the adult education consortium a vote each on the steering group." },
  ],
  "core-5": [
    { by: JONAS, source: "document", label: "ESF+ application, section 3", stance: "supports", day: null, tests: [0],
      text: "Objectives are linked explicitly to the regional development strategy and to the national establishment programme for new arrivals." },
    { by: STEFAN, source: "interview", label: "Head of unit, regional development department", stance: "supports", day: 4, tests: [1],
      text: "The region co-designed the project and sees it as a test bed for its integration strategy; officials attend every second steering group meeting." },
  ],
  "core-6": [
    { by: MARTA, source: "interview", label: "Project coordinator, Region of Västra Götaland", stance: "partly", day: 4, tests: [0],
      text: "'Too early to talk about after 2027.' No products yet beyond a first version of the portfolio template; no talks with municipalities about taking it over." },
  ],
  "core-7": [
    { by: STEFAN, source: "statistic", label: "Monitoring sheet, first cohort", stance: "contradicts", day: 3, tests: [0],
      text: "The project counts enrolments and completions only; nobody knows how many of the 74 who completed in 2024 found work." },
    { by: JONAS, source: "interview", label: "Evaluator, University of Gothenburg", stance: "contradicts", day: 3, tests: [1],
      text: "The external evaluation starts only next year; so far no monitoring result has led to any change in the programme." },
  ],
  "core-8": [
    { by: MARTA, source: "observation", label: "Job club session, Gothenburg", stance: "supports", day: 2, tests: [0],
      text: "The coach discussed with the group how to answer questions about headscarves and family plans in interviews, and what the law says about them." },
    { by: STEFAN, source: "document", label: "Staff training plan 2025", stance: "partly", day: 1, tests: [1],
      text: "Four of nine staff have been trained in discrimination law; the others are booked for the autumn. No equality section in the project's own recruitment policy." },
  ],
  "m1-1": [
    { by: JONAS, source: "observation", label: "Skills audit, Participant 2", stance: "supports", day: 1, tests: [0],
      text: "The audit of a former nurse from Eritrea was thorough and held with an interpreter; the result is a portfolio, but no employer outside elderly care has seen one yet." },
    { by: MARTA, source: "interview", label: "Adviser, national validation body", stance: "partly", day: 4, tests: [1],
      text: "The portfolio has no formal standing: a nurse or an engineer still waits six to nine months for the national recognition decision." },
  ],
  "m1-2": [
    { by: STEFAN, source: "interview", label: "Participant 5", stance: "contradicts", day: 2, tests: [0],
      text: "Has seen three different coaches in four months and had to tell her story each time; guidance only in Swedish and English." },
    { by: JONAS, source: "statistic", label: "Staffing list, March 2025", stance: "contradicts", day: 1, tests: [1],
      text: "Two coaches for 96 active participants; none speaks Arabic, Somali or Dari, which are the first languages of most participants." },
  ],
  "m1-3": [
    { by: MARTA, source: "interview", label: "Participant 8", stance: "partly", day: 3, tests: [0],
      text: "Her goal of working as a pharmacist was noted at the start, but the only placement offered was in elderly care." },
  ],
};
