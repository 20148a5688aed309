import type { BenchmarkModule } from "../schema/benchmark.ts";

/**
 * IMPART Toolkit (2012), section 4, "Module 1: Assessment and Validation – Valuing Migrant
 * Competences". Transcription rules: see `core.ts`.
 */
export const ASSESSMENT_VALIDATION_MODULE: BenchmarkModule = {
  id: "assessment-validation",
  name: "Assessment and Validation – Valuing Migrant Competences",
  kind: "theme",
  description:
    "Projects where migrants are helped into jobs by getting recognition for their skills and abilities.",
  factors: [
    {
      id: "m1-1",
      number: "1",
      name: "Valuing Migrant Competences",
      definition: "There is effective assessment and recognition of migrant competences and skills.",
      tests: [
        "There is an effective process for initial engagement and assessment of competences with migrant groups, with capacity to validate formal qualifications and skills gained in the country of origin, or to re-qualify or adapt qualification in line with EQF or national framework for qualification assessment.",
        "There is an effective process for initial engagement and assessment of competences with migrant groups, with inclusion of competence-based assessments that lead to re-qualification.",
        "There is an effective process for initial engagement and assessment of competences with migrant groups, with inclusion of language training or citizenship programmes to facilitate integration into the workplace and society.",
        "There is an effective process for initial engagement and assessment of competences with migrant groups, with inclusion of vocational training programmes leading to validation of skills.",
      ],
      evidence: [
        "Feedback forms or surveys of participants’ views.",
        "Effective assessment techniques and certified training run by professional education or skills agency/body.",
        "Reference to appropriate EQF level and/or national strategy/Framework for qualifications assessment.",
        "Learner information held by agencies and service providers.",
        "Numbers assessed, re-qualifying and progressing into training/employment as a result.",
      ],
    },
    {
      id: "m1-2",
      number: "2",
      name: "Individual Support",
      definition: "The project provides individualised support for beneficiaries.",
      tests: [
        "Accredited, high-quality Information, Advice and Guidance (IAG) is accessible to beneficiaries, with provision of one-to-one support by experienced project staff.",
        "Accredited, high-quality Information, Advice and Guidance (IAG) is accessible to beneficiaries, with provision of tailored support services to meet individual needs.",
      ],
      evidence: [
        "Quality benchmarks/awards/certification.",
        "Number of multi-lingual staff employed and accredited to give IAG.",
        "Numbers of migrants accessing IAG.",
        "Availability of bi-lingual IAG materials, promotional and training materials.",
        "Numbers of staff available for one-to-one support.",
      ],
    },
    {
      id: "m1-3",
      number: "3",
      name: "Promoting Sustainable Job Outcomes",
      definition: "The project produces sustainable employment outcomes.",
      tests: [
        "Beneficiaries’ desired job outcomes and goals are discussed and considered at an early stage.",
        "Inclusion of employability training and/or work-focused training.",
        "Employers are encouraged to support those furthest from the workplace.",
        "Involvement of relevant employers and skills agencies in the design of course content, to improve the match between supply (of relevant skills) and demand.",
        "Provision of post-employment (in-work) support which may include buddying schemes, workplace mediation or workplace visits.",
      ],
      evidence: [
        "Numbers progressing into work and levels/length of job retention.",
        "Duration of post-employment support.",
        "Records of initial consultation with beneficiaries.",
        "Number of employers and skills agencies involved.",
        "Audits of migrant skills and matching them with employment opportunities.",
        "Types of employer involvement e.g. CV and interview support, coaching, work shadowing, job placements, competence based job descriptions.",
        "Feedback from employers and beneficiaries.",
      ],
    },
  ],
};
