// Said above a Company information page that starts from what the Clearinghouse already holds for the server
// (lib/clearinghouse/known-company.ts): the visitor checks it and changes what is out of date.
export function KnownCompanyNote({ what }: { what: "Product ID" | "License Server ID" }) {
  return (
    <p role="note" className="mt-3 max-w-2xl rounded border-l-4 border-accent bg-accent-soft p-3">
      The Microsoft Clearinghouse already has company information for this {what}: the fields start from it. Check each one and
      change what is out of date.
    </p>
  );
}
