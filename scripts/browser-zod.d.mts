// Types of scripts/browser-zod.mjs (plain JavaScript so that next.config.ts can load it while Next reads its config).
export declare const BROWSER_ZOD_MEMBERS: readonly string[];
export declare function browserZodSource(): Promise<string>;
export declare function writeBrowserZod(): Promise<void>;
