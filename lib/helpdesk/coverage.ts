// How much of a purchase a request would use. Only the newest key pack per (entitlement, license server)
// counts (IssuedKeyPack.supersededAt null), with its countedQuantity: issuing for this server replaces the
// pack it holds now, so this request may have what other servers do not hold, and the server then counts
// the larger of the two (the console may keep the older pack installed: docs/decisions/018-key-pack-generations.md).

export interface CoverageInput {
  /** The purchase's quantity. */
  entitled: number;
  /** Sum of the entitlement's active (not superseded) key packs, over every license server. */
  activeIssued: number;
  /** The active pack's quantity for this request's license server (0 when none). */
  activeForThisServer: number;
  requested: number;
}

export interface Coverage {
  activeIssued: number;
  /** What this request may have: the purchase minus what other license servers hold. */
  available: number;
  covered: boolean;
}

export function coverage(input: CoverageInput): Coverage {
  const heldElsewhere = Math.max(0, input.activeIssued - input.activeForThisServer);
  const available = Math.max(0, input.entitled - heldElsewhere);
  return { activeIssued: input.activeIssued, available, covered: input.requested <= available };
}
