export default function HelpdeskHomePage() {
  return (
    <main>
      <h1 className="text-2xl">Clearinghouse helpdesk</h1>
      <p className="mt-2 text-muted">Staff sign-in is being built.</p>
    </main>
  );
}
