import type { IncomingMessage } from "node:http";

export function trustedForwarded(
  request: { headers: Record<string, string | string[] | undefined>; socketAddress: string | undefined; encrypted: boolean },
  trustProxy: number,
): { clientAddress: string; host: string | undefined; proto: "http" | "https" };

export function applyTrustedForwarded(req: IncomingMessage, trustProxy: number): void;
