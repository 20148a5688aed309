import { randomBytes } from "node:crypto";
import { API_ROUTES, NETWORK_ROUTES, RATING_ROUTES, type NetworkRole, type ReviewDetail, type ReviewRole, type User } from "@review/shared";

export type ApiResponse = {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or null when the body is empty or not JSON. */
  body: any;
  text: string;
  /** The body's bytes, as received. */
  bytes: Uint8Array;
};

export type RequestOptions = {
  /** Sent verbatim instead of JSON-encoding `body` (malformed or oversized bodies, images). */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  /** Extra headers; `origin: null` removes the default Origin header. */
  headers?: Record<string, string | null>;
};

/**
 * Where a server can be reached: its base URL and the Origin it accepts; `fetch` when it answers
 * in this process (`startInProcessServer`) instead of over a socket.
 */
export type ServerAddress = { url: string; origin: string; fetch?: (input: URL, init: RequestInit) => Promise<Response> };

/**
 * A fetch client that behaves like one browser profile: it keeps the cookies the
 * server sets and sends `Origin: <server origin>` on every request, as a browser
 * does on same-origin requests that change state.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  user: User | null = null;
  /** The credentials of the last successful register or login, for signing in again. */
  account: { email: string; password: string; name?: string } | null = null;

  constructor(private readonly server: ServerAddress) {}

  /** The Cookie header this client would send (for WebSocket upgrades). */
  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { origin: this.server.origin };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader;
    const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers["content-type"] = "application/json";
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === null) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
    const send = this.server.fetch ?? fetch;
    const response = await send(new URL(path, this.server.url), { method, headers, body: payload, redirect: "manual" });
    this.keepCookies(response.headers);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (method === "POST" && (path === API_ROUTES.register || path === API_ROUTES.login)) rememberAdministrator(this.server, body, parsed);
    return { status: response.status, headers: response.headers, body: parsed, text, bytes };
  }

  get(path: string, options?: RequestOptions): Promise<ApiResponse> {
    return this.request("GET", path, undefined, options);
  }

  post(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse> {
    return this.request("POST", path, body, options);
  }

  /** Registers and keeps the session; throws unless the server answers 201. */
  async register(input: { email: string; password: string; name: string }): Promise<User> {
    const response = await this.post(API_ROUTES.register, input);
    this.user = expectStatus(response, 201, "register").body.user as User;
    this.account = input;
    return this.user;
  }

  /** Signs in and keeps the session; throws unless the server answers 200. */
  async login(input: { email: string; password: string }): Promise<User> {
    const response = await this.post(API_ROUTES.login, { email: input.email, password: input.password });
    this.user = expectStatus(response, 200, "login").body.user as User;
    this.account = { ...this.account, ...input };
    return this.user;
  }

  /**
   * Creates a review. Only network moderators (and administrators) may: a member is made a
   * network moderator first, through the network's administrator (see `networkAdministrator`).
   */
  async createReview(input: { title: string; hostProject: string }): Promise<ReviewDetail> {
    if (this.user?.networkRole === "member") {
      await grantNetworkRole(this.server, this.user.id, "moderator");
      this.user = { ...this.user, networkRole: "moderator" };
    }
    const response = await this.post(API_ROUTES.reviews, input);
    return expectStatus(response, 201, "create review").body.review as ReviewDetail;
  }

  /** Adds an account to the review (an email without one gets an invitation instead; the answer is the same). */
  async addMember(reviewId: string, email: string, role: ReviewRole): Promise<void> {
    const response = await this.post(API_ROUTES.reviewMembers(reviewId), { email, role });
    expectStatus(response, 201, "add member");
  }

  /** Records a factor's team rating (the server allows moderators only); answers the raw response. */
  rateFactor(reviewId: string, factorId: string, body: { rating: string; rationale: string; cites: string[] }): Promise<ApiResponse> {
    return this.request("PUT", RATING_ROUTES.teamRating(reviewId, factorId), body);
  }

  /** Casts (or with null withdraws) this account's own vote; answers the raw response. */
  vote(reviewId: string, factorId: string, rating: string | null): Promise<ApiResponse> {
    return this.request("PUT", RATING_ROUTES.vote(reviewId, factorId), { rating });
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (value === "" || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Throws a readable error (status and body) unless `response.status` is `status`. */
export function expectStatus(response: ApiResponse, status: number, what: string): ApiResponse {
  if (response.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return response;
}

/** A fresh, unique account description; the password satisfies the server's rules. */
export function newAccount(name: string): { email: string; password: string; name: string } {
  const tag = randomBytes(5).toString("hex");
  return { email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${tag}@example.test`, password: `pw-${tag}-long-enough`, name };
}

/** Registers a fresh account on `server` and returns its signed-in client. */
export async function signedInClient(server: ServerAddress, name: string): Promise<ApiClient> {
  const client = new ApiClient(server);
  await client.register(newAccount(name));
  return client;
}

/** Registers a fresh account that the network's administrator makes a network moderator (creates reviews, writes papers). */
export async function networkModeratorClient(server: ServerAddress, name: string): Promise<ApiClient> {
  const client = await signedInClient(server, name);
  if (client.user!.networkRole === "member") {
    await grantNetworkRole(server, client.user!.id, "moderator");
    client.user = { ...client.user!, networkRole: "moderator" };
  }
  return client;
}

type Credentials = { email: string; password: string };
/** Per server: how to sign in as its administrator, learnt from whichever client registered or signed in as one. */
const administrators = new WeakMap<ServerAddress, Credentials>();
const administratorClients = new WeakMap<ServerAddress, Promise<ApiClient>>();

function rememberAdministrator(server: ServerAddress, sent: unknown, answer: unknown): void {
  const user = (answer as { user?: Partial<User> } | null)?.user;
  const credentials = sent as Partial<Credentials> | undefined;
  if (user?.networkRole !== "administrator" || !credentials?.email || !credentials.password) return;
  if (!administrators.has(server)) administrators.set(server, { email: credentials.email, password: credentials.password });
}

/**
 * A signed-in client of the network's administrator, for test set-up that needs one (naming
 * network moderators). The administrator is the first account: whichever client registered it
 * (any `ApiClient` on this server object), or, on a server without accounts yet, one registered
 * here. Throws when the administrator's credentials are unknown (e.g. it registered in a browser).
 */
export function networkAdministrator(server: ServerAddress): Promise<ApiClient> {
  let pending = administratorClients.get(server);
  if (!pending) {
    pending = (async () => {
      const client = new ApiClient(server);
      const known = administrators.get(server);
      if (known) await client.login(known);
      else await client.register(newAccount("Network Administrator"));
      if (client.user!.networkRole !== "administrator") {
        throw new Error("No administrator known for this server: register its first account with an ApiClient on the same server object");
      }
      return client;
    })();
    administratorClients.set(server, pending);
    pending.catch(() => administratorClients.delete(server));
  }
  return pending;
}

/** Gives an account a network role, as the administrator does on the network members page. */
export async function grantNetworkRole(server: ServerAddress, userId: string, role: NetworkRole): Promise<void> {
  const admin = await networkAdministrator(server);
  let response = await admin.request("PATCH", NETWORK_ROUTES.member(userId), { role });
  if (response.status === 401) {
    // The administrator's session ended (a test signed it out): sign in again once.
    await admin.login(administrators.get(server) ?? admin.account!);
    response = await admin.request("PATCH", NETWORK_ROUTES.member(userId), { role });
  }
  expectStatus(response, 200, `make ${userId} a network ${role}`);
}
