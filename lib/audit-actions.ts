// Every action the audit log records, with its words on the helpdesk's audit log and a request's timeline:
// one list (issue 28). lib/audit.ts takes only these names, so an action without a label, or a label for a
// name nothing can write, fails typecheck. Pure, so client components can show the labels too.

export const AUDIT_ACTIONS = {
  "request.issued_at_once": "Issued at once by the web site",
  "request.filed_for_review": "Filed for review by the web site",
  "request.approved": "Approved and issued",
  "request.override": "Approved as an override",
  "request.rejected": "Rejected",
  "request.assigned": "Request assigned",
  "request.released": "Request released",
  "request.note_added": "Internal note added",
  "call.issued_at_once": "Taken by telephone and issued",
  "call.filed_for_review": "Taken by telephone and filed for review",
  "call.activated": "License server activated by telephone",
  "call.reactivated": "License server reactivated by telephone",
  "call.deactivated": "License server deactivated by telephone",
  "license-server.activated": "License server activated",
  "license-server.reactivated": "License server reactivated",
  "license-server.deactivated": "License server deactivated",
  "installation.issued_automatic": "Issued to a license server by Automatic connection",
  "key-pack.converted": "Key pack issued for a conversion of RDS CALs",
  "staff.signed_in": "Signed in",
  "staff.signed_out": "Signed out",
  "staff.sign_in_throttled": "Sign-in paused after repeated failures",
  "staff.created": "Staff account created",
  "staff.deactivated": "Staff account deactivated",
  "staff.reactivated": "Staff account reactivated",
  "staff.password_reset": "Password reset",
  "entitlement.created": "Entitlement added",
  "entitlement.quantity_changed": "Entitlement quantity changed",
  "issued-cal.revoked": "Issued RDS CAL revoked in the console",
  "installed-pack.converted": "RDS CALs converted in the console",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** An entry's action in words; a name this version does not write (an older row) shows as written. */
export function actionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : action;
}
