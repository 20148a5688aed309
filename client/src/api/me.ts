import { API_ROUTES, meResponseSchema, type LocaleCode, type User } from "@review/shared";
import { request } from "./http.ts";

/** `PUT /api/me/locale`: remembers the signed-in user's language on the server. */
export async function updateMyLocale(locale: LocaleCode): Promise<User> {
  const { user } = await request(API_ROUTES.myLocale, { method: "PUT", body: { locale }, schema: meResponseSchema });
  return user;
}
