import type { BenchmarkModule } from "@review/shared";
import type { MessageKey } from "../../i18n/messages/en.ts";

/** "Core benchmark" or "Module: <name>", the heading of a module's factors. */
export function moduleTitleKey(module: Pick<BenchmarkModule, "kind">): MessageKey {
  return module.kind === "core" ? "board.module.core" : "board.module.theme";
}
