import { useEffect, useState } from "react";
import type { PublicConfig } from "@review/shared";
import { getPublicConfig } from "../../api/config.ts";

/** This deployment's public configuration, or null until it has arrived (or when the server cannot be reached). */
export function usePublicConfig(): PublicConfig | null {
  const [config, setConfig] = useState<PublicConfig | null>(null);
  useEffect(() => {
    let current = true;
    getPublicConfig().then(
      (value) => current && setConfig(value),
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);
  return config;
}
