import Link from "next/link";

export const metadata = { title: { default: "Practice class", template: "%s · Practice class" } };

/** The trainee's pages: join a class, the class's scenarios, the result. */
export default function ClassLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-canvas">
      <header className="bg-[#1f3a5f] text-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">
            <Link href="/class" className="text-white no-underline hover:text-white">Practice class</Link>
          </p>
          <p className="text-sm text-white/85">RD Licensing Studio</p>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">{children}</main>
    </div>
  );
}
