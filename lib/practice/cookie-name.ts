// The practice owner cookie's name and path, for the app and for tests that hand a browser its cookie.
export const PRACTICE_COOKIE = "rdls_practice";
export const PRACTICE_COOKIE_PATH = "/console";

/**
 * A class trainee's browser, as its script can read it: set with the signed trainee cookie (which the script
 * cannot read), so only trainees' browsers report the mistakes their forms catch (components/forms/browser-mistakes.ts).
 * It proves nothing: the server reads the signed cookie.
 */
export const IN_CLASS_COOKIE = "rdls_in_class";
