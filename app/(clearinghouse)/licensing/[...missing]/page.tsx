import { notFound } from "next/navigation";

// Any address under this site that no page serves: the site's own not-found page, inside its layout (an
// unmatched URL would otherwise get the root one, without the site's header).
export default function MissingPage() {
  notFound();
}
