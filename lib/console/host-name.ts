// The name a person types for a license server (Connect, the migration's source): its own module so that a
// schema needing it does not load another wizard's schemas with it (the browser loads them after the page).

/** A NetBIOS or DNS name, or an IPv4 / IPv6 address: letters, digits, hyphens, dots, colons. */
export const HOST_NAME = /^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$/;
