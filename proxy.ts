// Answers 400 to a path whose percent-escapes do not decode (`/console/servers/%E0%A4%A/properties`):
// Next would otherwise fail while decoding the dynamic segment and answer 500 (found by e2e/reliability).
// Only the routes with dynamic segments pass through here.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address has a broken %-escape.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/console/servers/:path*", "/helpdesk/requests/:path*", "/helpdesk/entitlements/:path*", "/helpdesk/staff/:path*"],
};
