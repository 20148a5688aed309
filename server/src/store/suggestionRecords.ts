/** Claims on suggested edits' decisions (migration 018): one decision per thread, whichever process decides. */
export interface SuggestionClaimStore {
  /** True when this call claimed the thread's decision; false when someone already holds it. */
  claimSuggestionDecision(input: { docName: string; threadId: string; userId: string; at: Date }): Promise<boolean>;
  /** Gives a claim back (the decision could not be made, e.g. an outdated passage). */
  releaseSuggestionDecision(docName: string, threadId: string): Promise<void>;
}
