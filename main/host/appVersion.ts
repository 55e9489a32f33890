// Replaced by main/build.mjs with the version from package.json; absent when run from source.
declare const __APP_VERSION__: string | undefined;

/** The app's version as built, or "dev" when running from source. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
