/** HTTP paths of the public API, shared by the server's routes and the client's fetch layer. */
export const API_ROUTES = {
  health: "/api/health",
  register: "/api/auth/register",
  login: "/api/auth/login",
  logout: "/api/auth/logout",
  me: "/api/auth/me",
  reviews: "/api/reviews",
  review: (id: string) => `/api/reviews/${encodeURIComponent(id)}`,
  reviewMembers: (id: string) => `/api/reviews/${encodeURIComponent(id)}/members`,
  reviewMember: (id: string, userId: string) => `/api/reviews/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
  reviewInvitations: (id: string) => `/api/reviews/${encodeURIComponent(id)}/invitations`,
  reviewInvitation: (id: string, invitationId: string) =>
    `/api/reviews/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitationId)}`,
  invitation: (code: string) => `/api/invitations/${encodeURIComponent(code)}`,
  acceptInvitation: (code: string) => `/api/invitations/${encodeURIComponent(code)}/accept`,
} as const;

/** Path prefix of the collaboration WebSocket; the document name follows it. */
export const COLLAB_PATH = "/collab";

export const BENCHMARK_ROUTES = {
  list: "/api/benchmarks",
  one: (id: string) => `/api/benchmarks/${encodeURIComponent(id)}`,
} as const;
