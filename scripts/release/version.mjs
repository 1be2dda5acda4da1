// What a release is called: the base URL its files are hosted at, and the manifest's <Version>.
//
// Office updates a centrally deployed add-in only when the new manifest's version is greater than the
// deployed one (Microsoft 365 admin center, "Deploy add-ins in the admin center": "Update will work
// only if the version of the new add-in is greater than that of the existing add-in"), and each of its
// up to four parts has at most 5 digits (manifest reference, <Version>). So every release gets the
// package version (x.y.z) plus a fourth part that grows by itself: the hours since 2025-01-01 UTC
// (fits 5 digits until 2036), unless a build number is given.

/** Hours since this moment make the default fourth part. */
export const BUILD_EPOCH = Date.UTC(2025, 0, 1);
const MAX_PART = 99999;

/** The https:// base every URL of the release sits under, ending in "/"; a sentence when it cannot be. */
export function parseBaseUrl(text) {
  if (!text) throw new Error("Give the address the files will be served from: npm run release -- --base-url https://HOST/PATH/ (or ATKARUU_BASE_URL).");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`The base URL "${text}" is not an address: write it as https://HOST/PATH/.`);
  }
  if (url.protocol !== "https:") throw new Error(`The base URL must start with https:// (Office loads add-ins only over HTTPS): "${text}".`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`The base URL must be a plain folder address, without ?query, #fragment or user name: "${text}".`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The fourth part of the version: the given build number, or the hours since BUILD_EPOCH. */
export function buildNumber(given, now = Date.now()) {
  const n = given === undefined || given === "" ? Math.floor((now - BUILD_EPOCH) / 3_600_000) : Number(given);
  if (!Number.isInteger(n) || n < 0 || n > MAX_PART) throw new Error(`The build number must be a whole number from 0 to ${MAX_PART}: "${given}".`);
  return n;
}

/** x.y.z of package.json + the build number: the manifest's four-part <Version>. */
export function manifestVersion(packageVersion, build) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(packageVersion);
  if (!m) throw new Error(`package.json's version "${packageVersion}" is not x.y.z.`);
  const parts = [m[1], m[2], m[3], String(build)].map(Number);
  if (parts.some((p) => p > MAX_PART)) throw new Error(`Each part of the manifest version has at most 5 digits: ${parts.join(".")}.`);
  return parts.join(".");
}
