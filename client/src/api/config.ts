import { CONFIG_ROUTE, publicConfigSchema, type PublicConfig } from "@review/shared";
import { request } from "./http.ts";

let pending: Promise<PublicConfig> | null = null;

/** Registration mode and demo accounts of this deployment; asked once per page load (a failed call is retried next time). */
export function getPublicConfig(): Promise<PublicConfig> {
  if (!pending) {
    pending = request(CONFIG_ROUTE, { schema: publicConfigSchema });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
