// Words of the Manage RDS CALs wizard that both its forms (in the browser) and its schemas' messages (on the
// server) use; apart from the schemas so the forms do not ship zod (docs/decisions/012).
export const CONFIRM_DELETION_LABEL = "Confirm deletion of RDS CALs currently installed on this license server";
export const CONTINUE_LABEL = "Continue reinstalling additional RDS CALs";
export const FINISH_LABEL = "Finish rebuilding the RD Licensing database";
