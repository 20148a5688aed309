import type { BenchmarkModule } from "../schema/benchmark.ts";

/**
 * IMPART Toolkit (2012), section 4, "Critical factors – Core".
 *
 * Transcription rules (shared by all modules): line-break hyphens are removed, real
 * compounds (policy-makers, long-term, one-to-one) are kept; every item ends with a full
 * stop; a bullet whose sub-points are dashes stays one item, with the sub-points joined by
 * semicolons; a lead-in followed by separately bulleted items gives one item per bullet, with
 * the lead-in repeated so each reads on its own. Wording and British spelling are the
 * authors', including their grammatical slips (e.g. "migrant who are participants"); only
 * plain misspellings and stray spaces are corrected (e.g. "beneficaries", "project ‘s").
 */
export const CORE_MODULE: BenchmarkModule = {
  id: "core",
  name: "Core",
  kind: "core",
  description:
    "A core benchmark which can be applied to any project seeking to help migrants and ethnic minorities in the labour market.",
  factors: [
    {
      id: "core-1",
      number: "1",
      name: "Needs Assessment",
      definition: "Design and delivery of the project are based on an assessment of needs which is objective and inclusive.",
      tests: [
        "In choosing its goals and methods, the project’s sponsors do not rely only on their own judgment but also look at outside, independent evidence to assess which needs it should address.",
        "To help in assessing needs, a range of stakeholders are consulted including the target group and social partners.",
        "The project has procedures to update its needs assessment from time to time, in an objective and inclusive way, and to feed the results as necessary into the management of its operation.",
      ],
      evidence: [
        "Statistics showing gap between migrant unemployment and host community (broken down to show women’s employment gap).",
        "Research into needs of particular minority groups.",
        "Documents showing how needs analysis has influenced project.",
      ],
    },
    {
      id: "core-2",
      number: "2",
      name: "Migrant Voice",
      definition:
        "The project’s work is guided by the views of its migrant target group on their needs and experience, both as direct beneficiaries and as wider communities.",
      tests: [
        "The project seeks the views of its own migrant beneficiaries (participants) and of communities from which they come (ie. local population groups of their national or ethnic background).",
        "Migrant self-organisations (MSOs) in the project’s area are consulted periodically about its performance and impact.",
        "MSOs are represented in the governance of the project.",
        "The project can give examples of how its practice and development have been influenced by the voice of communities which make up its migrant target group.",
      ],
      evidence: [
        "Records of contact made with local migrant communities to find out their view of the project’s work area (eg. records of focus groups, local meetings, surveys of their opinion).",
        "Feedback from migrant groups.",
        "Migrant representation on project board or steering group.",
        "Changes made to project as a result of consulting migrant groups and migrant who are participants in the project.",
      ],
    },
    {
      id: "core-3",
      number: "3",
      name: "Employer Engagement",
      definition: "The project engages with employers throughout the life of the project.",
      tests: [
        "The project identifies employers to work with, taking into account relevant labour market conditions; consults employers periodically about their skill needs and workforce planning; helps employers to understand how migrants can contribute to their business and how to take practical steps to support their integration in the workforce.",
        "Projects with the sole or dominant aim of guiding individual migrants into job opportunities, audits their skills so they can be matched with these opportunities.",
      ],
      evidence: [
        "Minutes of meetings with employers.",
        "Record of adjustments made by projects as a result of consulting employers.",
        "Employer engagement on project board or steering group.",
        "Skills audits of beneficiaries matched to job descriptions or employer need.",
        "Employer and client feedback.",
      ],
    },
    {
      id: "core-4",
      number: "4",
      name: "Other Social Partners",
      definition:
        "The project’s work is guided by the views of other key stakeholders about labour market conditions and the best ways to promote employment.",
      tests: [
        "The project periodically consults key stakeholders including labour market agencies, chambers of commerce and trade unions about conditions in the labour market and how it can best respond to them.",
        "These stakeholders are represented in the governance of the project.",
        "The project can give examples of how it has been influenced by input from these key stakeholders.",
      ],
      evidence: [
        "Minutes of regular meetings with social partners and decisions taken.",
        "External stakeholders’ representation on project board or steering group.",
        "Examples of changes made to practice and development as a result of consulting social partners.",
      ],
    },
    {
      id: "core-5",
      number: "5",
      name: "Policy Framework",
      definition:
        "In its design and operation, the project makes links explicitly with policy goals and policy-makers at relevant levels: EU, Member State and/or regional.",
      tests: [
        "Goals set for the project are aligned explicitly with policies set at EU level or by central or regional authorities in its Member State.",
        "Policy-makers from one or more of these levels contribute to the design of the project.",
        "During the life of the project, it engages these policy-makers in dialogue on its development, its results and its potential contribution to their policy aims.",
      ],
      evidence: [
        "Project planning documents that refer explicitly to equalities, migration and integration policies set at EU, national or regional level.",
        "Records of meetings with policy-makers where project design was discussed, and decisions taken.",
      ],
    },
    {
      id: "core-6",
      number: "6",
      name: "Commitment to Mainstreaming",
      definition:
        "The project takes active steps during its lifetime to mainstream its practice, so as to achieve long-term impact.",
      tests: [
        "The project, or its partners, commit resources to develop structures which will champion and sustain its practice after it has ended.",
        "The project creates products which embody its best practice and make this practice available for use after it has ended.",
        "Systems are developed to support its migrant beneficiaries after they have left the project and entered employment, and to track their longer-term employment experience.",
        "The project uses dialogue with policy-makers to promote the transfer of its good practice into mainstream services.",
      ],
      evidence: [
        "Descriptions of local networks supported by the project, their membership and funding.",
        "Toolkits, training systems, websites and other products.",
        "Information on how and where these products have been distributed.",
        "Records of meetings with policy-makers where they discussed possible future use of the project’s methods.",
        "Joint public statements with policy-makers, promoting the project’s practice.",
      ],
    },
    {
      id: "core-7",
      number: "7",
      name: "Monitoring and Evaluation",
      definition:
        "Monitoring and evaluation systems show how far the project makes a difference to labour market experience for migrants, and where change is needed.",
      tests: [
        "The project uses methods for monitoring and evaluation that are structured and transparent; adapted to the target group and its labour market experience; able to use the most relevant evidence, quantitative or qualitative; open to complexity, capturing both ‘hard’ outcomes (quantifiable employment outcomes) and ‘soft’ outcomes for beneficiaries (outcomes which show beneficiaries new skills or steps towards employment).",
        "The project applies monitoring and evaluation results to improve performance, and to guide change in its practice.",
        "The monitoring and evaluation can not only assess current performance, but also test whether the project is likely to make a long-term difference to migrants’ participation in employment.",
      ],
      evidence: [
        "Regular internal monitoring, comparison with external sources of data.",
        "Internal evaluations and external independent evaluation where appropriate.",
        "Information on hard outcomes including employment results; soft or intermediate outcomes marking beneficiaries progress towards employment.",
        "Decisions and actions taken based on project’s monitoring and evaluation reports.",
        "Follow up of sample of migrants over period of time.",
      ],
    },
    {
      id: "core-8",
      number: "8",
      name: "Equalities",
      definition: "Throughout its work, the project consistently promotes equalities and tackles discrimination.",
      tests: [
        "The project has a core objective, of promoting equality and tackling discrimination that affects employment outcomes (a) between migrants and other population groups and (b) between genders and (c) other groups within migrant and ethnic minority communities.",
        "This equalities objective – in all aspects – is built into the project’s own employment practices.",
        "In its work with employers and mainstream agencies, the project makes the case for equality and diversity; challenges discrimination; encourages these partners to adopt strategies and monitoring procedures which will enhance equality and reduce risks of discrimination.",
      ],
      evidence: [
        "Statements of project’s own employment policy showing it tackles risks of discrimination eg. encouraging job applications from disadvantaged groups; monitoring its staff profile; supporting MEM employees.",
        "Project staff are trained to promote equality and to be aware of discrimination, in their delivery of the project’s service.",
        "Project evaluation reports consider how far it has helped to reduce inequality and discrimination.",
        "Records of meetings with employers and other stakeholders that show how the project raises equalities issues with them.",
        "Examples of how it has helped to shift attitudes towards migrants and ethnic minorities, among these actors.",
      ],
    },
  ],
};
