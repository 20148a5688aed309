import { randomToken } from "./auth/tokens.ts";

/** 80 random bits as 16 lowercase base32 characters: the id format of users and reviews. */
export function newId(): string {
  return randomToken(10);
}
