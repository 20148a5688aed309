import { useQuery } from "@tanstack/react-query";
import type { PublicConfig } from "@review/shared";
import { getPublicConfig } from "../../api/config.ts";
import { queryKeys } from "../../app/queryKeys.ts";

/** This deployment's public configuration, or null until it has arrived (or when the server cannot be reached). */
export function usePublicConfig(): PublicConfig | null {
  const { data } = useQuery({ queryKey: queryKeys.config(), queryFn: getPublicConfig });
  return data ?? null;
}
