// What a demo records for its film (e2e/demo/film-log.ts writes it, scripts/films/compose.ts reads it): when
// each computer's pages were opened (their videos start then) and when each step ran, in wall-clock
// milliseconds, so the videos can be laid on one timeline.
export const MANIFEST_FILE = "film-manifest.json";
/** The name of the test's attachment holding the manifest's path, by which scripts/films/film-reporter.ts finds it. */
export const MANIFEST_ATTACHMENT = "film manifest";

export interface ManifestComputer {
  id: string;
  /** "Console", "computer with Internet connectivity", … */
  label: string;
}

export interface ManifestPage {
  id: string;
  computer: string;
  /** When the page was opened: its video's first frame. */
  openedAt: number;
  /** Its video, relative to the manifest's folder. */
  video: string;
}

export interface ManifestStep {
  page: string;
  /** The caption: "Step 18 of 19 · Remote Desktop Licensing Manager" and the procedure's sentence. */
  label: string;
  text: string;
  startedAt: number;
  endedAt: number;
}

export interface FilmManifest {
  title: string;
  /** A file name for the film, from the test's title. */
  slug: string;
  computers: ManifestComputer[];
  pages: ManifestPage[];
  steps: ManifestStep[];
}
