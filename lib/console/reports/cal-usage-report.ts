// Create Report → CAL Usage: making, reading and deleting saved reports. Every function takes the database
// first (docs/decisions/014 point 3): the server actions and pages pass getDb(), tests and bench/cal-usage-report.ts
// their own. A report is made in one transaction of four statements whatever the server's size: the holders
// are copied by one INSERT … SELECT and the totals aggregated in SQL, so 100,000 issued CALs never pass
// through Node (figures: docs/decisions/022-cal-usage-report.md).
import { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/prisma-client";
import { CAL_TYPES, type CalType } from "@/lib/licensing/catalog";
import { innermostOu, type CalUsageScope } from "./cal-usage-scope";
import { parseCalUsageTotals, parseHolderPage, type CalUsageHolder, type CalUsageTotals } from "./report-data";

const PER_USER: CalType[] = CAL_TYPES.filter((t) => t.perUser).map((t) => t.value);


/** cal-usage-scope.ts's domainOfName on IssuedCal `c`: the domain its Issued To name names, as written there. */
const DOMAIN_OF_CAL = Prisma.sql`CASE WHEN strpos(c."issuedTo", E'\\\\') > 1 THEN split_part(c."issuedTo", E'\\\\', 1)
                                        WHEN strpos(c."issuedTo", '@') > 0 THEN substring(c."issuedTo" from '@([^@]*)$') END`;

/** cal-usage-scope.ts's inScope as a WHERE condition on IssuedCal `c`: the same rule, for every row at once. */
export function scopeCondition(scope: CalUsageScope): Prisma.Sql {
  switch (scope.kind) {
    case "ALL_TRUSTED_DOMAINS":
      return Prisma.sql`TRUE`;
    case "DOMAIN": {
      const name = Prisma.sql`lower(${DOMAIN_OF_CAL})`;
      const asked = Prisma.sql`lower(${scope.value}::text)`;
      return Prisma.sql`(${name} = ${asked}
        OR (strpos(${asked}, '.') = 0 AND ${asked} = split_part(${name}, '.', 1))
        OR (strpos(${name}, '.') = 0 AND ${name} = split_part(${asked}, '.', 1)))`;
    }
    case "ORGANIZATIONAL_UNIT": {
      // Both names are stored without spaces around "," and "=" (parseOrganizationalUnit, normaliseDn), so
      // lower() is the whole comparison: a regular expression per row made the report 1.2 s slower at 100,000.
      const ou = Prisma.sql`lower(${scope.value}::text)`;
      return Prisma.sql`right(lower(c."distinguishedName"), length(${ou}) + 1) = ',' || ${ou}`;
    }
  }
}

/** Holders per CalUsageHolderPage row. */
const HOLDER_PAGE_SIZE = 500;

// Written into the statement (a constant), so its GROUP BY and SELECT name the same expression.
const PAGE_SIZE_SQL = Prisma.raw(String(HOLDER_PAGE_SIZE));
const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::bigint`;

export type CreateReportOutcome =
  | { kind: "created" | "replayed"; reportId: string }
  | { kind: "no-server" }
  | { kind: "workgroup" }
  | { kind: "unknown-scope"; scope: { kind: "DOMAIN" | "ORGANIZATIONAL_UNIT"; value: string }; known: string[] };

/**
 * Whether any Per User CAL of the server is in a domain or OU scope; if none, what it does know that may have
 * been meant (docs/decisions/037): the OUs whose innermost part is the one typed (OU=Sales under OU=Staff for
 * OU=Sales,DC=contoso,DC=com), or the domains its CALs name. Both read only when nothing matched.
 */
async function unknownScope(tx: Prisma.TransactionClient, serverId: string, scope: CalUsageScope): Promise<string[] | null> {
  if (scope.kind === "ALL_TRUSTED_DOMAINS") return null;
  const perUser = Prisma.sql`FROM "IssuedCal" c JOIN "InstalledKeyPack" p ON p."id" = c."installedKeyPackId"
    WHERE c."serverId" = ${serverId} AND p."calType"::text = ANY(${PER_USER}::text[])`;
  const [found] = await tx.$queryRaw<unknown[]>`SELECT 1 ${perUser} AND ${scopeCondition(scope)} LIMIT 1`;
  if (found) return null;
  if (scope.kind === "DOMAIN") {
    // Sorted outside the DISTINCT: ORDER BY may name an output column only bare, not with COLLATE.
    const rows = await tx.$queryRaw<{ d: string }[]>`SELECT d FROM (
      SELECT DISTINCT CASE WHEN strpos(${DOMAIN_OF_CAL}, '.') > 0 THEN lower(${DOMAIN_OF_CAL}) ELSE upper(${DOMAIN_OF_CAL}) END AS d ${perUser} AND ${DOMAIN_OF_CAL} IS NOT NULL
    ) known ORDER BY d COLLATE "C" LIMIT 5`;
    // As Windows writes them (parseDomain): CONTOSO, contoso.com.
    return rows.map((r) => r.d);
  }
  // The OU's path from its innermost part on, cut out of each user's DN ("CN=Alice,OU=Sales,OU=Staff,…").
  const part = Prisma.sql`(',' || lower(${innermostOu(scope.value)}::text) || ',')`;
  const rows = await tx.$queryRaw<{ ou: string }[]>`SELECT ou FROM (
    SELECT DISTINCT substring(c."distinguishedName" from strpos(lower(c."distinguishedName"), ${part}) + 1) AS ou
    ${perUser} AND strpos(lower(c."distinguishedName"), ${part}) > 0
  ) known ORDER BY ou COLLATE "C" LIMIT 5`;
  return rows.map((r) => r.ou);
}

/**
 * Makes the report of `scope` for the server, once per `requestKey`: the key's unique index makes a second
 * submit of the same form (double click, second tab, replayed post) wait for the first and find its report.
 * `visible` limits the servers this browser may see (lib/practice/visibility.ts).
 */
export async function insertCalUsageReport(
  db: Database,
  serverId: string,
  input: { scope: CalUsageScope; requestKey: string },
  visible: Prisma.LicenseServerWhereInput = {},
): Promise<CreateReportOutcome> {
  return db.$transaction(
    async (tx) => {
      const server = await tx.licenseServer.findFirst({ where: { id: serverId, AND: [visible] }, select: { id: true, domain: true } });
      if (!server) return { kind: "no-server" };
      if (server.domain === null) return { kind: "workgroup" };
      const { scope, requestKey } = input;
      const known = await unknownScope(tx, serverId, scope);
      if (known && scope.kind !== "ALL_TRUSTED_DOMAINS") return { kind: "unknown-scope", scope, known };
      // The holders' sort in memory: 100,000 names are ~10 MB, past the default 4 MB (it spilled to disk).
      await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
      const [inserted] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "CalUsageReport" ("id", "serverId", "requestKey", "scope", "scopeValue", "installed", "issued", "totals")
        VALUES (gen_random_uuid()::text, ${serverId}, ${requestKey}, ${scope.kind}::"CalUsageScope", ${scope.value}, 0, 0, '[]'::jsonb)
        ON CONFLICT ("requestKey") DO NOTHING RETURNING "id"`;
      if (!inserted) {
        const earlier = await tx.calUsageReport.findUnique({ where: { requestKey }, select: { id: true, serverId: true } });
        // A key of another server's form is not this form's replay: nothing is made.
        return earlier?.serverId === serverId ? { kind: "replayed", reportId: earlier.id } : { kind: "no-server" };
      }
      const reportId = inserted.id;
      // One pass over the server's CALs: number the holders in name order, write them 500 to a row, and count
      // them per CAL type (a data-modifying WITH runs once, whether or not the SELECT reads it).
      const issued = await tx.$queryRaw<{ calType: CalType; n: number }[]>`
        WITH h AS (
          SELECT row_number() OVER (ORDER BY lower(c."issuedTo") COLLATE "C", c."id") AS n, c."issuedTo", p."calType", p."keypackId", c."issuedOn", c."expiresOn"
          FROM "IssuedCal" c JOIN "InstalledKeyPack" p ON p."id" = c."installedKeyPackId"
          WHERE c."serverId" = ${serverId} AND p."calType"::text = ANY(${PER_USER}::text[]) AND ${scopeCondition(scope)}
        ), pages AS (
          INSERT INTO "CalUsageHolderPage" ("reportId", "page", "holders")
          SELECT ${reportId}, ((n - 1) / ${PAGE_SIZE_SQL})::int,
                 jsonb_agg(jsonb_build_array("issuedTo", "calType", "keypackId", ${epochMs(Prisma.sql`"issuedOn"`)}, ${epochMs(Prisma.sql`"expiresOn"`)}) ORDER BY n)
          FROM h GROUP BY (n - 1) / ${PAGE_SIZE_SQL}
        )
        SELECT "calType"::text AS "calType", count(*)::int AS n FROM h GROUP BY "calType"`;
      const installed = await tx.$queryRaw<{ calType: CalType; n: number }[]>`
        SELECT "calType"::text AS "calType", sum("totalLicenses")::int AS n FROM "InstalledKeyPack"
        WHERE "serverId" = ${serverId} AND "calType"::text = ANY(${PER_USER}::text[]) GROUP BY "calType"`;
      const rows = PER_USER.flatMap((calType) => {
        const i = installed.find((r) => r.calType === calType)?.n ?? 0;
        const h = issued.find((r) => r.calType === calType)?.n ?? 0;
        return i || h ? [{ calType, installed: i, issued: h }] : [];
      });
      const totals: CalUsageTotals = rows;
      await tx.calUsageReport.update({
        where: { id: reportId },
        data: { totals, installed: sum(totals, "installed"), issued: sum(totals, "issued") },
      });
      return { kind: "created", reportId };
    },
    { timeout: 30_000 },
  );
}

