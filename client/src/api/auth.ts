import { API_ROUTES, meResponseSchema, registerResponseSchema, type LoginRequest, type RegisterRequest, type User } from "@review/shared";
import { ApiError, request } from "./http.ts";

export async function login(input: LoginRequest): Promise<User> {
  const { user } = await request(API_ROUTES.login, { method: "POST", body: input, schema: meResponseSchema, expectUnauthenticated: true });
  return user;
}

/** Creates the account and signs in; `reviewId` is the review joined through an invitation, if any. */
export async function register(input: RegisterRequest): Promise<{ user: User; reviewId: string | null }> {
  return request(API_ROUTES.register, { method: "POST", body: input, schema: registerResponseSchema });
}

export async function logout(): Promise<void> {
  await request(API_ROUTES.logout, { method: "POST", schema: null, expectUnauthenticated: true });
}

/** The signed-in user, or `null` when there is no valid session. */
export async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await request(API_ROUTES.me, { schema: meResponseSchema, expectUnauthenticated: true });
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
