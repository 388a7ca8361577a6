// IDs are shown as 7 groups of 5 joined by hyphens, and typed with spaces, hyphens or nothing between.

export const GROUP_COUNT = 7;
export const GROUP_SIZE = 5;
export const ID_LENGTH = GROUP_COUNT * GROUP_SIZE;

export function toGroups(compact: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP_SIZE) groups.push(compact.slice(i, i + GROUP_SIZE));
  return groups;
}

export function formatGroups(compact: string): string {
  return toGroups(compact).join("-");
}

/** Removes the separators people type or paste between groups. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s\-–—_.]/g, "");
}
