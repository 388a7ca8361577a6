// demo-output/films/index.html: each film with its poster, its two tracks and a list of buttons built from
// its chapter cues (browsers do not show chapter tracks). The cues are also written into the page, so the
// list and the current subtitle work when the folder is opened from disk, where browsers refuse to load
// <track> files (file: addresses have no origin to share).
import { chapterTitle } from "./vtt";
import type { Cue } from "./timeline";

export interface FilmEntry {
  title: string;
  film: string;
  poster: string;
  chapters: string;
  subtitles: string;
  duration: number;
  cues: Cue[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function minutes(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function filmSection(entry: FilmEntry, i: number): string {
  const chapters = entry.cues
    .map((cue) => `<li><button type="button" data-film="${i}" data-start="${cue.start.toFixed(3)}"><span class="at">${minutes(cue.start)}</span> <strong>${escapeHtml(chapterTitle(cue))}</strong> ${escapeHtml(cue.text)}</button></li>`)
    .join("\n        ");
  return `<section aria-labelledby="film-${i}-title">
    <h2 id="film-${i}-title">${escapeHtml(entry.title)}</h2>
    <p>${minutes(entry.duration)} · <a href="${escapeHtml(entry.film)}" download>download the film</a> · tracks: <a href="${escapeHtml(entry.chapters)}">chapters</a>, <a href="${escapeHtml(entry.subtitles)}">subtitles</a></p>
    <div class="player">
      <div>
        <video id="film-${i}" controls preload="metadata" poster="${escapeHtml(entry.poster)}" src="${escapeHtml(entry.film)}">
          <track kind="chapters" src="${escapeHtml(entry.chapters)}" srclang="en" label="Steps" default>
          <track kind="subtitles" src="${escapeHtml(entry.subtitles)}" srclang="en" label="English">
        </video>
        <p class="now" id="film-${i}-now" aria-live="off"></p>
      </div>
      <ol class="chapters" aria-label="Steps of ${escapeHtml(entry.title)}">
        ${chapters}
      </ol>
    </div>
  </section>`;
}

export function indexHtml(entries: FilmEntry[]): string {
  const cues = entries.map((e) => e.cues.map((c) => ({ start: c.start, end: c.end, label: c.label, text: c.text })));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RD Licensing Studio demos</title>
<style>
  body { font: 16px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 1500px; padding: 16px 24px; color: #111; }
  .player { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1fr); gap: 16px; align-items: start; }
  h2::first-letter { text-transform: uppercase; } /* the titles are the tests', which start in lower case */
  video { width: 100%; background: #000; }
  .now { min-height: 3em; margin: 8px 0; white-space: pre-line; }
  .chapters { list-style: none; margin: 0; padding: 0; max-height: 70vh; overflow-y: auto; }
  .chapters button { display: block; width: 100%; text-align: left; border: 1px solid #ccc; background: #fff; padding: 6px 8px; margin-bottom: 4px; font: inherit; font-size: 14px; cursor: pointer; }
  .chapters button[aria-current="true"] { border-color: #b38f00; background: #fff4bf; }
  .at { font-variant-numeric: tabular-nums; color: #555; }
  @media (max-width: 900px) { .player { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>RD Licensing Studio demos</h1>
<p>Made by <code>npm run demo</code>. Each film shows every computer of the demo side by side; the one acting has the yellow frame. Click a step to go there.</p>
${entries.map(filmSection).join("\n")}
<script>
  const cues = ${JSON.stringify(cues).replace(/</g, "\\u003c")};
  document.querySelectorAll("button[data-film]").forEach((button) => {
    button.addEventListener("click", () => {
      const video = document.getElementById("film-" + button.dataset.film);
      video.currentTime = Number(button.dataset.start) + 0.05;
      video.play();
    });
  });
  cues.forEach((list, i) => {
    const video = document.getElementById("film-" + i);
    const now = document.getElementById("film-" + i + "-now");
    const buttons = [...document.querySelectorAll('button[data-film="' + i + '"]')];
    video.addEventListener("timeupdate", () => {
      const at = list.findIndex((c) => video.currentTime >= c.start && video.currentTime < c.end);
      now.textContent = at < 0 ? "" : list[at].label + "\\n" + list[at].text;
      buttons.forEach((b, j) => b.setAttribute("aria-current", String(j === at)));
    });
  });
</script>
</body>
</html>
`;
}
