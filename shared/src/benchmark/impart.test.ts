import { describe, expect, it } from "vitest";
import { benchmarkLanguage, benchmarkSchema, benchmarkSummarySchema } from "../schema/benchmark.ts";
import type { Benchmark } from "../schema/benchmark.ts";
import { IMPART_BENCHMARK } from "./impart.ts";
import { summarizeBenchmark } from "./summary.ts";
import { RATINGS, ratingSchema } from "./ratingScale.ts";
import { REVIEW_STAGES, reviewStageSchema } from "./reviewStages.ts";

/**
 * Per factor: [number of tests, number of evidence examples], counted from the toolkit
 * (seed 003, section 4). Changing the data without changing this table is a transcription
 * error until proven otherwise.
 */
const EXPECTED: Record<string, Record<string, [tests: number, evidence: number]>> = {
  core: {
    "core-1": [3, 3],
    "core-2": [4, 4],
    "core-3": [2, 5],
    "core-4": [3, 3],
    "core-5": [3, 2],
    "core-6": [4, 5],
    "core-7": [3, 5],
    "core-8": [3, 5],
  },
  "assessment-validation": {
    "m1-1": [4, 5],
    "m1-2": [2, 5],
    "m1-3": [5, 7],
  },
  "anti-discrimination": {
    "m2-1": [2, 3],
    "m2-2": [2, 3],
    "m2-3": [4, 6],
    "m2-4": [2, 4],
  },
  "territorial-approach": {
    "m3-1": [4, 4],
    "m3-2": [4, 3],
    "m3-3": [3, 3],
    "m3-4": [4, 3],
    "m3-5": [5, 4],
  },
};

/** Every human-readable string in the benchmark, with where it lives. */
function allTexts(): { where: string; text: string }[] {
  const texts = [
    { where: "benchmark.name", text: IMPART_BENCHMARK.name },
    { where: "benchmark.description", text: IMPART_BENCHMARK.description ?? "" },
  ];
  for (const module of IMPART_BENCHMARK.modules) {
    texts.push({ where: `${module.id}.name`, text: module.name });
    if (module.description !== undefined) texts.push({ where: `${module.id}.description`, text: module.description });
    for (const factor of module.factors) {
      texts.push({ where: `${factor.id}.name`, text: factor.name });
      texts.push({ where: `${factor.id}.definition`, text: factor.definition });
      factor.tests.forEach((text, i) => texts.push({ where: `${factor.id}.tests[${i}]`, text }));
      factor.evidence.forEach((text, i) => texts.push({ where: `${factor.id}.evidence[${i}]`, text }));
    }
  }
  return texts;
}

/** Statements only: definitions, tests, evidence. */
function sentences() {
  return allTexts().filter(({ where }) => /\.(definition|tests|evidence)/.test(where));
}

