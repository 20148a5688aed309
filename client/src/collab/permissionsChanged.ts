/**
 * The server closes a member's sockets with 4409 (permissionsChanged) when a
 * moderator changes their role. The socket reconnects by itself with the new
 * access; whatever shows the review (its role, its tabs) must refetch it. Each
 * collab session reports the close here, and the review page listens.
 */
type Listener = (documentName: string) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with the document's name whenever the server reports a role change on it. */
export function onPermissionsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyPermissionsChanged(documentName: string): void {
  for (const listener of [...listeners]) listener(documentName);
}
