// One zod schema per console form, checked in the browser by the form and applied again by the server
// action to what the form sent (zod/mini: docs/decisions/030-forms-on-react-hook-form.md). Only zod/mini and
// small pure modules here. The wizard's are in wizard-schemas.ts.
import * as z from "zod/mini";
import { CONNECTION_METHOD_VALUES, type ConnectionMethod } from "@/lib/licensing/catalog";
import { isCountryCode } from "@/lib/countries/codes";
import { companyFields } from "@/lib/forms/company-fields";
import { requiredText } from "@/lib/forms/text";
import { HOST_NAME } from "./host-name";

/** The required company information, as Properties and the Activate Server Wizard's Company Information ask it. */
export const companyRequiredShape = {
  firstName: companyFields.firstName(),
  lastName: companyFields.lastName(),
  company: companyFields.company(),
  countryRegion: companyFields.countryRegion(),
};

/** The optional company information (Properties, and the wizard's Optional Information page). */
export const companyOptionalShape = {
  email: companyFields.email(),
  organizationalUnit: companyFields.organizationalUnit(),
  companyAddress: companyFields.companyAddress(),
  city: companyFields.city(),
  state: companyFields.state(),
  postalCode: companyFields.postalCode(),
};

/** Connection Method → Telephone asks where the person calls from (Properties and the lifecycle wizards). */
export const connectionMethodShape = {
  connectionMethod: z.enum(CONNECTION_METHOD_VALUES, { error: "Select a connection method" }),
  telephoneCountry: z.nullish(z.string()),
};

type WithMethod = { connectionMethod: ConnectionMethod; telephoneCountry?: string | null };

/** The form of `shape` (with connectionMethodShape in it): Telephone needs a Country or Region; any other method keeps none (null). */
export function withTelephoneCountry<Shape extends typeof connectionMethodShape & z.core.$ZodShape>(shape: Shape) {
  type Out = z.output<z.ZodMiniObject<Shape>>;
  return z.pipe(
    z.object(shape).check(
      z.superRefine((value, ctx) => {
        const { connectionMethod, telephoneCountry } = value as WithMethod;
        if (connectionMethod === "TELEPHONE" && !(telephoneCountry && isCountryCode(telephoneCountry))) {
          ctx.addIssue({ code: "custom", path: ["telephoneCountry"], message: "Select the country or region you are calling from" });
        }
      }),
    ),
    z.transform((value: Out): Omit<Out, "telephoneCountry"> & { telephoneCountry: string | null } => {
      const { connectionMethod, telephoneCountry } = value as WithMethod;
      return { ...value, telephoneCountry: connectionMethod === "TELEPHONE" ? telephoneCountry! : null };
    }),
  );
}

export const propertiesSchema = withTelephoneCountry({
  ...connectionMethodShape,
  ...companyRequiredShape,
  ...companyOptionalShape,
});
export type PropertiesInput = z.input<typeof propertiesSchema>;

/** View → Connect (docs/decisions/037): a license server's name, as Migrate's source server is typed. */
const CONNECT_MESSAGES = {
  serverName: "Enter the name of the license server to connect to",
  serverNameFormat: "Enter a computer name (letters, digits and hyphens, like LS-CONTOSO-01), a DNS name or an IP address",
  account: "Enter the account as DOMAIN\\user name (like CONTOSO\\lsadmin), or leave it empty",
} as const;

/** DOMAIN\user name, or user@domain. */
const ACCOUNT = /^(?:[A-Za-z0-9._-]{1,15}\\[^\\/"[\]:;|=,+*?<>@\s]{1,64}|[^\\/"[\]:;|=,+*?<>@\s]{1,64}@[A-Za-z0-9.-]{1,253})$/;

export function notAvailableMessage(name: string): string {
  return `The license server ${name} is not available. Check the name, and that the license server is running and can be reached from this computer.`;
}

export const connectSchema = z.object({
  serverName: requiredText("license server name", 253, CONNECT_MESSAGES.serverName).check(z.refine((v) => HOST_NAME.test(v), CONNECT_MESSAGES.serverNameFormat)),
  /** Connect as another account (DOMAIN\user); empty: the account the console runs under. */
  account: z.optional(z.string().check(z.trim(), z.maxLength(104, CONNECT_MESSAGES.account), z.refine((v) => v === "" || ACCOUNT.test(v), CONNECT_MESSAGES.account))),
});
export type ConnectInput = z.input<typeof connectSchema>;
