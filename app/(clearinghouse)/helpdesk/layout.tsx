export const metadata = { title: { default: "Clearinghouse helpdesk", template: "%s · Clearinghouse helpdesk" } };

export default function HelpdeskLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-canvas">
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-3">
          <p className="font-semibold">Clearinghouse helpdesk</p>
          <p className="text-sm text-white/85">Staff only</p>
        </div>
      </header>
      <div id="main" className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">{children}</div>
    </div>
  );
}