describe("IMPART benchmark", () => {
  it("is accepted by the schema unchanged", () => {
    expect(benchmarkSchema.parse(IMPART_BENCHMARK)).toEqual(IMPART_BENCHMARK);
  });

  it("has the modules of the toolkit, Core first", () => {
    expect(IMPART_BENCHMARK.modules.map((m) => [m.id, m.kind, m.name])).toEqual([
      ["core", "core", "Core"],
      ["assessment-validation", "theme", "Assessment and Validation – Valuing Migrant Competences"],
      ["anti-discrimination", "theme", "Fostering Anti-discrimination Skills"],
      ["territorial-approach", "theme", "Integrated Territorial Approach"],
    ]);
  });

  it("has 8 / 3 / 4 / 5 critical factors, numbered from 1 in each module", () => {
    expect(IMPART_BENCHMARK.modules.map((m) => m.factors.length)).toEqual([8, 3, 4, 5]);
    for (const module of IMPART_BENCHMARK.modules) {
      expect(module.factors.map((f) => f.number)).toEqual(module.factors.map((_, i) => String(i + 1)));
    }
  });

  it("has the number of tests and evidence examples printed for each factor", () => {
    const actual = Object.fromEntries(
      IMPART_BENCHMARK.modules.map((m) => [
        m.id,
        Object.fromEntries(m.factors.map((f) => [f.id, [f.tests.length, f.evidence.length]])),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it("keeps the factor names of the toolkit", () => {
    expect(IMPART_BENCHMARK.modules.flatMap((m) => m.factors.map((f) => f.name))).toEqual([
      "Needs Assessment",
      "Migrant Voice",
      "Employer Engagement",
      "Other Social Partners",
      "Policy Framework",
      "Commitment to Mainstreaming",
      "Monitoring and Evaluation",
      "Equalities",
      "Valuing Migrant Competences",
      "Individual Support",
      "Promoting Sustainable Job Outcomes",
      "Methods",
      "Involving Migrants",
      "Anti-discrimination Expertise",
      "Spreading Good Practice",
      "Political Leadership",
      "Range of Partners",
      "Legal Status",
      "Governance",
      "Project Strategy",
    ]);
  });

  it("has no empty or untrimmed strings", () => {
    for (const { where, text } of allTexts()) {
      expect(text.length, where).toBeGreaterThan(0);
      expect(text, where).toBe(text.trim());
    }
  });

  it("has no leftovers from the PDF extraction", () => {
    for (const { where, text } of allTexts()) {
      expect(text, `${where}: line-break hyphen`).not.toMatch(/\w- \w/);
      expect(text, `${where}: trailing hyphen`).not.toMatch(/-$/);
      expect(text, `${where}: double space or line break`).not.toMatch(/\s{2}|\n/);
      expect(text, `${where}: space before punctuation`).not.toMatch(/ [,.;:)]/);
      expect(text, `${where}: bullet glyph`).not.toMatch(/[\uFFFD\u2022\uF0FC]/);
      expect(text, `${where}: footnote or list marker`).not.toMatch(/^(?:-|\d+\.?\s)/);
      expect(text, `${where}: straight quote`).not.toMatch(/['"]/);
      expect(text, `${where}: missing space after quote`).not.toMatch(/’[a-z]{2,}/);
      expect(text, `${where}: doubled full stop`).not.toMatch(/\.\.$/);
    }
  });

  it("writes every definition, test and evidence example as a sentence", () => {
    for (const { where, text } of sentences()) {
      expect(text, where).toMatch(/^[A-Z‘]/);
      expect(text, where).toMatch(/[^.]\.$/);
    }
  });

  it("has no duplicated sentence anywhere in the benchmark", () => {
    const seen = new Map<string, string>();
    for (const { where, text } of sentences()) {
      expect(seen.get(text), `${where} repeats ${seen.get(text)}`).toBeUndefined();
      seen.set(text, where);
    }
  });

  it("summarises to 4 modules and 20 factors", () => {
    expect(benchmarkSummarySchema.parse(summarizeBenchmark(IMPART_BENCHMARK))).toEqual({
      id: "impart",
      name: "IMPART modular benchmark",
      version: "2012.1",
      language: "en",
      moduleCount: 4,
      factorCount: 20,
    });
  });
});

describe("benchmark schema", () => {
  const clone = (): Benchmark => JSON.parse(JSON.stringify(IMPART_BENCHMARK)) as Benchmark;

  it("takes an optional language tag, English when absent", () => {
    const { language: _, ...withoutLanguage } = clone();
    expect(benchmarkSchema.parse(withoutLanguage).language).toBeUndefined();
    expect(benchmarkLanguage(benchmarkSchema.parse(withoutLanguage))).toBe("en");
    expect(summarizeBenchmark(benchmarkSchema.parse(withoutLanguage)).language).toBe("en");
    for (const language of ["de", "es", "fr", "pt-BR", "es-419"]) expect(benchmarkLanguage(benchmarkSchema.parse({ ...clone(), language }))).toBe(language);
    for (const language of ["", "German", "DE", "de_AT", 7]) expect(benchmarkSchema.safeParse({ ...clone(), language }).success).toBe(false);
  });

  it("rejects unknown fields at every level", () => {
    expect(benchmarkSchema.safeParse({ ...clone(), extra: 1 }).success).toBe(false);
    const withModuleField = clone();
    Object.assign(withModuleField.modules[0]!, { extra: 1 });
    expect(benchmarkSchema.safeParse(withModuleField).success).toBe(false);
    const withFactorField = clone();
    Object.assign(withFactorField.modules[0]!.factors[0]!, { extra: 1 });
    expect(benchmarkSchema.safeParse(withFactorField).success).toBe(false);
  });

  it("rejects duplicate module ids and duplicate factor ids across modules", () => {
    const dupModule = clone();
    dupModule.modules[2]!.id = dupModule.modules[1]!.id;
    expect(benchmarkSchema.safeParse(dupModule).success).toBe(false);
    const dupFactor = clone();
    dupFactor.modules[1]!.factors[0]!.id = "core-1";
    expect(benchmarkSchema.safeParse(dupFactor).success).toBe(false);
  });

  it("requires exactly one core module", () => {
    const none = clone();
    none.modules[0]!.kind = "theme";
    expect(benchmarkSchema.safeParse(none).success).toBe(false);
    const two = clone();
    two.modules[1]!.kind = "core";
    expect(benchmarkSchema.safeParse(two).success).toBe(false);
  });

  it("requires at least one test per factor and one factor per module", () => {
    const noTests = clone();
    noTests.modules[0]!.factors[0]!.tests = [];
    expect(benchmarkSchema.safeParse(noTests).success).toBe(false);
    const noFactors = clone();
    noFactors.modules[3]!.factors = [];
    expect(benchmarkSchema.safeParse(noFactors).success).toBe(false);
  });

  it("rejects empty texts and trims imported ones", () => {
    const empty = clone();
    empty.modules[0]!.factors[0]!.evidence.push("  ");
    expect(benchmarkSchema.safeParse(empty).success).toBe(false);
    const padded = clone();
    padded.modules[0]!.factors[0]!.name = "  Needs Assessment ";
    expect(benchmarkSchema.parse(padded).modules[0]!.factors[0]!.name).toBe("Needs Assessment");
  });
});

describe("rating scale and review stages", () => {
  it("rates wholly, partly or not matched", () => {
    expect(RATINGS).toEqual(["wholly", "partly", "not"]);
    expect(ratingSchema.safeParse("fully").success).toBe(false);
  });

  it("lists the before / during / after steps of the toolkit", () => {
    for (const stage of REVIEW_STAGES) reviewStageSchema.parse(stage);
    expect(REVIEW_STAGES.map((s) => [s.id, s.steps.length])).toEqual([
      ["before", 7],
      ["during", 6],
      ["after", 3],
    ]);
    const ids = REVIEW_STAGES.flatMap((s) => s.steps.map((step) => step.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const stage of REVIEW_STAGES) {
      stage.steps.forEach((step, i) => expect(step.id).toBe(`${stage.id}-${i + 1}`));
    }
  });
});
