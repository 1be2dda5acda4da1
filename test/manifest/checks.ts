/**
 * The structural checks of an add-in manifest, run on the development manifest.xml against dist/
 * (manifest.test.ts) and on a release's manifest against its web/ folder (test/project/release.test.ts):
 * parsed with a strict XML parser and checked against the add-in only manifest schema's rules that
 * matter here (element order, types, length limits, resource ids), the shared runtime wiring, the
 * localisations, the requirement sets, and that every URL it names is a file of the build (icons of the
 * declared size). Microsoft's own parser (office-addin-manifest) must read the same basics. Its online
 * validation (`npm run validate`) needs the internet.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestInfo } from "office-addin-manifest";
import { INSERT_TABLE1_ACTION } from "../../src/taskpane/commands";
import { descendants, kids, only, parseXml } from "./xml";
import type { XmlElement } from "./xml";

const ROOT = join(__dirname, "..", "..");
const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const LOCALES = ["ky-KG", "ru-RU"];

export interface ManifestUnderTest {
  /** The manifest file. */
  readonly manifest: string;
  /** The folder its URLs are served from (dist/, or a release's web/). */
  readonly web: string;
  /** The base every URL is on, ending in "/". */
  readonly base: string;
  /** The name under `web` of a file of dist/ (a release renames them; the development build does not). */
  readonly nameOf: (distPath: string) => string;
}

