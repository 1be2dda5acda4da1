/**
 * The proxy machinery of the double, shaped like Office.js's: `Excel.run` hands the batch a request
 * context; API objects are proxies whose property writes, method calls and `load`s are queued and
 * run, in order, only at `context.sync()`. Reading a property that was not loaded throws
 * `PropertyNotLoaded`; touching a member that the class does not have throws at once. Each sync is
 * counted, and its request (and response) is serialised and measured against Excel on the web's 5 MB
 * limits.
 */
import { compareVersions, excelApiSurface } from "./apiSurface";
import type { ApiMember } from "./apiSurface";
import { DoubleUsageError, OfficeError, propertyNotLoaded } from "./errors";
import type { WorkbookState } from "./model";

// ---------------------------------------------------------------------------------------------
// Class definitions (filled in by classes.ts)

/** Execution environment passed to member implementations. */
export interface Exec {
  readonly wb: WorkbookState;
  readonly options: RuntimeOptions;
  /** The target of a proxy passed as an argument (e.g. a Range given to `names.add`). */
  targetOf(arg: unknown): { cls: string; target: unknown } | null;
}

export interface PropDef<T> {
  get(t: T, x: Exec): unknown;
  set?(t: T, value: unknown, x: Exec): void;
}

export interface NavDef<T> {
  readonly cls: string;
  /** The child object, or null for a null object (`…OrNullObject` navigation). */
  get(t: T, x: Exec): unknown;
}

export interface MethodDef<T> {
  /** Class of the returned object; "result" for a ClientResult; undefined for void. */
  readonly returns?: string;
  /** The method is an `…OrNullObject` accessor: a missing item gives a null object instead of failing. */
  readonly orNull?: boolean;
  readonly minArgs?: number;
  readonly maxArgs?: number;
  run(t: T, args: readonly unknown[], x: Exec): unknown;
}

/** An event (`worksheets.onAdded`…): `add(handler)` registers at the next sync. */
export interface EventDef<T> {
  register(t: T, handler: (args: unknown) => Promise<unknown>, x: Exec): () => void;
}

export interface ClassDef<T> {
  readonly name: string;
  /** For collections: the class of the items and how to list them. */
  readonly itemClass?: string;
  items?(t: T, x: Exec): unknown[];
  /** A target that no longer exists (deleted sheet, deleted table): operations fail with ItemNotFound. */
  gone?(t: T): boolean;
  readonly props: Readonly<Record<string, PropDef<T>>>;
  readonly navs: Readonly<Record<string, NavDef<T>>>;
  readonly methods: Readonly<Record<string, MethodDef<T>>>;
  readonly events?: Readonly<Record<string, EventDef<T>>>;
}

// The registry erases the target type: each definition is only ever called with its own targets.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClassDef = ClassDef<any>;

export interface RuntimeOptions {
  /** Highest `ExcelApi` requirement set the simulated host supports, e.g. `1.9`. */
  readonly apiVersion: string;
  /** Other requirement sets the host supports (`ExcelApiOnline`, `ExcelApiDesktop`), name → version. */
  readonly otherSets: Readonly<Record<string, string>>;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  /** `getMergedAreasOrNullObject` fails above this many areas (Excel documents 512). */
  readonly maxMergedAreas: number;
  /**
   * Calling an accessor on a null object: "propagate" gives another null object; "fail" rejects the
   * sync with ItemNotFound. Office does not document which; code should work under both.
   */
  readonly nullObjectCalls: "propagate" | "fail";
  /**
   * Excel on the web answers some large batches with GeneralException instead of a payload error
   * (office-js #1314, #1012): a request above this many bytes fails so and changes nothing.
   */
  readonly generalExceptionAboveBytes: number;
  /** A get of more cells returns `values` as null (office-js-docs-pr #5821: "doesn't always throw"). */
  readonly maxGetCells: number;
  /**
   * `zoom.horizontalFitToPages` / `verticalFitToPages` are ignored unless the user opened the Page
   * Layout tab (office-js #1860; `zoom.scale` is applied): false models the add-in's usual case.
   */
  readonly pageLayoutTabOpen: boolean;
  /** Freezing panes and setting the page layout of a hidden sheet fail (office-js #1463, #2196, #3148). */
  readonly hiddenSheetLayout: "fail" | "allow";
}

