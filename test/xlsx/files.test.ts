import { fork } from "node:child_process";
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as esbuild from "esbuild";
import { DEFAULT_MAX_FILE_BYTES } from "../../src/xlsx/sniff";
import { isSameFile, maxFileBytes, readFileChecked, writeFileAtomic } from "../../src/xlsx/files";
import { readWorkbookFile } from "../../src/xlsx/nodeReader";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atkaruu-files-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("readFileChecked", () => {
  test("a missing file, a folder, an empty file", async () => {
    const missing = await readFileChecked(join(dir, "nope.xlsx"), "en");
    expect(!missing.ok && missing.fatal.message).toMatch(/“nope\.xlsx”.*does not exist/);
    const folder = await readFileChecked(dir, "en");
    expect(folder.ok).toBe(false);
    writeFileSync(join(dir, "empty.xlsx"), "");
    const empty = await readFileChecked(join(dir, "empty.xlsx"), "ru");
    expect(!empty.ok && empty.fatal.message).toMatch(/«empty\.xlsx».*файл пуст/);
  });

  test("a 50 MB file is refused from its size alone, without reading it", async () => {
    const big = join(dir, "big.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024); // sparse: no 50 MB written or read
    const spy = jest.spyOn(fsp, "readFile");
    const r = await readWorkbookFile(big, "ky");
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fatal.code).toBe("unreadable-workbook");
    expect(r.fatal.message).toContain("файл өтө чоң (50 MB > 20 MB)");
  });

  test("the limit comes from ATKARUU_MAX_FILE_MB, else 20 MB", () => {
    expect(maxFileBytes({})).toBe(DEFAULT_MAX_FILE_BYTES);
    expect(DEFAULT_MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(maxFileBytes({ ATKARUU_MAX_FILE_MB: "64" })).toBe(64 * 1024 * 1024);
    expect(maxFileBytes({ ATKARUU_MAX_FILE_MB: "much" })).toBe(DEFAULT_MAX_FILE_BYTES);
  });
});

describe("isSameFile", () => {
  test("relative and absolute spellings, links", () => {
    const input = join(dir, "plan.xlsx");
    writeFileSync(input, "x");
    mkdirSync(join(dir, "sub"));
    expect(isSameFile(input, join(dir, "sub", "..", "plan.xlsx"))).toBe(true);
    expect(isSameFile(input, relative(process.cwd(), input))).toBe(true);
    symlinkSync(input, join(dir, "link.xlsx"));
    expect(isSameFile(input, join(dir, "link.xlsx"))).toBe(true);
    linkSync(input, join(dir, "hard.xlsx"));
    expect(isSameFile(input, join(dir, "hard.xlsx"))).toBe(true);
    symlinkSync(dir, join(dir, "dirlink"));
    expect(isSameFile(input, join(dir, "dirlink", "plan.xlsx"))).toBe(true);
    expect(isSameFile(input, join(dir, "plan-annex2.xlsx"))).toBe(false);
    expect(isSameFile(input, join(dir, "dirlink", "new.xlsx"))).toBe(false);
  });
});

describe("writeFileAtomic", () => {
  const files = (): string[] => readdirSync(dir).sort();

  test("writes, replaces, and leaves no temporary file", async () => {
    const out = join(dir, "out.xlsx");
    await writeFileAtomic(out, new TextEncoder().encode("first"));
    await writeFileAtomic(out, new TextEncoder().encode("second"));
    expect(readFileSync(out, "utf8")).toBe("second");
    expect(files()).toEqual(["out.xlsx"]);
  });

  test("a failure leaves the target as it was and removes the temporary file", async () => {
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "old");
    // The write fails half-way (a progress callback throws, as a full disk would).
    await expect(
      writeFileAtomic(out, new Uint8Array(3 * 1024), {
        chunkBytes: 1024,
        onProgress: (w) => {
          if (w === 2048) throw new Error("disk full");
        },
      })
    ).rejects.toThrow("disk full");
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(files()).toEqual(["out.xlsx"]);
    // The rename fails: the target is a folder.
    mkdirSync(join(dir, "folder.xlsx"));
    await expect(writeFileAtomic(join(dir, "folder.xlsx"), new Uint8Array(10))).rejects.toThrow();
    expect(files()).toEqual(["folder.xlsx", "out.xlsx"]);
  });

  // Root writes anywhere, so this case only runs for ordinary users (the failures above run always).
  const asUser = process.getuid?.() === 0 ? test.skip : test;
  asUser("a folder without write permission: an error, nothing left behind", async () => {
    const ro = join(dir, "ro");
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    await expect(writeFileAtomic(join(ro, "out.xlsx"), new Uint8Array(10))).rejects.toThrow();
    chmodSync(ro, 0o755);
    expect(readdirSync(ro)).toEqual([]);
  });

  describe("a process killed in the middle of a write", () => {
    let child: string;
    beforeAll(async () => {
      child = join(mkdtempSync(join(tmpdir(), "atkaruu-child-")), "slowWriter.js");
      await esbuild.build({
        entryPoints: [join(__dirname, "../fixtures/xlsx/slowWriter.ts")],
        outfile: child,
        bundle: true,
        platform: "node",
        target: "node20",
        logLevel: "warning",
      });
    }, 60_000);
    afterAll(() => rmSync(join(child, ".."), { recursive: true, force: true }));

    async function killHalfway(
      signal: NodeJS.Signals
    ): Promise<{ code: number | null; signal: NodeJS.Signals | null; during: string[] }> {
      const out = join(dir, "report.xlsx");
      const p = fork(child, [out], { stdio: "ignore" });
      let during: string[] = [];
      await new Promise<void>((resolve, reject) => {
        p.once("message", () => {
          during = files();
          p.kill(signal);
          resolve();
        });
        p.once("exit", () => reject(new Error("child ended before the middle of the write")));
      });
      return new Promise((resolve) =>
        p.once("exit", (code, sig) => resolve({ code, signal: sig, during }))
      );
    }

    test("SIGKILL: the output is the old file, never a partial one", async () => {
      writeFileSync(join(dir, "report.xlsx"), "previous report");
      const r = await killHalfway("SIGKILL");
      expect(r.signal).toBe("SIGKILL");
      // Half-way, the data was only in a hidden temporary file.
      expect(r.during.some((f) => /^\.atkaruu-report\.xlsx-\d+-[0-9a-f]+\.tmp$/.test(f))).toBe(
        true
      );
      expect(readFileSync(join(dir, "report.xlsx"), "utf8")).toBe("previous report");
    }, 30_000);

    test("SIGTERM: no output and no temporary file", async () => {
      const r = await killHalfway("SIGTERM");
      expect(r.code).toBe(143);
      expect(files()).toEqual([]);
    }, 30_000);
  });
});
