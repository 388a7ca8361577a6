// A compile-time check that a list of ours and a Prisma enum hold the same values (issue 28): a value added
// to or removed from one side alone makes `tsc` fail at the check, naming the list.

/** `true` when A and B are the same set of string values; otherwise `false`. */
export type SameValues<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
