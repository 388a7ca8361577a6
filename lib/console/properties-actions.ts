"use server";
// Properties (seed step 2): the connection method and the company information, validated with the same
// schema as the form; the change and its event are written in one transaction.
import { continueTo } from "@/lib/forms/continue-to";
import { getDb } from "@/lib/db";
import { visibleServers } from "@/lib/practice/visibility";
import { fail, zodFieldErrors, type ActionResult } from "@/lib/forms/action-result";
import { isQueryableText } from "@/lib/forms/text";
import { EVENT_IDS, propertiesChangedMessage } from "./events";
import { companyOptionalShape, companyRequiredShape, propertiesSchema } from "./schemas";
import { consoleServerHref } from "./urls";
import { formState } from "@/lib/forms/form-state";

const COMPANY_SHAPE = { ...companyRequiredShape, ...companyOptionalShape };
const COMPANY_FIELDS = Object.keys(COMPANY_SHAPE) as (keyof typeof COMPANY_SHAPE)[];

export async function saveProperties(serverId: string, input: unknown): Promise<ActionResult> {
  // The server id is bound by the page, but a client can post anything in its place.
  if (!isQueryableText(serverId)) return fail({}, "This license server no longer exists.");
  const parsed = propertiesSchema.safeParse(input);
  if (!parsed.success) return fail(zodFieldErrors(parsed.error), "The properties were not saved. Correct the fields listed.");
  const values = parsed.data;
  const db = await getDb();
  const visible = await visibleServers();
  const name = await db.$transaction(async (tx) => {
    const before = await tx.licenseServer.findFirst({ where: { id: serverId, AND: [visible] }, select: { name: true, connectionMethod: true, ...select(COMPANY_FIELDS) } });
    if (!before) return null;
    await tx.licenseServer.update({ where: { id: serverId }, data: values });
    const companyChanged = COMPANY_FIELDS.some((field) => before[field] !== values[field]);
    const message = propertiesChangedMessage(before.connectionMethod, values.connectionMethod, companyChanged);
    if (message) await tx.serverEvent.create({ data: { serverId, eventId: EVENT_IDS.PROPERTIES_CHANGED, message } });
    return before.name;
  });
  if (!name) return fail({}, "This license server no longer exists.");
  continueTo(consoleServerHref(name));
}

function select<const K extends string>(fields: readonly K[]): Record<K, true> {
  return Object.fromEntries(fields.map((f) => [f, true])) as Record<K, true>;
}

// The form's action (lib/forms/form-state.ts): what Properties' <form> posts to.
export const savePropertiesForm = formState(saveProperties);
