import type { Benchmark } from "../schema/benchmark.ts";
import { ANTI_DISCRIMINATION_MODULE } from "./antiDiscrimination.ts";
import { ASSESSMENT_VALIDATION_MODULE } from "./assessmentValidation.ts";
import { CORE_MODULE } from "./core.ts";
import { TERRITORIAL_APPROACH_MODULE } from "./territorialApproach.ts";

/**
 * The IMPART modular benchmark (IMPART Toolkit, January 2012, section 4): the default
 * benchmark every network ships with. Not parsed at import time; `impart.test.ts` checks it
 * against `benchmarkSchema`.
 */
export const IMPART_BENCHMARK: Benchmark = {
  id: "impart",
  name: "IMPART modular benchmark",
  version: "2012.1",
  language: "en",
  description:
    "The IMPART benchmark for increasing the participation of migrants and ethnic minorities in employment: a core benchmark which can be applied to any project seeking to help migrants and ethnic minorities in the labour market, and thematic modules, each of which can be applied together with the core benchmark.",
  modules: [CORE_MODULE, ASSESSMENT_VALIDATION_MODULE, ANTI_DISCRIMINATION_MODULE, TERRITORIAL_APPROACH_MODULE],
};