/** What `Excel.run(options, batch)` may say (Excel.RunOptions). */
export interface RunOptions {
  /** Wait for the user to leave cell edit mode instead of failing (docs "Delay execution while cell is being edited"). */
  readonly delayForCellEdit?: boolean;
}

/** What one `context.sync()` carried. */
export interface SyncRecord {
  /** Serialised size of the queued operations (UTF-8 bytes, plus a fixed envelope per action and object path). */
  readonly requestBytes: number;
  /** Serialised size of the loaded data returned. */
  readonly responseBytes: number;
  /** Queued operations (loads, property writes, method calls). */
  readonly operations: number;
  /** The error code the sync was rejected with, if it was. */
  readonly error?: string;
}

/** Bytes charged per queued action and per object path, approximating Office's request JSON envelope. */
export const ACTION_ENVELOPE_BYTES = 100;

// ---------------------------------------------------------------------------------------------
// Handles and proxies

const NULL = Symbol("null object");

type HandleState = "pending" | "bound" | "null" | "failed";

class Handle {
  state: HandleState = "pending";
  target: unknown = undefined;
  synced = false;
  loaded = new Map<string, unknown>();
  items: Handle[] | null = null;
  readonly navCache = new Map<string, Handle>();
  proxy: object;

  constructor(
    readonly id: number,
    readonly ctx: Context,
    readonly cls: AnyClassDef,
    /** For navigation children: resolved from the parent when first used. */
    readonly nav: { readonly parent: Handle; readonly name: string } | null
  ) {
    this.proxy = makeProxy(this);
  }

  get location(): string {
    return this.cls.name;
  }
}

interface ClientResultBox {
  readonly id: number;
  loaded: boolean;
  value: unknown;
  readonly proxy: object;
}

type Op =
  | {
      readonly kind: "load";
      readonly h: Handle;
      readonly paths: readonly string[];
      readonly missing: string | null;
    }
  | {
      readonly kind: "event";
      readonly h: Handle;
      readonly name: string;
      readonly handler: (args: unknown) => Promise<unknown>;
      readonly missing: string | null;
    }
  | {
      readonly kind: "set";
      readonly h: Handle;
      readonly name: string;
      readonly value: unknown;
      readonly missing: string | null;
    }
  | {
      readonly kind: "call";
      readonly h: Handle;
      readonly name: string;
      readonly args: readonly unknown[];
      readonly result: Handle | ClientResultBox | null;
      readonly missing: string | null;
    };

// ---------------------------------------------------------------------------------------------
// The request context

export class Runtime {
  readonly syncs: SyncRecord[] = [];
  /** The user is typing in a cell: batches fail, or wait with delayForCellEdit. */
  private cellEdit: { done: Promise<void>; end: () => void } | null = null;
  private readonly classes = new Map<string, AnyClassDef>();
  private readonly surface = excelApiSurface();

  constructor(
    readonly wb: WorkbookState,
    readonly options: RuntimeOptions,
    classes: readonly AnyClassDef[]
  ) {
    for (const c of classes) {
      this.checkAgainstOfficeJs(c);
      this.classes.set(c.name, c);
    }
  }

  classDef(name: string): AnyClassDef {
    const c = this.classes.get(name);
    if (c === undefined) throw new Error(`Excel double: class ${name} is not defined`);
    return c;
  }

  /** Every member the double models must exist, with that kind, in Microsoft's declarations. */
  private checkAgainstOfficeJs(c: AnyClassDef): void {
    const real = this.surface.get(c.name);
    if (real === undefined)
      throw new Error(`Excel double models class ${c.name}, which Office.js does not have`);
    const check = (name: string, kind: "property" | "method"): void => {
      const m = real.get(name);
      if (m === undefined || m.kind !== kind)
        throw new Error(
          `Excel double models ${c.name}.${name} (${kind}), which Office.js does not have`
        );
    };
    for (const p of Object.keys(c.props)) check(p, "property");
    for (const p of Object.keys(c.navs)) check(p, "property");
    for (const p of Object.keys(c.methods)) check(p, "method");
    for (const p of Object.keys(c.events ?? {})) check(p, "property");
    if (c.itemClass !== undefined) check("items", "property");
  }

