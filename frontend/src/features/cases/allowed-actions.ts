/**
 * An action the signed-in person may take on the case now, as the server's access policy lists it in the
 * case view (`allowedActions`): the UI offers these and works out no permission of its own.
 */
export type AllowedAction = {
  action: string;
  method: string;
  path: string;
  /** The referral, position, assessment, appeal or hold it acts on; null for the case itself. */
  targetId: string | null;
  /** The open task that asks for it, if one does. */
  task: string | null;
};

/** The allowed action of that name (on that target or for that task, when given), if the person may take it. */
export function allowed(
  actions: AllowedAction[],
  action: string,
  where: { targetId?: string; task?: string } = {},
): AllowedAction | undefined {
  return actions.find(
    (candidate) =>
      candidate.action === action &&
      (where.targetId === undefined || candidate.targetId === where.targetId) &&
      (where.task === undefined || candidate.task === where.task),
  );
}
