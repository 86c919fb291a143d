import { useCallback, useMemo } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { canAnnotate as roleCanAnnotate, canModerate, type Role } from "@/lib/permissions/roles";

/** What the signed-in reader may do here, as the cards and the toolbars ask it. */
export function useViewer(currentUser: { id: string; role: Role }) {
  const canAnnotate = roleCanAnnotate(currentUser);
  const isModerator = canModerate(currentUser);
  const viewer = useMemo(
    () => ({ id: currentUser.id, canAnnotate, isModerator }),
    [currentUser.id, canAnnotate, isModerator],
  );
  // The owner's permissions apply: for an imported annotation, whoever imported it, not the person it credits.
  const canEdit = useCallback(
    (a: AnnotationView) => canAnnotate && (a.ownerId === currentUser.id || isModerator),
    [canAnnotate, currentUser.id, isModerator],
  );
  return { canAnnotate, viewer, canEdit };
}