function sum(totals: CalUsageTotals, key: "installed" | "issued") {
  return totals.reduce((n, t) => n + t[key], 0);
}

/** Deletes the report if it is still there (a second Delete finds nothing and says so; never an error). */
export async function removeCalUsageReport(db: Database, serverId: string, reportId: string): Promise<boolean> {
  const { count } = await db.calUsageReport.deleteMany({ where: { id: reportId, serverId } });
  return count === 1;
}

const reportSelect = { id: true, scope: true, scopeValue: true, installed: true, issued: true, createdAt: true } as const;

export async function listCalUsageReports(db: Database, serverId: string) {
  return db.calUsageReport.findMany({ where: { serverId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: reportSelect });
}

export async function getCalUsageReport(db: Database, serverId: string, reportId: string) {
  const report = await db.calUsageReport.findFirst({ where: { id: reportId, serverId }, select: { ...reportSelect, totals: true } });
  return report ? { ...report, totals: parseCalUsageTotals(report.totals) } : null;
}

export const HOLDERS_PER_PAGE = 100;

// Holders are in the order of their names in small letters, byte by byte (COLLATE "C"): the same on every
// database whatever its locale, and the cheapest sort of 100,000 names.

/** Holders `from` (1-based position) on, `count` of them, in the report's order: the pages that hold them. */
export async function listCalUsageHolders(db: Database, reportId: string, from: number, count = HOLDERS_PER_PAGE): Promise<CalUsageHolder[]> {
  if (count <= 0 || from < 1) return [];
  const first = Math.floor((from - 1) / HOLDER_PAGE_SIZE);
  const last = Math.floor((from + count - 2) / HOLDER_PAGE_SIZE);
  const pages = await db.calUsageHolderPage.findMany({ where: { reportId, page: { gte: first, lte: last } }, orderBy: { page: "asc" }, select: { page: true, holders: true } });
  return pages.flatMap((p) => parseHolderPage(p.holders, p.page * HOLDER_PAGE_SIZE + 1)).filter((h) => h.position >= from && h.position < from + count);
}
