import { FIONA, JONAS, KATRIN, TOMAS } from "../demoPeople.ts";
import type { DemoCards } from "./types.ts";

/** Diversity at Work, Flanders (visit 20-23 April 2026): what the team noted. */
export const DIVERSITY_CARDS: DemoCards = {
  "core-1": [
    { by: KATRIN, source: "document", label: "Flemish diversity monitor 2025", stance: "supports", day: null, tests: [0],
      text: "The project uses the Flemish diversity monitor: employment rate of residents of non-EU origin 20 points below that of Belgian origin, and wider for women." },
    { by: TOMAS, source: "interview", label: "Programme manager, Flemish Public Employment Service", stance: "partly", day: 1, tests: [1, 2],
      text: "The needs were set by the social partners in the Diversity Commission; jobseekers themselves were not asked, and the analysis has not been updated since 2022." },
  ],
  "core-2": [
    { by: FIONA, source: "interview", label: "Member, Diversity Commission (federation of migrant organisations)", stance: "supports", day: 2, tests: [1, 3],
      text: "Migrant organisations have a seat on the Diversity Commission, which decides by consensus; she named the language-on-the-shop-floor guidelines as their proposal." },
    { by: JONAS, source: "workshop", label: "Participant focus group, Antwerp", stance: "partly", day: 2, tests: [0],
      text: "Workers of Moroccan and Turkish origin in the focus group had never been asked about the diversity plan of their own workplace; they heard of it from the union delegate." },
  ],
  "core-3": [
    { by: TOMAS, source: "statistic", label: "Diversity plans register, 2023-2025", stance: "supports", day: 1, tests: [0],
      text: "312 firms have had a diversity plan with a subsidised diversity consultant since 2023; two thirds are SMEs, mostly in logistics, care and cleaning." },
    { by: KATRIN, source: "interview", label: "HR manager, hospital in Ghent", stance: "supports", day: 3, tests: [0, 1],
      text: "With the consultant the hospital rewrote 40 job descriptions as competence profiles; two nurses trained in Morocco moved from care assistant to nursing posts." },
  ],
  "core-4": [
    { by: JONAS, source: "interview", label: "Diversity consultant (trade union), Antwerp", stance: "supports", day: 2, tests: [0, 2],
      text: "Unions, employers' organisations and migrant groups sit together in the Commission; the union consultants bring shop-floor issues to management and train their delegates." },
    { by: FIONA, source: "document", label: "Diversity Commission minutes, 2025", stance: "supports", day: null, tests: [1],
      text: "Six meetings in 2025, each with employers' organisations, three unions and the migrant federation present; every recommendation records who proposed it." },
  ],
  "core-5": [
    { by: KATRIN, source: "document", label: "Flemish Diversity Strategy, 2024 update", stance: "supports", day: null, tests: [0],
      text: "The project is written into the government's Diversity Strategy as its instrument for workplace diversity plans; the targets in the strategy are the project's targets." },
    { by: TOMAS, source: "interview", label: "Policy adviser, Flemish Department of Work", stance: "supports", day: 4, tests: [1, 2],
      text: "The department drafted the project with the social partners and receives its results twice a year; the adviser called it 'the way we deliver the strategy'." },
  ],
  "core-6": [
    { by: FIONA, source: "interview", label: "Former coordinator of the EQUAL project (trade union)", stance: "supports", day: 1, tests: [0, 3],
      text: "The union-led project ended in 2005 but the government has funded the unions' diversity consultants ever since; the method now runs as a mainstream service." },
    { by: JONAS, source: "document", label: "Diversity plan toolkit and website", stance: "supports", day: 3, tests: [1],
      text: "The toolkit for diversity plans (templates, case studies, a self-check for SMEs) is online and used by consultants outside the project too." },
  ],
  "core-7": [
    { by: KATRIN, source: "statistic", label: "Monitoring report 2025", stance: "partly", day: 3, tests: [0],
      text: "The project counts plans signed and people trained, but cannot say how many migrants were hired: firms record origin in different ways and some not at all." },
    { by: TOMAS, source: "interview", label: "Researcher, Flemish statistics office", stance: "contradicts", day: 4, tests: [1],
      text: "Definitions of 'migrant' differ between Flemish and federal data, so the project's figures cannot be compared with the labour-force survey." },
  ],
  "core-8": [
    { by: JONAS, source: "observation", label: "Training of union delegates, Ghent", stance: "supports", day: 2, tests: [0, 2],
      text: "Twelve delegates practised how to respond when a colleague or a supervisor makes remarks about origin; the trainer used real cases from their firms." },
    { by: FIONA, source: "document", label: "Public Employment Service diversity charter", stance: "supports", day: null, tests: [1],
      text: "The employment service's own diversity charter sets targets for staff of foreign origin; 14% of its counsellors are of non-EU origin." },
  ],
  "m2-1": [
    { by: TOMAS, source: "document", label: "Training needs analysis, 2023", stance: "supports", day: null, tests: [0],
      text: "The consultants' training was designed after an audit of 50 diversity plans showing what had and had not worked." },
    { by: KATRIN, source: "workshop", label: "Diversity consultants' workshop", stance: "supports", day: 1, tests: [1],
      text: "The consultants work with employers and their staff, offer language coaching on the job and one-to-one support for new recruits." },
  ],
  "m2-2": [
    { by: FIONA, source: "interview", label: "Member, Diversity Commission (federation of migrant organisations)", stance: "supports", day: 2, tests: [0],
      text: "The migrant federation commented on the consultants' training and on the diversity plan template." },
    { by: JONAS, source: "interview", label: "Participant 4", stance: "contradicts", day: 3, tests: [0],
      text: "Participant 4, a delegate of Turkish origin, has never been asked to help plan or deliver the training; 'they train us, we don't train them'." },
    { by: KATRIN, source: "document", label: "Project budget 2026", stance: "partly", day: null, tests: [1],
      text: "There is no budget line for migrant organisations to take on training or intermediary roles; one small grant in 2025 for awareness sessions in mosques." },
  ],
  "m2-3": [
    { by: TOMAS, source: "observation", label: "Counselling session, Mechelen job centre", stance: "partly", day: 3, tests: [0],
      text: "The counsellor knew the anti-discrimination law well but did not register a candidate's complaint that an agency had refused her because of her headscarf." },
    { by: FIONA, source: "interview", label: "Employer, cleaning company in Antwerp", stance: "supports", day: 4, tests: [1],
      text: "After the diversity plan the company publishes team leader vacancies internally first; three cleaners of migrant origin have become team leaders." },
  ],
  "m2-4": [
    { by: KATRIN, source: "workshop", label: "Employers' network meeting, Leuven", stance: "supports", day: 4, tests: [0],
      text: "Firms with a diversity plan presented their experience to 30 other employers; the employers' organisation now promotes the plans in its newsletter." },
    { by: JONAS, source: "interview", label: "Recruiter, temporary work agency", stance: "partly", day: 4, tests: [1],
      text: "The agency knows the plans but still accepts clients' requests for 'native Dutch speakers' for jobs that do not need them." },
  ],
};
