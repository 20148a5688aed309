import type { BenchmarkModule } from "../schema/benchmark.ts";

/**
 * IMPART Toolkit (2012), section 4, "Module 3: Integrated Territorial Approach" (ITA).
 * Transcription rules: see `core.ts`. Factors 1, 3 and 5 state their tests as one lead-in
 * followed by bulleted clauses; each clause is one test, with the lead-in repeated. Factor 4
 * prints its tests as four unbulleted paragraphs; each paragraph is one test.
 */
export const TERRITORIAL_APPROACH_MODULE: BenchmarkModule = {
  id: "territorial-approach",
  name: "Integrated Territorial Approach",
  kind: "theme",
  description:
    "Projects bringing agencies together in a defined geographical area to deliver a service or implement a strategy for migrant integration, including employment.",
  factors: [
    {
      id: "m3-1",
      number: "1",
      name: "Political Leadership",
      definition:
        "Elected local or regional authorities give political leadership to the project, in ways that are visible to the public.",
      tests: [
        "Elected local or regional authorities give strong, visible and consistent leadership to the ITA project or programme which links it to their wider policy goals.",
        "Elected local or regional authorities give strong, visible and consistent leadership to the ITA project or programme which ensures commitment and coordination within their own administration.",
        "Elected local or regional authorities give strong, visible and consistent leadership to the ITA project or programme which builds trust among partners.",
        "Elected local or regional authorities give strong, visible and consistent leadership to the ITA project or programme which works to build political support for the project among the public.",
      ],
      evidence: [
        "Engagement with the project by senior elected members of the local/regional authority for the relevant area.",
        "Structure set up within the authority to coordinate its own input to the project.",
        "Range of decisions – including those on resource allocation – which are shared between project partner.",
        "Degree of support and approval for the project which is shown by the local public, and by local third sector bodies.",
      ],
    },
    {
      id: "m3-2",
      number: "2",
      name: "Range of Partners",
      definition:
        "A wide range of actors in the project’s territorial area, from across sectors, commit themselves to it as project partners.",
      tests: [
        "The project is set up as a partnership whose members includes – besides employers and representatives of the migrant target group (see Core CFs) – a range of other actors drawn from across public, private, and third sectors.",
        "These partners have clear roles within its structure.",
        "They have formally committed themselves to support the project, and to help it to fulfil its goals.",
        "They take part in decisions on its operation and development, and the project can show examples of how partners have helped to influence its work.",
      ],
      evidence: [
        "Documents showing the project’s partnership structure including its partners, listed by sector and groups they work with.",
        "Records (eg. minutes) of project decision-making, showing partner participation.",
        "Information on their positions and tasks within its management structure.",
      ],
    },
    {
      id: "m3-3",
      number: "3",
      name: "Legal Status",
      definition:
        "The project partnership has formal legal status, giving it scope to develop its practice through independent actions.",
      tests: [
        "The project partnership has acquired its own identity as a legal entity which allows it to launch new initiatives as part of its own development, beyond what was specified in its original project design.",
        "The project partnership has acquired its own identity as a legal entity which allows it to call on some or all of its partners to support such new initiatives by contributing financial or other resources to them.",
        "The project partnership has acquired its own identity as a legal entity which allows it to make contracts and investments beyond the period of its current EU funding.",
      ],
      evidence: [
        "Partnership’s legal status and powers arising from it.",
        "The proportion of partners’ own resource use and/or service provision which can be determined by joint decisions of the project partnership.",
        "How far this partnership itself can influence delivery of services to the MEM target group.",
      ],
    },
    {
      id: "m3-4",
      number: "4",
      name: "Governance",
      definition:
        "The project is governed by a simple and transparent structure which gives flexibility, allowing it to adapt as the project develops.",
      tests: [
        "The project is steered by a system of governance (or senior management) whose structure is simple with a minimum of hierarchy, functional divisions and working groups.",
        "This governance system makes clear who ultimately has control over the project and its activity.",
        "It regularly consults other stakeholders outside the partnership – including social partners, representatives of the migrant target group, and its own sub-contractors – to get their input to its decision-making.",
        "External stakeholders in general understand how the project is governed and who should be contacted to influence it.",
      ],
      evidence: [
        "Documentation on the design of the project’s management structure.",
        "Testimony from partners and outside stakeholders on how clearly they can identify key decision-makers within this structure; how it works in practice, in particular its ability to respond to change.",
        "Reports from migrant groups, other stakeholders, and sub-contractors about how far this structure is transparent and open to their views.",
      ],
    },
    {
      id: "m3-5",
      number: "5",
      name: "Project Strategy",
      definition:
        "Objectives based on evidence about needs are brought together in a comprehensive long-term strategy for the development of the project, which is jointly agreed by its partners.",
      tests: [
        "This ITA project has a strategy which focuses on objectives, related to its territorial area, which are chosen in response to the project’s needs assessment.",
        "This ITA project has a strategy which sets out clear roles / targets / milestones for its partners, with coherence between actions.",
        "This ITA project has a strategy which is prepared through a process open to migrant groups and other stakeholders.",
        "This ITA project has a strategy which then becomes a published document, visible and accessible to stakeholders and the wider public.",
        "This ITA project has a strategy which plans explicitly for long-term policy impact beyond the project period.",
      ],
      evidence: [
        "Grant application documents – sections (if any) on the project’s initial strategy or plans for developing one.",
        "The partnership’s agreed strategy document.",
        "Records of project management meetings and of internal functions like staff training, to see how far the strategy influences them.",
        "Documentation and testimony on the process of planning and drafting the strategy, including experience of that process among migrant groups and other stakeholders.",
      ],
    },
  ],
};
