// The size of a recovery kit or response file the forms take, without zod: the file box reads it in the
// browser before the form's schema has loaded (components/recovery-kit/document-field.tsx).

/** Files larger than this are not kits (a kit of the most packs format.ts allows, 200, is about 40 kB). */
export const MAX_FILE_CHARS = 100_000;
