import { API_ROUTES, meResponseSchema, type LoginRequest, type RegisterRequest, type User } from "@review/shared";
import { ApiError, request } from "./http.ts";

export async function login(input: LoginRequest): Promise<User> {
  const { user } = await request(API_ROUTES.login, { method: "POST", body: input, schema: meResponseSchema, expectUnauthenticated: true });
  return user;
}

export async function register(input: RegisterRequest): Promise<User> {
  const { user } = await request(API_ROUTES.register, { method: "POST", body: input, schema: meResponseSchema });
  return user;
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
