import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "RD Licensing Studio", template: "%s · RD Licensing Studio" },
  description: "Practise and run the rebuild of the RD Licensing database by using a Web browser.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so each gets the nonce of its own Content Security Policy (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to main content
        </a>
        {children}
      </body>
    </html>
  );
}
