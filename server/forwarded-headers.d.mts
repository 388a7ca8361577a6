import type { IncomingMessage } from "node:http";

type Settled = { clientAddress: string; host: string | undefined; proto: "http" | "https" };

export function trustedForwarded(
  request: { headers: Record<string, string | string[] | undefined>; socketAddress: string | undefined; encrypted: boolean },
  trustProxy: number,
): Settled;

export const SETTLED_HEADER: string;
export function sealSettled(settled: Settled, key: Uint8Array, now?: number): string;
export function openSettled(value: string | string[] | undefined, key: Uint8Array, now?: number): Settled | null;
export function applyTrustedForwarded(req: IncomingMessage, trustProxy: number, relayKey?: Uint8Array): void;
