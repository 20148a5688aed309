/** The element id (and URL fragment) of a card on its factor board, so search results can point at it. */
export function cardAnchor(cardId: string): string {
  return `card-${cardId}`;
}

/** The card id a URL fragment points at, or null. */
export function cardIdFromHash(hash: string): string | null {
  const match = /^#card-([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match ? match[1]! : null;
}
