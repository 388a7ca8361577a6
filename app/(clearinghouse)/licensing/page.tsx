export default function LicensingHomePage() {
  return (
    <main>
      <h1 className="text-2xl">Remote Desktop Services Licensing</h1>
      <p className="mt-2 text-muted">Manage CALs is being built.</p>
    </main>
  );
}
