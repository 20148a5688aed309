import { INGRID, JONAS, KATRIN, PIETER, STEFAN } from "../demoPeople.ts";
import type { DemoCards } from "./types.ts";

/** Local Integration Partnership, Aragón (visit 18-21 May 2026): what the team noted. */
export const ARAGON_CARDS: DemoCards = {
  "core-1": [
    { by: INGRID, source: "document", label: "Aragón Immigration Integration Plan, diagnosis chapter", stance: "supports", day: null, tests: [0, 1],
      text: "The Plan opens with a diagnosis drawn from the census, social security registrations and 14 consultation meetings, including the Immigration Forum." },
    { by: STEFAN, source: "interview", label: "Head of service, Aragón Directorate for Immigration", stance: "partly", day: 1, tests: [2],
      text: "Employment data by nationality exist, but there is no breakdown by sex and no regular update between Plans: the next diagnosis is due only with the next Plan." },
  ],
  "core-2": [
    { by: KATRIN, source: "document", label: "Regional law establishing the Immigration Forum", stance: "supports", day: null, tests: [1, 2],
      text: "The Immigration Forum is created by law; twelve of its members represent migrant associations, and the Forum must be heard on the Plan and its annual review." },
    { by: PIETER, source: "interview", label: "President, Senegalese association, Zaragoza", stance: "partly", day: 2, tests: [0],
      text: "The Forum is real and listened to, but the same large associations always attend; newer communities (Venezuelan, Ukrainian) are not represented. 'We need support to keep going.'" },
    { by: JONAS, source: "workshop", label: "Participant focus group, Delicias district", stance: "supports", day: 2, tests: [3],
      text: "Residents of the Delicias district showed us the job-search corner the residents' association opened after migrant mothers asked for one at a neighbourhood assembly." },
  ],
  "core-3": [
    { by: STEFAN, source: "interview", label: "Representative, regional employers' confederation", stance: "supports", day: 3, tests: [0],
      text: "Employers pressed for the first Plan to increase labour supply and sit on the Forum; he named agriculture and meat processing as sectors short of workers." },
    { by: INGRID, source: "document", label: "Forum minutes, 2024-2025", stance: "partly", day: null, tests: [1],
      text: "Employers attended two of five Forum meetings; the Plan's employment measures contain no skills matching with firms, only referral to the regional employment service." },
  ],
  "core-4": [
    { by: PIETER, source: "interview", label: "Secretary for migration, regional trade union", stance: "supports", day: 3, tests: [0, 1],
      text: "Both major unions sit on the Forum and run information points for migrant workers in Zaragoza and Huesca with Plan funding." },
    { by: KATRIN, source: "interview", label: "Officer, Aragón employment service (INAEM)", stance: "partly", day: 4, tests: [2],
      text: "The employment service reports to the Forum once a year but has never changed a measure because of it; 'the Forum is the Directorate's business'." },
  ],
  "core-5": [
    { by: JONAS, source: "document", label: "Immigration Integration Plan 2023-2026", stance: "supports", day: null, tests: [0],
      text: "The Plan refers to the EU action plan on integration and inclusion and to the Spanish strategic plan; the employment chapter follows the regional employment strategy." },
    { by: INGRID, source: "interview", label: "Director-General for Immigration, Government of Aragón", stance: "supports", day: 1, tests: [1, 2],
      text: "The Directorate meets the city of Zaragoza monthly and the central government's integration office twice a year; both contributed to the Plan's design." },
  ],
  "core-6": [
    { by: STEFAN, source: "document", label: "Regional budget 2026, immigration programme", stance: "supports", day: null, tests: [1],
      text: "Plan funds pay for structures meant to last: the Forum's secretariat and three years of staff for the Delicias residents' association." },
    { by: PIETER, source: "interview", label: "Coordinator, Delicias residents' association", stance: "partly", day: 2, tests: [0],
      text: "'If the government changes, the Plan changes.' The Forum is protected by law; the association's funding is renewed year by year." },
  ],
  "core-7": [
    { by: KATRIN, source: "document", label: "Plan mid-term review, 2025", stance: "contradicts", day: null, tests: [0],
      text: "The mid-term review lists activities held and people attending; there is no indicator of employment outcomes for migrants." },
    { by: JONAS, source: "interview", label: "Head of service, Aragón Directorate for Immigration", stance: "contradicts", day: 4, tests: [1],
      text: "No follow-up of participants after the job-search activities; he agreed that monitoring is 'the weak point' of the Plan." },
  ],
  "core-8": [
    { by: INGRID, source: "observation", label: "Job-search workshop, Delicias district", stance: "supports", day: 2, tests: [0],
      text: "The workshop, run by a mediator of Moroccan origin, covered how to report discrimination by a landlord or an employer, and where to go." },
    { by: STEFAN, source: "interview", label: "Participant 6", stance: "partly", day: 3, tests: [2],
      text: "Participant 6 said employers in the fruit harvest still pay migrant workers less than local workers for the same work; the association had no way to take it up with them." },
  ],
  "m3-1": [
    { by: JONAS, source: "observation", label: "Immigration Forum plenary, Zaragoza", stance: "supports", day: 1, tests: [0, 3],
      text: "The regional minister opened the Forum plenary in public, presented the Plan's budget and took questions from migrant associations for an hour." },
    { by: PIETER, source: "document", label: "Cross-department committee minutes", stance: "supports", day: null, tests: [1],
      text: "An inter-departmental committee chaired by the minister coordinates the Plan across employment, health, education and housing." },
  ],
  "m3-2": [
    { by: KATRIN, source: "document", label: "List of Forum members", stance: "supports", day: null, tests: [0],
      text: "The Forum brings together migrant associations, employers, unions, NGOs, the city of Zaragoza, the three provincial councils and the university." },
    { by: INGRID, source: "interview", label: "Social worker, Huesca provincial council", stance: "partly", day: 3, tests: [1],
      text: "Members know the Forum meets but not what is expected of them between meetings; rural municipalities have no clear role." },
  ],
  "m3-3": [
    { by: STEFAN, source: "document", label: "Regional law establishing the Immigration Forum", stance: "supports", day: null, tests: [0],
      text: "The law gives the Forum its own standing and the right to issue opinions, but no budget of its own: the Directorate pays for everything." },
    { by: PIETER, source: "interview", label: "Coordinator, Delicias residents' association", stance: "partly", day: 2, tests: [2],
      text: "The residents' association is a legal entity and can sign contracts, but only for its own activities, not on behalf of the partnership." },
  ],
  "m3-4": [
    { by: JONAS, source: "interview", label: "President, Senegalese association, Zaragoza", stance: "partly", day: 2, tests: [3],
      text: "Knows the Forum but not who in the Directorate decides on grants; 'we write to the Forum and the answer comes from somewhere else'." },
  ],
  "m3-5": [
    { by: INGRID, source: "document", label: "Immigration Integration Plan 2023-2026", stance: "supports", day: null, tests: [0, 3],
      text: "The Plan is a published strategy with objectives per area, drafted through a participation process with the Forum and the district associations." },
    { by: KATRIN, source: "interview", label: "Director-General for Immigration, Government of Aragón", stance: "partly", day: 4, tests: [1],
      text: "The Plan sets no targets or milestones per partner; the Directorate allocates the measures each year. No plan for after 2026 yet." },
  ],
};
