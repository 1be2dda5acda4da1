// The release's manifest.xml: the development manifest with every https://localhost:3000/ URL moved to
// the release's base URL and its web/ name (content-hashed), and a new <Version>. The development
// manifest itself keeps localhost (npm start). Nothing else changes: the structural test of
// test/manifest checks both.
export const DEV_BASE = "https://localhost:3000/";

/** The dist paths the development manifest names (icons, the pane's page, the functions and their metadata). */
export function manifestPaths(xml) {
  return [...new Set([...xml.matchAll(/https:\/\/localhost:3000\/([^"<\s]*)/g)].map((m) => decodeURI(m[1])))];
}

/** The release manifest: URLs on `base` under their web names (`nameOf(distPath)`), the given version. */
export function releaseManifest(xml, { base, version, nameOf, note }) {
  const versions = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) throw new Error(`manifest.xml: expected one <Version>, found ${versions.length}`);
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  out = out.replace(/https:\/\/localhost:3000\/([^"<\s]*)/g, (_, path) => new URL(encodeURI(nameOf(decodeURI(path))), base).href);
  // The development note ("URLs point at localhost…") becomes a note on this release.
  out = out.replace(/<!--[\s\S]*?-->/, `<!--\n  ${note}\n-->`);
  if (/localhost/.test(out.replace(/<!--[\s\S]*?-->/g, ""))) throw new Error("manifest.xml: a localhost URL is left in the release manifest");
  return out;
}
