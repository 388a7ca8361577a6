"use server";
// Properties (seed step 2): the connection method and the company information, validated with the same
// schema as the form; the change and its event are written in one transaction.
import { formAction } from "@/lib/actions/client";
import { NO_SERVER, visibleServer } from "@/lib/actions/guards";
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { fail } from "@/lib/forms/action-result";
import { EVENT_IDS, propertiesChangedMessage } from "./events";
import { companyOptionalShape, companyRequiredShape, propertiesSchema } from "./schemas";
import { consoleServerHref } from "./urls";

const COMPANY_SHAPE = { ...companyRequiredShape, ...companyOptionalShape };
const COMPANY_FIELDS = Object.keys(COMPANY_SHAPE) as (keyof typeof COMPANY_SHAPE)[];

/** What Properties' <form> posts to, bound to its server's id. */
export const savePropertiesForm = formAction(
  { name: "saveProperties", guard: visibleServer(), schema: propertiesSchema, invalid: "The properties were not saved. Correct the fields listed." },
  async ({ ctx: { server }, input: values }) => {
    const db = await getDb();
    const name = await db.$transaction(async (tx) => {
      // Read again inside the write: the server may have gone (a practice server's Reset) since the guard.
      const before = await tx.licenseServer.findUnique({ where: { id: server.id }, select: { name: true, connectionMethod: true, ...select(COMPANY_FIELDS) } });
      if (!before) return null;
      await tx.licenseServer.update({ where: { id: server.id }, data: values });
      const companyChanged = COMPANY_FIELDS.some((field) => before[field] !== values[field]);
      const message = propertiesChangedMessage(before.connectionMethod, values.connectionMethod, companyChanged);
      if (message) await tx.serverEvent.create({ data: { serverId: server.id, eventId: EVENT_IDS.PROPERTIES_CHANGED, message } });
      return before.name;
    });
    if (!name) return fail({}, NO_SERVER);
    continueTo(consoleServerHref(name));
  },
);

function select<const K extends string>(fields: readonly K[]): Record<K, true> {
  return Object.fromEntries(fields.map((f) => [f, true])) as Record<K, true>;
}
