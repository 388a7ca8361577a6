// The server's recovery kit as a file (docs/decisions/035-recovery-kit.md); `?run=<id>`: the packs that
// rebuild deleted. A new kit each time (its own kit ID and signature); every one of them is valid.
import { connection } from "next/server";
import { recoveryKitFor } from "@/lib/console/recovery-kit/queries";
import { findVisibleServer } from "@/lib/practice/visibility";
import { documentFileName, documentText } from "@/lib/recovery-kit/format";

export async function GET(request: Request, { params }: { params: Promise<{ serverId: string }> }) {
  await connection();
  const { serverId } = await params;
  const server = await findVisibleServer(serverId);
  const found = server ? await recoveryKitFor(server, new URL(request.url).searchParams.get("run")) : null;
  if (!found) return new Response("No such license server", { status: 404 });
  if (!found.made.ok) return new Response(found.made.message, { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(documentText(found.made.kit), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${documentFileName("recovery-kit", found.server.name, new Date())}"`,
      "Cache-Control": "no-store",
    },
  });
}