  /** The real member (from @types/office-js), for version checks and error messages. */
  realMember(cls: string, name: string): ApiMember | undefined {
    return this.surface.get(cls)?.get(name);
  }

  /** Is the member available on the simulated host (for reading / calling, or for writing)? */
  supported(cls: string, name: string, write = false): boolean {
    const m = this.realMember(cls, name);
    if (m === undefined || m.set === "") return true;
    const v = write ? m.writeVersion : m.version;
    if (m.set === "ExcelApi") return compareVersions(v, this.options.apiVersion) <= 0;
    const other = this.options.otherSets[m.set];
    return other !== undefined && compareVersions(v, other) <= 0;
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = name === "ExcelApi" ? this.options.apiVersion : this.options.otherSets[name];
    if (have === undefined) return false;
    return version === undefined || compareVersions(version, have) <= 0;
  }

  get inCellEdit(): boolean {
    return this.cellEdit !== null;
  }

  /** The user starts editing a cell (test control). */
  startCellEdit(): void {
    if (this.cellEdit !== null) return;
    let end = (): void => undefined;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { done, end };
  }

  /** The user presses Enter: delayed batches run. */
  endCellEdit(): void {
    const e = this.cellEdit;
    this.cellEdit = null;
    e?.end();
  }

  /** `Excel.run(batch)` and `Excel.run(options, batch)`. */
  async run<T>(batch: (context: object) => Promise<T>, options: RunOptions = {}): Promise<T> {
    while (this.cellEdit !== null && options.delayForCellEdit === true) await this.cellEdit.done;
    const ctx = new Context(this);
    try {
      const r: unknown = batch(ctx.proxy);
      if (
        typeof r !== "object" ||
        r === null ||
        typeof (r as { then?: unknown }).then !== "function"
      ) {
        throw new OfficeError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.',
          "Excel.run"
        );
      }
      const value = (await r) as T;
      if (ctx.queue.length > 0) await ctx.sync();
      return value;
    } finally {
      ctx.alive = false;
    }
  }
}

class Context {
  queue: Op[] = [];
  alive = true;
  private nextId = 1;
  private readonly handles: Handle[] = [];
  readonly proxy: object;
  private readonly workbook: Handle;

  private readonly exec: Exec;

  constructor(readonly rt: Runtime) {
    this.exec = {
      wb: rt.wb,
      options: rt.options,
      targetOf: (arg: unknown) => {
        const h = handleOf(arg);
        if (h === null) return null;
        if (h.ctx !== this)
          throw new OfficeError(
            "InvalidRequestContext",
            "Cannot use the object across different request contexts.",
            "argument"
          );
        const t = this.resolve(h);
        if (t === NULL) return null;
        return { cls: h.cls.name, target: t };
      },
    };
    this.workbook = this.newHandle(rt.classDef("Workbook"), null);
    this.workbook.state = "bound";
    this.workbook.target = rt.wb;
    // Inside the getter `this` is the proxy object, not the context: the context is reached through an arrow.
    const workbook = (): object => {
      this.assertAlive("RequestContext.workbook");
      return this.workbook.proxy;
    };
    this.proxy = strictObject("RequestContext", {
      get workbook() {
        return workbook();
      },
      sync: () => this.sync(),
    });
  }

  newHandle(cls: AnyClassDef, nav: Handle["nav"]): Handle {
    const h = new Handle(this.nextId++, this, cls, nav);
    this.handles.push(h);
    return h;
  }

  newResult(): ClientResultBox {
    const box: { id: number; loaded: boolean; value: unknown; proxy: object } = {
      id: this.nextId++,
      loaded: false,
      value: undefined,
      proxy: {},
    };
    box.proxy = strictObject("ClientResult", {
      get value() {
        if (!box.loaded)
          throw new OfficeError(
            "ValueNotLoaded",
            'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
            "ClientResult.value"
          );
        return box.value;
      },
    });
    return box;
  }

