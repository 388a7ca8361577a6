// The practice owner cookie's name and path, for the app and for tests that hand a browser its cookie.
export const PRACTICE_COOKIE = "rdls_practice";
export const PRACTICE_COOKIE_PATH = "/console";
