// The staff password rule's number, shown in the forms' hints and enforced by lib/helpdesk/schemas.ts.
export const PASSWORD_MIN = 12;