  assertAlive(location: string): void {
    if (!this.alive) {
      throw new OfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts.",
        location
      );
    }
  }

  // ---- execution

  /** The document object behind a handle, binding navigation children on first use. */
  resolve(h: Handle): unknown {
    if (h.state === "bound") {
      if (h.cls.gone?.(h.target))
        throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", h.location);
      return h.target;
    }
    if (h.state === "null") return NULL;
    if (h.state === "failed")
      throw new OfficeError(
        "InvalidObjectPath",
        "The object path is not valid for the current operation.",
        h.location
      );
    if (h.nav !== null) {
      const parent = this.resolve(h.nav.parent);
      if (parent === NULL) {
        h.state = "null";
        return NULL;
      }
      const t = h.nav.parent.cls.navs[h.nav.name].get(parent, this.exec);
      if (t === null) {
        h.state = "null";
        return NULL;
      }
      h.state = "bound";
      h.target = t;
      return t;
    }
    throw new Error(
      `Excel double: ${h.location} #${h.id} used before the call that creates it ran`
    );
  }

  async sync(): Promise<void> {
    this.assertAlive("RequestContext.sync");
    const ops = this.queue;
    this.queue = [];
    // Like Office.js, the round trip is asynchronous even when nothing is queued.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const requestBytes = measureRequest(ops);
    const record = (responseBytes: number, error?: string): void => {
      this.rt.syncs.push(
        error === undefined
          ? { requestBytes, responseBytes, operations: ops.length }
          : { requestBytes, responseBytes, operations: ops.length, error }
      );
    };
    if (this.rt.inCellEdit) {
      record(0, "InvalidOperationInCellEditMode");
      this.failCreatedBy(ops);
      throw new OfficeError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
        "RequestContext.sync"
      );
    }
    if (requestBytes > this.rt.options.generalExceptionAboveBytes) {
      this.failCreatedBy(ops);
      record(0, "GeneralException");
      throw new OfficeError(
        "GeneralException",
        "There was an internal error while processing the request.",
        "RequestContext.sync"
      );
    }
    if (requestBytes > this.rt.options.requestLimitBytes) {
      this.failCreatedBy(ops);
      record(0, "RequestPayloadSizeLimitExceeded");
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        "RequestContext.sync"
      );
    }
    const staged: { h: Handle; key: string; value: unknown }[] = [];
    const stagedItems = new Map<Handle, Handle[]>();
    const results: { box: ClientResultBox; value: unknown }[] = [];
    let i = 0;
    try {
      for (; i < ops.length; i++) this.run(ops[i], staged, stagedItems, results);
    } catch (e) {
      this.failCreatedBy(ops.slice(i));
      record(0, e instanceof OfficeError ? e.code : "Exception");
      throw e;
    }
    const responseBytes = Buffer.byteLength(
      JSON.stringify([
        staged.map((s) => [s.h.id, s.key, s.value]),
        results.map((r) => r.value),
        [...stagedItems.values()].map((items) => items.length),
      ]),
      "utf8"
    );
    if (responseBytes > this.rt.options.responseLimitBytes) {
      record(responseBytes, "ResponsePayloadSizeLimitExceeded");
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        "RequestContext.sync"
      );
    }
    for (const [h, items] of stagedItems) h.items = items;
    for (const s of staged) s.h.loaded.set(s.key, s.value);
    for (const r of results) {
      r.box.value = r.value;
      r.box.loaded = true;
    }
    for (const h of this.handles) if (h.state !== "pending" || h.nav !== null) h.synced = true;
    record(responseBytes);
  }

  /** Objects whose creating call did not run can never be used. */
  private failCreatedBy(ops: readonly Op[]): void {
    for (const op of ops)
      if (op.kind === "call" && op.result instanceof Handle && op.result.state === "pending")
        op.result.state = "failed";
  }

  private run(
    op: Op,
    staged: { h: Handle; key: string; value: unknown }[],
    stagedItems: Map<Handle, Handle[]>,
    results: { box: ClientResultBox; value: unknown }[]
  ): void {
    const where = `${op.h.location}.${op.kind === "load" ? "load" : op.kind === "event" ? `${op.name}.add` : op.name}`;
    if (op.missing !== null) {
      throw new OfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${op.missing})`,
        op.missing
      );
    }
    const t = this.resolve(op.h);
    if (op.kind === "event") {
      if (t === NULL)
        throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
      const ev = op.h.cls.events?.[op.name];
      if (ev === undefined) throw new Error(`Excel double: ${where} is not an event`);
      ev.register(t, op.handler, this.exec);
      return;
    }
    if (op.kind === "load") {
      if (t === NULL) return; // loading a null object loads nothing; isNullObject tells
      for (const path of op.paths) this.load(op.h, t, path.split("/"), staged, stagedItems);
      return;
    }
    if (op.kind === "set") {
      if (t === NULL)
        throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
      const def = op.h.cls.props[op.name];
      if (def.set === undefined) throw new Error(`Excel double: ${where} is not writable`);
      def.set(t, op.value, this.exec);
      return;
    }
    const m = op.h.cls.methods[op.name];
    if (t === NULL) {
      // Accessors on a null object give null objects (unless the host is set to fail them);
      // anything else needs a real object.
      if (op.result instanceof Handle && this.rt.options.nullObjectCalls === "propagate") {
        op.result.state = "null";
        return;
      }
      throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.", where);
    }
    let value: unknown;
    try {
      value = m.run(t, op.args, this.exec);
    } catch (e) {
      if (
        m.orNull &&
        e instanceof OfficeError &&
        e.code === "ItemNotFound" &&
        op.result instanceof Handle
      )
        value = null;
      else throw e;
    }
    if (op.result instanceof Handle) {
      if (value === null || value === undefined) op.result.state = "null";
      else {
        op.result.state = "bound";
        op.result.target = value;
      }
    } else if (op.result !== null) {
      results.push({ box: op.result, value });
    }
  }

  private load(
    h: Handle,
    t: unknown,
    path: readonly string[],
    staged: { h: Handle; key: string; value: unknown }[],
    stagedItems: Map<Handle, Handle[]>
  ): void {
    const cls = h.cls;
    const [head, ...rest] = path;
    if (cls.itemClass !== undefined) {
      // Collections: `items/name` and `name` both load the items' `name`.
      const itemPath = head === "items" ? rest : path;
      // Several loads of one collection in one sync (`items/name,items/visibility`) fill the same
      // items, listed when the first of them runs.
      let items = stagedItems.get(h);
      if (items === undefined) {
        const itemCls = this.rt.classDef(cls.itemClass);
        items = (cls.items?.(t, this.exec) ?? []).map((target) => {
          const ih = this.newHandle(itemCls, null);
          ih.state = "bound";
          ih.target = target;
          ih.synced = true;
          return ih;
        });
        stagedItems.set(h, items);
      }
      for (const ih of items) {
        if (itemPath.length === 0) this.loadAll(ih, ih.target, staged);
        else this.load(ih, ih.target, itemPath, staged, stagedItems);
      }
      return;
    }
    if (head === undefined || head === "") {
      this.loadAll(h, t, staged);
      return;
    }
    const prop = cls.props[head];
    if (prop !== undefined) {
      if (rest.length > 0)
        throw new OfficeError(
          "InvalidArgument",
          `'${head}' is not a navigation property.`,
          `${cls.name}.load`
        );
      staged.push({ h, key: head, value: deepCopy(prop.get(t, this.exec)) });
      return;
    }
    const nav = cls.navs[head];
    if (nav !== undefined) {
      const child = navChild(h, head);
      const ct = this.resolve(child);
      if (ct === NULL) return;
      if (rest.length === 0) this.loadAll(child, ct, staged, stagedItems);
      else this.load(child, ct, rest, staged, stagedItems);
      return;
    }
    throw new Error(`Excel double: ${cls.name}.load("${path.join("/")}") — checked when queued`);
  }

  /** `load()` without names: every scalar property (Office.js does the same; it is slow, avoid it). */
  private loadAll(
    h: Handle,
    t: unknown,
    staged: { h: Handle; key: string; value: unknown }[],
    stagedItems?: Map<Handle, Handle[]>
  ): void {
    if (h.cls.itemClass !== undefined && stagedItems !== undefined) {
      this.load(h, t, ["items"], staged, stagedItems);
      return;
    }
    for (const [k, p] of Object.entries(h.cls.props)) {
      if (this.rt.supported(h.cls.name, k))
        staged.push({ h, key: k, value: deepCopy(p.get(t, this.exec)) });
    }
  }
}

function navChild(h: Handle, name: string): Handle {
  let c = h.navCache.get(name);
  if (c === undefined) {
    c = h.ctx.newHandle(h.ctx.rt.classDef(h.cls.navs[name].cls), { parent: h, name });
    h.navCache.set(name, c);
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Proxies

const HANDLE = Symbol("excel double handle");

function handleOf(v: unknown): Handle | null {
  if (typeof v !== "object" || v === null) return null;
  const h = (v as Record<symbol, unknown>)[HANDLE];
  return h instanceof Handle ? h : null;
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

function unknownMember(h: Handle, name: string): never {
  const real = h.ctx.rt.realMember(h.cls.name, name);
  if (real !== undefined) {
    throw new DoubleUsageError(
      `Excel.${h.cls.name}.${name} exists in Office.js, but the Excel double does not model it; add it to test/office/double/classes.ts if the product needs it.`
    );
  }
  throw new DoubleUsageError(
    `Excel.${h.cls.name} has no member '${name}' in the Excel JavaScript API (the test or the code uses an API that does not exist).`
  );
}

function parseLoadArg(h: Handle, arg: unknown): string[] {
  if (arg === undefined) return [""];
  let paths: string[];
  if (typeof arg === "string") paths = arg.split(",").map((s) => s.trim());
  else if (Array.isArray(arg) && arg.every((a) => typeof a === "string"))
    paths = arg.map((s: string) => s.trim());
  else
    throw new DoubleUsageError(
      `Excel double: ${h.cls.name}.load accepts a string or an array of strings (the options object form is not modelled).`
    );
  return paths.filter((p) => p !== "");
}

/** Check a load path against the class definitions when it is queued (an unknown name is a code error). */
function checkPath(h: Handle, cls: AnyClassDef, path: readonly string[], missing: string[]): void {
  const [head, ...rest] = path;
  if (cls.itemClass !== undefined) {
    const itemCls = h.ctx.rt.classDef(cls.itemClass);
    const itemPath = head === "items" ? rest : path;
    if (itemPath.length > 0) checkPath(h, itemCls, itemPath, missing);
    return;
  }
  if (head === undefined) return;
  if (cls.props[head] !== undefined) {
    if (!h.ctx.rt.supported(cls.name, head)) missing.push(`${cls.name}.${head}`);
    if (rest.length > 0)
      throw new DoubleUsageError(
        `Excel double: '${cls.name}.${head}' is a scalar property; '${path.join("/")}' cannot be loaded.`
      );
    return;
  }
  const nav = cls.navs[head];
  if (nav !== undefined) {
    if (!h.ctx.rt.supported(cls.name, head)) missing.push(`${cls.name}.${head}`);
    if (rest.length > 0) checkPath(h, h.ctx.rt.classDef(nav.cls), rest, missing);
    return;
  }
  const real = h.ctx.rt.realMember(cls.name, head);
  if (real !== undefined)
    throw new DoubleUsageError(
      `Excel.${cls.name}.${head} exists in Office.js, but the Excel double does not model it.`
    );
  throw new DoubleUsageError(`Excel.${cls.name} has no property '${head}' to load.`);
}

function makeProxy(h: Handle): object {
  const target = Object.create(null) as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === HANDLE) return h;
      if (typeof key === "symbol") {
        if (key === inspectSymbol)
          return () =>
            `[Excel double ${h.cls.name} #${h.id}${h.state === "null" ? " (null object)" : ""}]`;
        if (key === Symbol.toStringTag) return `Excel.${h.cls.name}`;
        return undefined;
      }
      // Not thenable, like Office.js proxies (so `await proxy` does not try to call a `then`).
      if (key === "then") return undefined;
      const ctx = h.ctx;
      const cls = h.cls;
      switch (key) {
        case "context":
          return ctx.proxy;
        case "isNullObject":
          if (!h.synced) throw propertyNotLoaded("isNullObject", `${cls.name}.isNullObject`);
          return h.state === "null";
        case "toJSON":
          return () => toJSON(h);
        case "load":
          return (arg?: unknown) => {
            ctx.assertAlive(`${cls.name}.load`);
            const paths = parseLoadArg(h, arg);
            const missing: string[] = [];
            for (const p of paths) checkPath(h, cls, p.split("/"), missing);
            ctx.queue.push({
              kind: "load",
              h,
              paths: paths.length === 0 ? [""] : paths,
              missing: missing[0] ?? null,
            });
            return h.proxy;
          };
      }
      if (cls.itemClass !== undefined && key === "items") {
        if (h.items === null) throw propertyNotLoaded("items", `${cls.name}.items`);
        return h.items.map((i) => i.proxy);
      }
      if (Object.prototype.hasOwnProperty.call(cls.props, key)) {
        if (!h.loaded.has(key)) throw propertyNotLoaded(key, `${cls.name}.${key}`);
        return deepCopy(h.loaded.get(key));
      }
      if (Object.prototype.hasOwnProperty.call(cls.navs, key)) {
        ctx.assertAlive(`${cls.name}.${key}`);
        return navChild(h, key).proxy;
      }
      if (cls.events !== undefined && Object.prototype.hasOwnProperty.call(cls.events, key)) {
        const name = key;
        return strictObject(`Excel.${cls.name}.${name}`, {
          add: (handler: unknown): object => {
            ctx.assertAlive(`${cls.name}.${name}.add`);
            if (typeof handler !== "function")
              throw new DoubleUsageError(`Excel.${cls.name}.${name}.add takes a function.`);
            const missing = ctx.rt.supported(cls.name, name) ? null : `${cls.name}.${name}`;
            ctx.queue.push({
              kind: "event",
              h,
              name,
              handler: handler as (args: unknown) => Promise<unknown>,
              missing,
            });
            return strictObject("OfficeExtension.EventHandlerResult", { context: ctx.proxy });
          },
        });
      }
      if (Object.prototype.hasOwnProperty.call(cls.methods, key)) {
        const m = cls.methods[key];
        return (...args: unknown[]) => {
          ctx.assertAlive(`${cls.name}.${key}`);
          if (
            (m.minArgs !== undefined && args.length < m.minArgs) ||
            (m.maxArgs !== undefined && args.length > m.maxArgs)
          ) {
            throw new DoubleUsageError(
              `Excel.${cls.name}.${key} takes ${m.minArgs ?? 0}–${m.maxArgs ?? "any"} arguments, got ${args.length}.`
            );
          }
          for (const a of args) {
            const ah = handleOf(a);
            if (ah !== null && ah.ctx !== ctx)
              throw new OfficeError(
                "InvalidRequestContext",
                "Cannot use the object across different request contexts.",
                `${cls.name}.${key}`
              );
          }
          let result: Handle | ClientResultBox | null = null;
          if (m.returns === "result") result = ctx.newResult();
          else if (m.returns !== undefined)
            result = ctx.newHandle(ctx.rt.classDef(m.returns), null);
          const missing = ctx.rt.supported(cls.name, key) ? null : `${cls.name}.${key}`;
          ctx.queue.push({ kind: "call", h, name: key, args: args.map(cloneArg), result, missing });
          if (result === null) return undefined;
          return result instanceof Handle ? result.proxy : result.proxy;
        };
      }
      return unknownMember(h, key);
    },
    set(_t, key, value) {
      if (typeof key === "symbol")
        throw new DoubleUsageError(`Excel double: cannot set a symbol on Excel.${h.cls.name}.`);
      const cls = h.cls;
      if (Object.prototype.hasOwnProperty.call(cls.props, key)) {
        const real = h.ctx.rt.realMember(cls.name, key);
        if (cls.props[key].set === undefined || real?.readonly) {
          throw new DoubleUsageError(
            `Cannot assign to read-only property Excel.${cls.name}.${key}.`
          );
        }
        h.ctx.assertAlive(`${cls.name}.${key}`);
        const missing = h.ctx.rt.supported(cls.name, key, true)
          ? null
          : `${cls.name}.${key} (setting)`;
        h.ctx.queue.push({ kind: "set", h, name: key, value: cloneArg(value), missing });
        return true;
      }
      if (
        Object.prototype.hasOwnProperty.call(cls.navs, key) ||
        (cls.itemClass !== undefined && key === "items")
      ) {
        throw new DoubleUsageError(
          `Cannot assign to read-only property Excel.${cls.name}.${key}; set its properties instead.`
        );
      }
      if (key === "isNullObject" || key === "context")
        throw new DoubleUsageError(`Cannot assign to read-only property Excel.${cls.name}.${key}.`);
      return unknownMember(h, key);
    },
    has(_t, key) {
      if (typeof key === "symbol") return key === HANDLE;
      const cls = h.cls;
      return (
        key in cls.props ||
        key in cls.navs ||
        key in cls.methods ||
        key in (cls.events ?? {}) ||
        ["context", "isNullObject", "load", "toJSON"].includes(key) ||
        (cls.itemClass !== undefined && key === "items")
      );
    },
    deleteProperty(_t, key) {
      throw new DoubleUsageError(`Cannot delete Excel.${h.cls.name}.${String(key)}.`);
    },
    defineProperty(_t, key) {
      throw new DoubleUsageError(`Cannot define Excel.${h.cls.name}.${String(key)}.`);
    },
  });
}