export function manifestSuite(
  label: string,
  { manifest: MANIFEST, web, base, nameOf }: ManifestUnderTest
): void {
  const url = (distPath: string): string => `${base}${nameOf(distPath)}`;
  /** The file of `web` a URL on `base` names. */
  const fileOf = (u: string): string => {
    expect([u, u.startsWith(base)]).toEqual([u, true]);
    return join(web, decodeURIComponent(u.slice(base.length)));
  };

  const root = parseXml(readFileSync(MANIFEST, "utf8"));
  const overrides = only(root, "VersionOverrides");
  const host = only(only(overrides, "Hosts"), "Host");
  const resources = only(overrides, "Resources");

  /** Resource id → element, per kind. */
  function resourceMap(group: string, item: string): Map<string, XmlElement> {
    const map = new Map<string, XmlElement>();
    for (const el of kids(only(resources, group), item)) {
      expect(map.has(el.attrs.id)).toBe(false);
      map.set(el.attrs.id, el);
    }
    return map;
  }
  const images = resourceMap("Images", "Image");
  const urls = resourceMap("Urls", "Url");
  const shortStrings = resourceMap("ShortStrings", "String");
  const longStrings = resourceMap("LongStrings", "String");

  /** The schema's order of an element's children: present ones must follow it. */
  function expectOrder(el: XmlElement, order: readonly string[]): void {
    const positions = el.children.map((c) => order.indexOf(c.local));
    expect(positions.filter((p) => p < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }

  /** A value and its overrides. */
  function values(el: XmlElement, attr = "DefaultValue"): string[] {
    return [el.attrs[attr], ...kids(el, "Override").map((o) => o.attrs.Value)];
  }

  function pngSize(file: string): { width: number; height: number } {
    const b = readFileSync(file);
    expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }

  describe(label, () => {
    test("is a task pane add-in manifest in the right namespaces, elements in schema order", () => {
      expect(root.local).toBe("OfficeApp");
      expect(root.uri).toBe(NS_APP);
      expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
      expectOrder(root, [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "AllowSnapshot",
        "VersionOverrides",
      ]);
      expect(only(root, "Id").text).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
      );
      expect(only(root, "Version").text).toMatch(/^\d+(\.\d+){3}$/);
      expect(only(root, "DefaultLocale").text).toBe("en-US");
      expect(kids(only(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
      expect(only(root, "Permissions").text).toBe("ReadWriteDocument");
      expect(overrides.uri).toBe(NS_OVERRIDES);
      expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
      expectOrder(overrides, ["Description", "Requirements", "Hosts", "Resources"]);
      expect(host.attrs["xsi:type"]).toBe("Workbook");
      expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
      expectOrder(resources, ["Images", "Urls", "ShortStrings", "LongStrings"]);
      for (const group of resources.children)
        for (const item of group.children) expect(item.uri).toBe(NS_BT);
    });

    test("has Kyrgyz and Russian display names and descriptions within Office's length limits", () => {
      for (const [name, limit] of [
        ["DisplayName", 125],
        ["Description", 250],
      ] as const) {
        const el = only(root, name);
        expect(
          kids(el, "Override")
            .map((o) => o.attrs.Locale)
            .sort()
        ).toEqual(LOCALES);
        for (const v of values(el)) {
          expect(v.trim().length).toBeGreaterThan(0);
          expect(v.length).toBeLessThanOrEqual(limit);
        }
      }
      expect(
        kids(only(root, "DisplayName"), "Override").find((o) => o.attrs.Locale === "ky-KG")?.attrs
          .Value
      ).toBe("Аткаруу");
    });

    test("declares the requirement sets the add-in needs, ExcelApi no higher than 1.9", () => {
      const sets = new Map(
        kids(only(only(root, "Requirements"), "Sets"), "Set").map((s) => [
          s.attrs.Name,
          s.attrs.MinVersion,
        ])
      );
      expect(Number(sets.get("ExcelApi"))).toBeLessThanOrEqual(1.9);
      expect(sets.get("SharedRuntime")).toBe("1.1");
      // CustomFunctions.Error (#VALUE! and #N/A with a message; #DIV/0!, #NUM!, #NULL! passed on) came with
      // CustomFunctionsRuntime 1.2 (docs "Custom Functions requirement sets"): a host with 1.1 only is not offered the add-in.
      expect(sets.get("CustomFunctionsRuntime")).toBe("1.2");
    });

    test("runs pane, ribbon and custom functions in one shared runtime page", () => {
      const runtime = only(only(host, "Runtimes"), "Runtime");
      expect(runtime.attrs.lifetime).toBe("long");
      const page = runtime.attrs.resid;
      expect(urls.get(page)?.attrs.DefaultValue).toBe(url("taskpane.html"));
      expect(only(root, "DefaultSettings").children.map((c) => c.attrs.DefaultValue)).toEqual([
        url("taskpane.html"),
      ]);

      const cf = only(only(host, "AllFormFactors"), "ExtensionPoint");
      expect(cf.attrs["xsi:type"]).toBe("CustomFunctions");
      expectOrder(cf, ["Script", "Page", "Metadata", "Namespace"]);
      expect(only(only(cf, "Page"), "SourceLocation").attrs.resid).toBe(page);
      expect(
        urls.get(only(only(cf, "Script"), "SourceLocation").attrs.resid)?.attrs.DefaultValue
      ).toBe(url("functions.js"));
      const metadata = urls.get(only(only(cf, "Metadata"), "SourceLocation").attrs.resid)!;
      expect(metadata.attrs.DefaultValue).toBe(url("functions.json"));
      expect(kids(metadata, "Override").map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([
        ["ky-KG", url("functions-ky.json")],
        ["ru-RU", url("functions-ru.json")],
      ]);
      expect(shortStrings.get(only(cf, "Namespace").attrs.resid)?.attrs.DefaultValue).toBe(
        "ATKARUU"
      );

      const desktop = only(host, "DesktopFormFactor");
      expect(only(desktop, "FunctionFile").attrs.resid).toBe(page);
      const surface = only(desktop, "ExtensionPoint");
      expect(surface.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
      expect(only(surface, "OfficeTab").attrs.id).toBe("TabHome");
      const actions = descendants(surface).filter((e) => e.local === "Action");
      const show = actions.find((a) => a.attrs["xsi:type"] === "ShowTaskpane")!;
      expect(only(show, "SourceLocation").attrs.resid).toBe(page);
      const execute = actions.filter((a) => a.attrs["xsi:type"] === "ExecuteFunction");
      expect(execute.map((a) => only(a, "FunctionName").text)).toEqual([INSERT_TABLE1_ACTION]);
    });

    test("every resource id is defined once, of the right kind, at most 32 characters", () => {
      const ids = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
      const used = new Set<string>();
      for (const el of descendants(overrides)) {
        const resid = el.attrs.resid;
        if (resid === undefined) continue;
        used.add(resid);
        const kind =
          el.local === "Image"
            ? images
            : ["Runtime", "SourceLocation", "FunctionFile"].includes(el.local)
              ? urls
              : el.local === "Description"
                ? longStrings
                : shortStrings;
        expect([el.local, resid, kind.has(resid)]).toEqual([el.local, resid, true]);
      }
      // Nothing defined and never used.
      expect(ids.filter((id) => !used.has(id))).toEqual([]);
    });

    test("every ribbon text is in Kyrgyz and Russian too, within Office's length limits", () => {
      for (const [map, limit] of [
        [shortStrings, 125],
        [longStrings, 250],
      ] as const) {
        for (const [id, el] of map) {
          for (const v of values(el))
            expect([id, v.length <= limit && v.trim() !== ""]).toEqual([id, true]);
          if (id === "Functions.Namespace") continue;
          expect([
            id,
            kids(el, "Override")
              .map((o) => o.attrs.Locale)
              .sort(),
          ]).toEqual([id, LOCALES]);
        }
      }
    });

    test("every URL it names is a file of the build, icons at their declared size", () => {
      expect(existsSync(fileOf(url("taskpane.html")))).toBe(true);
      const all: string[] = [
        only(root, "IconUrl").attrs.DefaultValue,
        only(root, "HighResolutionIconUrl").attrs.DefaultValue,
      ];
      all.push(...only(root, "DefaultSettings").children.map((c) => c.attrs.DefaultValue));
      for (const el of [...images.values(), ...urls.values()]) all.push(...values(el));
      expect(all.length).toBeGreaterThan(10);
      for (const u of all) {
        expect([u, existsSync(fileOf(u))]).toEqual([u, true]);
      }
      expect(pngSize(fileOf(only(root, "IconUrl").attrs.DefaultValue))).toEqual({
        width: 32,
        height: 32,
      });
      expect(pngSize(fileOf(only(root, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({
        width: 64,
        height: 64,
      });
      for (const el of descendants(overrides).filter(
        (e) => e.local === "Image" && e.attrs.size !== undefined
      )) {
        const size = Number(el.attrs.size);
        const file = fileOf(images.get(el.attrs.resid)!.attrs.DefaultValue);
        expect([el.attrs.resid, pngSize(file)]).toEqual([
          el.attrs.resid,
          { width: size, height: size },
        ]);
      }
    });

    test("the shared runtime page loads Office.js, then the custom functions, then the pane", () => {
      const html = readFileSync(fileOf(url("taskpane.html")), "utf8");
      const scripts = [...html.matchAll(/<script\s+src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts).toEqual([
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
        nameOf("functions.js"),
        nameOf("taskpane.js"),
      ]);
      for (const local of scripts.slice(1))
        expect([local, existsSync(join(web, local))]).toEqual([local, true]);
    });

    test("Microsoft's manifest parser reads the same add-in", () => {
      // In a plain Node process: the package pulls an ES module that Jest's CommonJS loader cannot require.
      const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1]).then((m) => process.stdout.write(JSON.stringify(m)))`;
      const info = JSON.parse(
        execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" })
      ) as ManifestInfo;
      expect(info.id).toBe(only(root, "Id").text);
      expect(info.officeAppType).toBe("TaskPaneApp");
      expect(info.permissions).toBe("ReadWriteDocument");
      expect(info.hosts).toEqual(["Workbook"]);
      expect(info.defaultSettings?.sourceLocation).toBe(url("taskpane.html"));
    });
  });
}
