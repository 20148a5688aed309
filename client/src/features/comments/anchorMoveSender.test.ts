import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { createAnchorMoveSender } from "./anchorMoveSender.ts";

const anchor = (n: number) => ({ start: `AA${n}=`, end: `BB${n}=` });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createAnchorMoveSender", () => {
  it("sends each move once it is queued and forgets it when the server took it", async () => {
    const sent: string[] = [];
    const sender = createAnchorMoveSender(async (threadId, moved) => void sent.push(`${threadId}:${moved.start}`));
    sender.add([{ threadId: "t1", anchor: anchor(1) }, { threadId: "t2", anchor: anchor(2) }]);
    await settle();
    expect(sent).toEqual(["t1:AA1=", "t2:AA2="]);
    expect(sender.pending).toBe(0);
  });

  it("keeps a move the network lost and sends it again; drops one the server refuses for good", async () => {
    let online = false;
    const sent: string[] = [];
    const sender = createAnchorMoveSender(async (threadId) => {
      if (threadId === "gone") throw new ApiError("not_found", "", 404);
      if (!online) throw new ApiError("network", "", 0);
      sent.push(threadId);
    });
    sender.add([{ threadId: "t1", anchor: anchor(1) }, { threadId: "gone", anchor: anchor(2) }]);
    await settle();
    expect(sender.pending).toBe(1);
    online = true;
    sender.retry();
    await settle();
    expect(sent).toEqual(["t1"]);
    expect(sender.pending).toBe(0);
  });

  it("tries a lost send again on its own, later each time, until the server takes it", async () => {
    const tries: number[] = [];
    let lost = 3;
    const startedAt = Date.now();
    const sender = createAnchorMoveSender(
      async () => {
        tries.push(Date.now() - startedAt);
        if (lost-- > 0) throw new ApiError("network", "", 0);
      },
      { retryDelaysMs: [10, 40] },
    );
    sender.add([{ threadId: "t1", anchor: anchor(1) }]);
    await vi.waitFor(() => expect(sender.pending).toBe(0), { timeout: 2_000 });
    expect(tries).toHaveLength(4);
    // 10 ms after the first loss, then 40 ms (the last wait repeats).
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(35);
    expect(tries[3]! - tries[2]!).toBeGreaterThanOrEqual(35);
  });

  it("tries no more once disposed", async () => {
    let tries = 0;
    const sender = createAnchorMoveSender(
      async () => {
        tries += 1;
        throw new ApiError("network", "", 0);
      },
      { retryDelaysMs: [10] },
    );
    sender.add([{ threadId: "t1", anchor: anchor(1) }]);
    await settle();
    sender.dispose();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(tries).toBe(1);
    expect(sender.pending).toBe(1);
  });

  it("sends a newer anchor of a thread after the one in flight, and ends with it", async () => {
    const sent: string[] = [];
    let release: () => void = () => undefined;
    const sender = createAnchorMoveSender(async (_threadId, moved) => {
      sent.push(moved.start);
      if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    sender.add([{ threadId: "t1", anchor: anchor(1) }]);
    sender.add([{ threadId: "t1", anchor: anchor(2) }]);
    expect(sent).toEqual(["AA1="]);
    release();
    await settle();
    await settle();
    expect(sent).toEqual(["AA1=", "AA2="]);
    expect(sender.pending).toBe(0);
  });
});
