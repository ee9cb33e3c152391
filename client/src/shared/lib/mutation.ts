/**
 * The payload field a mutation answered with. The server refuses with an error, never with an empty payload: an empty
 * one is a bug, thrown as "<field> returned nothing" (users see the generic message for it).
 */
export function mutationPayload<T>(value: T | null | undefined, field: string): T {
  if (!value) throw new Error(`${field} returned nothing`);
  return value;
}
