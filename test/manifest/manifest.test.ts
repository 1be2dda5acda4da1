/** The development manifest.xml (npm start): every URL on https://localhost:3000/, files of dist/ after `npm run build`. */
import { join } from "node:path";
import { manifestSuite } from "./checks";

const ROOT = join(__dirname, "..", "..");

manifestSuite("manifest.xml (development)", {
  manifest: join(ROOT, "manifest.xml"),
  web: join(ROOT, "dist"),
  base: "https://localhost:3000/",
  nameOf: (path) => path,
});