function toJSON(h: Handle): unknown {
  if (h.items !== null) return { items: h.items.map((i) => toJSON(i)) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of h.loaded) out[k] = deepCopy(v);
  for (const [k, c] of h.navCache) if (c.loaded.size > 0 || c.items !== null) out[k] = toJSON(c);
  return out;
}

/** Arguments and assigned values are copied when queued: later changes to the caller's arrays do not leak in. */
function cloneArg(v: unknown): unknown {
  if (handleOf(v) !== null) return v;
  return deepCopy(v);
}

function deepCopy<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (handleOf(v) !== null) return v;
  if (Array.isArray(v)) return v.map((x) => deepCopy(x)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = deepCopy(x);
  return out as T;
}

/** The request as Office would send it: every action with its arguments, plus the object paths it needs. */
function measureRequest(ops: readonly Op[]): number {
  const paths = new Set<number>();
  const wire = ops.map((op) => {
    paths.add(op.h.id);
    if (op.kind === "load") return { o: op.h.id, a: "load", p: op.paths };
    if (op.kind === "set") return { o: op.h.id, a: "set", n: op.name, v: serialiseArg(op.value) };
    if (op.kind === "event") return { o: op.h.id, a: "event", n: op.name };
    if (op.result instanceof Handle) paths.add(op.result.id);
    return { o: op.h.id, a: "call", n: op.name, v: op.args.map(serialiseArg) };
  });
  return (
    Buffer.byteLength(JSON.stringify(wire), "utf8") +
    ACTION_ENVELOPE_BYTES * (ops.length + paths.size)
  );
}

function serialiseArg(v: unknown): unknown {
  const h = handleOf(v);
  if (h !== null) return { ref: h.id };
  return v;
}

// ---------------------------------------------------------------------------------------------
// Strict plain objects (the `Excel` and `Office` namespaces, the request context, ClientResult)

/** An object whose unknown members throw instead of reading as `undefined`. */
export function strictObject<T extends object>(name: string, obj: T): T {
  return new Proxy(obj, {
    get(t, key, receiver) {
      if (typeof key === "symbol") {
        if (key === inspectSymbol) return () => `[Excel double ${name}]`;
        return Reflect.get(t, key, receiver);
      }
      if (key === "then") return undefined;
      if (!(key in t))
        throw new DoubleUsageError(
          `${name} has no member '${key}' in the Excel double (it is not part of the Office.js API the product uses, or it does not exist).`
        );
      return Reflect.get(t, key, receiver);
    },
    set(_t, key) {
      throw new DoubleUsageError(`Cannot assign ${name}.${String(key)}.`);
    },
  });
}
