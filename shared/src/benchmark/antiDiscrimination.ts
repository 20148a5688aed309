import type { BenchmarkModule } from "../schema/benchmark.ts";

/**
 * IMPART Toolkit (2012), section 4, "Module 2: Fostering Anti-discrimination Skills".
 * Transcription rules: see `core.ts`.
 */
export const ANTI_DISCRIMINATION_MODULE: BenchmarkModule = {
  id: "anti-discrimination",
  name: "Fostering Anti-discrimination Skills",
  kind: "theme",
  description:
    "Strategies to help intermediaries and employers to reduce discrimination and other barriers to employment.",
  factors: [
    {
      id: "m2-1",
      number: "1",
      name: "Methods",
      definition: "A range of methods are chosen to develop anti-discrimination skills among staff.",
      tests: [
        "Staff development is based on an assessment of approaches that meet identified needs.",
        "Approaches have been selected to address challenges facing migrants.",
      ],
      evidence: [
        "Planning documents showing research into needs, audit of current practice, assessment of what works, clear rationale for selecting approach.",
        "Methods including actions such as one-to-one and language support for new migrants.",
        "Training for employers and their staff as well as project’s employees.",
      ],
    },
    {
      id: "m2-2",
      number: "2",
      name: "Involving Migrants",
      definition: "Migrants and NGOs are involved in Staff Development.",
      tests: [
        "Migrants’ views contribute to the planning, delivery and evaluation of training courses and projects.",
        "Migrants groups are funded to develop awareness of rights and responsibilities in their own communities and intercultural understanding in other organisations.",
      ],
      evidence: [
        "Results of ongoing consultation with local migrants and ethnic minority (MEM) groups and individuals.",
        "Funding and training opportunities for MEM and MSOs to take on intermediary or training roles.",
        "Plans that demonstrate migrants active participation in training and development activities.",
      ],
    },
    {
      id: "m2-3",
      number: "3",
      name: "Anti-discrimination Expertise",
      definition:
        "Staff supporting and recruiting migrants show awareness of anti-discrimination laws and find ways of addressing discrimination in practice.",
      tests: [
        "Staff in projects, employment agencies, guidance and Human Resource departments show awareness of discrimination issues whether within legal frameworks or falling outside them.",
        "Gender discrimination, age discrimination and discrimination facing particular minority groups is tackled.",
        "Active steps are in place to address discrimination in the workplace.",
        "Measures are in place to help migrants get into jobs which reflect their skills and potential.",
      ],
      evidence: [
        "Training and activity plans covering relevant local and broader national legislation and discrimination issues.",
        "Specific discrimination issues are addressed and gender issues are mainstreamed.",
        "Equal Opportunity policies or diversity charters in place and followed by all staff.",
        "Employers’ recruitment and promotion policies with measures to ensure migrants are not only in unskilled jobs.",
        "Workforce profiling.",
        "Monitoring of barriers to employment and promotion and monitoring of staff attitudes.",
      ],
    },
    {
      id: "m2-4",
      number: "4",
      name: "Spreading Good Practice",
      definition: "Good practice is spread through toolkits, internet and networking.",
      tests: [
        "A range of methods are used to share good practice with employers, other projects and mainstream agencies.",
        "Employers’ and recruiters’ strategies and activities reflect new ways of reducing barriers to employment.",
      ],
      evidence: [
        "Development of websites, toolkits, case studies and other materials to mainstream learning.",
        "Evidence of promotion through professional and employer networking, charters, agreements with unions, etc.",
        "Increasing number of employers welcoming and promoting diversity to MEM customers and potential employees.",
        "Evidence of new materials and approaches being used in different organisations.",
      ],
    },
  ],
};
