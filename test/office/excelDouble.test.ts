/**
 * The double must be at least as strict as Office.js, or adapter tests on it prove nothing. Each test
 * here shows one way a careless test or adapter would pass on `office-addin-mock` and fails here.
 */
import { DoubleUsageError, ExcelDouble, FIVE_MB, OfficeError } from "./excelDouble";
import { Runtime } from "./double/runtime";
import { WorkbookState } from "./double/model";
import { excelClasses } from "./double/classes";

let double: ExcelDouble;

beforeEach(() => {
  double = new ExcelDouble().install();
  double.workbook.seedSheet("Data", [
    ["a", 1],
    ["b", 2],
  ]);
});

afterEach(() => double.uninstall());

/** A fresh double with options, the same "Data" sheet. */
function setup(options: ConstructorParameters<typeof ExcelDouble>[0]): void {
  double.uninstall();
  double = new ExcelDouble(options).install();
  double.workbook.seedSheet("Data", [
    ["a", 1],
    ["b", 2],
  ]);
}

/** The code of the error a promise rejects with. */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OfficeError) return e.code;
    if (e instanceof DoubleUsageError) return "DoubleUsageError";
    throw e;
  }
  return "no error";
}

describe("load and sync", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded, before and after sync", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" })
      );
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Data!A1:B2");
      // Loaded `address`, not `values`.
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("loaded values are a snapshot taken at sync, in queue order", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.load("values");
      range.values = [
        ["x", 10],
        ["y", 20],
      ];
      const after = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      after.load("values");
      await context.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      expect(after.values).toEqual([
        ["x", 10],
        ["y", 20],
      ]);
    });
  });

  test("a property assigned but not loaded still throws when read (stricter than Office.js on purpose)", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["z"]];
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });

  test("ClientResult.value before sync throws ValueNotLoaded", async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("collections: items only after load + sync, with the loaded properties", async () => {
    double.workbook.seedSheet("Second", [["q"]]);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Second"]);
      expect(() => sheets.items[0].visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("objects cannot be used after their Excel.run ended", async () => {
    let leaked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Data").getRange("A1");
      await context.sync();
    });
    expect(() => leaked!.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" })
    );
  });

  test("Excel.run requires the batch to return a promise", async () => {
    const notAsync = ((context: Excel.RequestContext) => {
      void context;
      return undefined;
    }) as unknown as (context: Excel.RequestContext) => Promise<void>;
    expect(await codeOf(Excel.run(notAsync))).toBe("RunMustReturnPromise");
  });
});

describe("writes are queued until sync", () => {
  test("the workbook changes only at sync", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["changed"]];
      range.format.font.bold = true;
      expect(double.workbook.sheet("Data").cell(0, 0).value).toBe("a");
      expect(double.workbook.sheet("Data").cell(0, 0).format.bold).toBe(false);
      await context.sync();
      expect(double.workbook.sheet("Data").cell(0, 0).value).toBe("changed");
      expect(double.workbook.sheet("Data").cell(0, 0).format.bold).toBe(true);
    });
  });

  test("Excel.run syncs what is still queued when the batch ends (and counts it)", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [[99]];
      return Promise.resolve();
    });
    expect(double.workbook.sheet("Data").cell(0, 1).value).toBe(99);
    expect(double.syncCount).toBe(1);
  });

  test("a failing operation stops the batch: earlier ones are applied, later ones are not", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2").values = [["x", "too wide"]];
        sheet.getRange("A3").values = [["never"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    const s = double.workbook.sheet("Data");
    expect(s.cell(0, 0).value).toBe("first");
    expect(s.cell(1, 0).value).toBe("b");
    expect(s.cell(2, 0).value).toBe("");
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound, not when called", async () => {
    let called = false;
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nope");
        sheet.getRange("A1").values = [[1]];
        called = true;
        await context.sync();
      })
    );
    expect(called).toBe(true);
    expect(code).toBe("ItemNotFound");
  });

  test("getItemOrNullObject gives isNullObject (readable only after sync), and acting on a null object fails", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Data");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      // A null object propagates through accessors…
      const used = missing.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      // …but cannot be changed.
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});

describe("members that do not exist", () => {
  test("Microsoft's template test mocks format.autoFitColumns; the real method is autofitColumns — the double throws", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1");
        range.values = [["Hello Excel"]];
        (range.format as unknown as { autoFitColumns(): void }).autoFitColumns();
        await context.sync();
      })
    );
    expect(code).toBe("DoubleUsageError");
  });

  test("the template's mock also puts getRange on the worksheet collection; Office.js has no such method", () => {
    return expect(
      Excel.run(async (context) => {
        (context.workbook.worksheets as unknown as { getRange(a: string): Excel.Range }).getRange(
          "A1"
        );
        await context.sync();
      })
    ).rejects.toThrow(/WorksheetCollection has no member 'getRange'/);
  });

  test("assigning a property that does not exist, or a read-only one, throws at once", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => {
        (range as unknown as { value: unknown }).value = 1;
      }).toThrow(DoubleUsageError);
      expect(() => {
        (range as unknown as { address: string }).address = "B2";
      }).toThrow(/read-only/);
      expect(() => {
        (range as unknown as { format: unknown }).format = {};
      }).toThrow(/read-only/);
      await context.sync();
    });
  });

  test("loading a property that does not exist throws", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => range.load("valuez")).toThrow(DoubleUsageError);
      expect(() => range.load("format/font/boldness")).toThrow(DoubleUsageError);
      await context.sync();
    });
  });

  test("the Excel and Office globals are strict too", () => {
    expect(() => (Excel as unknown as { runBatch: unknown }).runBatch).toThrow(DoubleUsageError);
    expect(() => (Office.context as unknown as { host: unknown }).host).toThrow(DoubleUsageError);
  });

  test("a real member that the double does not model says so instead of pretending", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      expect(() => sheet.shapes).toThrow(/does not model/);
      await context.sync();
    });
  });

  test("the double cannot model a member that Office.js does not have", () => {
    const classes = excelClasses();
    const range = classes.find((c) => c.name === "Range")!;
    const invented = {
      ...range,
      methods: { ...range.methods, autoFitEverything: { run: () => undefined } },
    };
    const opts = {
      apiVersion: "1.20",
      otherSets: {},
      requestLimitBytes: FIVE_MB,
      responseLimitBytes: FIVE_MB,
      maxMergedAreas: 512,
      nullObjectCalls: "propagate" as const,
      generalExceptionAboveBytes: Infinity,
      maxGetCells: 5_000_000,
      pageLayoutTabOpen: false,
      hiddenSheetLayout: "fail" as const,
    };
    expect(
      () =>
        new Runtime(
          new WorkbookState(),
          opts,
          classes.map((c) => (c === range ? invented : c))
        )
    ).toThrow(/Range.autoFitEverything/);
  });
});

describe("shapes and Excel's rules", () => {
  test.each([
    ["too few rows", [["x", 1]]],
    [
      "too many columns",
      [
        ["x", 1, 2],
        ["y", 2, 3],
      ],
    ],
    ["ragged", [["x", 1], ["y"]]],
    ["one-dimensional", ["x", 1]],
    ["a scalar", "x"],
  ])("values with the wrong shape (%s) fail with InvalidArgument", async (_label, values) => {
    const code = await codeOf(
      Excel.run(async (context) => {
        (
          context.workbook.worksheets.getItem("Data").getRange("A1:B2") as unknown as {
            values: unknown;
          }
        ).values = values;
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    expect(double.workbook.sheet("Data").cell(0, 0).value).toBe("a");
  });

  test("numberFormat and formulas check the shape too", async () => {
    for (const prop of ["numberFormat", "formulas"] as const) {
      const code = await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:A3")[prop] = [["0"], ["0"]];
          await context.sync();
        })
      );
      expect(code).toBe("InvalidArgument");
    }
  });

  test("enumerations are case-sensitive and colours must be colours", async () => {
    for (const write of [
      (r: Excel.Range) =>
        ((r.format as unknown as { horizontalAlignment: string }).horizontalAlignment = "center"),
      (r: Excel.Range) => (r.format.fill.color = "not a colour"),
      (r: Excel.Range) =>
        ((r.format.borders.getItem("EdgeTop") as unknown as { weight: string }).weight = "thin"),
    ]) {
      const code = await codeOf(
        Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Data").getRange("A1"));
          await context.sync();
        })
      );
      expect(code).toBe("InvalidArgument");
    }
  });

  test("text is parsed like typed input; a leading apostrophe keeps it text", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:F1").values = [
        ["=SUM(1)", "1.2", "'1.2", "'=x", "30.06.2025", "plain"],
      ];
      await context.sync();
    });
    const s = double.workbook.sheet("Data");
    expect(s.cell(0, 0).formula).toBe("=SUM(1)");
    expect(s.cell(0, 1).value).toBe(1.2);
    expect(s.cell(0, 2)).toMatchObject({ value: "1.2", quotePrefix: true });
    expect(s.cell(0, 3)).toMatchObject({ value: "=x", formula: null });
    expect(typeof s.cell(0, 4).value).toBe("number");
    expect(s.cell(0, 5).value).toBe("plain");
  });

  test("overlapping merges are rejected; merging keeps the top-left value", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").merge();
      await context.sync();
      sheet.getRange("B1:B2").merge();
      await expect(context.sync()).rejects.toMatchObject({ code: "MergedRangeConflict" });
    });
    const s = double.workbook.sheet("Data");
    expect(s.merges).toEqual([{ top: 0, left: 0, rows: 1, cols: 2 }]);
    expect(s.cell(0, 0).value).toBe("a");
    expect(s.cell(0, 1).value).toBe("");
  });

  test("list validation sources are limited to 255 characters", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A5").dataValidation.rule = {
          list: { inCellDropDown: true, source: "x,".repeat(200) },
        };
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  test("print title rows must span entire rows", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").pageLayout.setPrintTitleRows("A1:B2");
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  test("PageLayout.zoom must be assigned as a whole (its members cannot be set through navigation)", async () => {
    setup({ pageLayoutTabOpen: true });
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Data").pageLayout;
      expect(() => {
        layout.zoom.horizontalFitToPages = 1;
      }).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await context.sync();
    });
    expect(double.workbook.sheet("Data").pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
  });

  test("a workbook keeps one visible sheet", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").delete();
        await context.sync();
      })
    );
    expect(code).toBe("InvalidOperation");
  });

  test("a very hidden sheet cannot be deleted until it is made hidden or visible (docs: Worksheet.delete)", async () => {
    double.workbook.seedSheet("Machine", [["x"]]);
    const run = (fn: (s: Excel.Worksheet) => void): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          fn(context.workbook.worksheets.getItem("Machine"));
          await context.sync();
        })
      );
    expect(await run((s) => (s.visibility = "VeryHidden"))).toBe("no error");
    expect(await run((s) => s.delete())).toBe("InvalidOperation");
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Data", "Machine"]);
    expect(await run((s) => s.activate())).toBe("InvalidOperation");
    expect(
      await run((s) => {
        s.visibility = "Hidden";
        s.delete();
      })
    ).toBe("no error");
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("defined names are unique, ignoring case", async () => {
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.names.add("MyName", "=Data!$A$1");
        context.workbook.names.add("MYNAME", "=Data!$A$2");
        await context.sync();
      })
    );
    expect(code).toBe("ItemAlreadyExists");
  });
});

describe("charts", () => {
  test("chart types and series directions are Office.js's enumerations; an invented type fails the sync", async () => {
    const add = (type: string, by?: string): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const range = sheet.getRange("B1:B2");
          if (by === undefined) sheet.charts.add(type as Excel.ChartType, range);
          else sheet.charts.add(type as Excel.ChartType, range, by as Excel.ChartSeriesBy);
          await context.sync();
        })
      );
    await expect(add("BarClustered", "Columns")).resolves.toBe("no error");
    await expect(add("barClustered")).resolves.toBe("InvalidArgument");
    await expect(add("HorizontalBars")).resolves.toBe("InvalidArgument");
    await expect(add("Invalid")).resolves.toBe("InvalidArgument");
    await expect(add("Pie", "Diagonal")).resolves.toBe("InvalidArgument");
    expect(double.workbook.sheet("Data").charts.map((c) => c.chartType)).toEqual(["BarClustered"]);
  });

  test("a chart's properties are read only after load + sync; its series come from the source range", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      chart.load("name");
      chart.series.load("items/name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.series.items.map((x) => x.name)).toEqual(["Series1", "Series2"]);
    });
  });

  test("series values and categories are one row or one column; bounds belong to the value axis", async () => {
    const run = (fn: (sheet: Excel.Worksheet, chart: Excel.Chart) => void): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:B2"), "Columns");
          fn(sheet, chart);
          await context.sync();
        })
      );
    await expect(
      run((sheet, chart) => chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A2")))
    ).resolves.toBe("no error");
    await expect(
      run((sheet, chart) => chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:B2")))
    ).resolves.toBe("InvalidArgument");
    await expect(
      run((_sheet, chart) => chart.series.getItemAt(3).setValues(chart.worksheet.getRange("B1:B2")))
    ).resolves.toBe("ItemNotFound");
    await expect(run((_sheet, chart) => (chart.axes.categoryAxis.minimum = 0))).resolves.toBe(
      "InvalidOperation"
    );
    await expect(
      run(
        (_sheet, chart) => (
          (chart.axes.valueAxis.maximum = 10),
          (chart.axes.valueAxis.minimum = 20)
        )
      )
    ).resolves.toBe("InvalidArgument");
    await expect(run((_sheet, chart) => chart.setPosition("Other!A1"))).resolves.toBe(
      "InvalidArgument"
    );
  });

  test("charts go with their sheet; a chart of a deleted sheet cannot be used", async () => {
    double.workbook.seedSheet("Keep", []);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const chart = sheet.charts.add("BarClustered", sheet.getRange("B1:B2"));
        sheet.delete();
        chart.title.text = "late";
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
  });

  test("ChartSeries.setXAxisValues is ExcelApi 1.7: on 1.6 it fails with ApiNotFound", async () => {
    double.uninstall();
    double = new ExcelDouble({ apiVersion: "1.6" }).install();
    double.workbook.seedSheet("Data", [["a", 1]]);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts
          .add("BarClustered", sheet.getRange("B1:B1"))
          .series.getItemAt(0)
          .setXAxisValues(sheet.getRange("A1:A1"));
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });
});

describe("requirement sets", () => {
  test("a member newer than the host's ExcelApi version fails at sync with ApiNotFound", async () => {
    double.uninstall();
    double = new ExcelDouble({ apiVersion: "1.9" }).install();
    double.workbook.seedSheet("Data", [["a"]]);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Data")
          .getRange("A1:B2")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });
});

describe("sync counting and payload limits", () => {
  test("every sync is counted with its request size", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      await context.sync();
      sheet.getRange("A1:A2").values = [["x"], ["y"]];
      await context.sync();
      sheet.getRangeByIndexes(0, 0, 100, 2).values = Array.from({ length: 100 }, (_, i) => [
        `row ${i}`,
        i,
      ]);
      await context.sync();
    });
    expect(double.syncCount).toBe(3);
    const [first, small, big] = double.syncs;
    expect(first.operations).toBe(1); // getItem("Data") is queued too
    expect(small.requestBytes).toBeGreaterThan(first.requestBytes);
    expect(big.requestBytes).toBeGreaterThan(small.requestBytes + 1000);
    expect(double.syncs.every((s) => s.error === undefined)).toBe(true);
  });

  test("a request over the limit fails with RequestPayloadSizeLimitExceeded and changes nothing", async () => {
    double.requestLimitBytes = 10_000;
    const rows = Array.from({ length: 500 }, (_, i) => [`measure text number ${i}`, i]);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["before the big write"]];
        sheet.getRangeByIndexes(0, 0, rows.length, 2).values = rows;
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(double.workbook.sheet("Data").cell(0, 2).value).toBe("");
    expect(double.syncs[double.syncs.length - 1]).toMatchObject({
      error: "RequestPayloadSizeLimitExceeded",
    });
  });

  test("the default limit is 5 MB: 6 MB of text in one request fails", async () => {
    const text = "ж".repeat(1000); // 2 bytes each in UTF-8
    const rows = Array.from({ length: 3000 }, () => [text]);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, rows.length, 1).values =
          rows;
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    double.responseLimitBytes = 1000;
    double.workbook.seedSheet(
      "Big",
      Array.from({ length: 200 }, (_, i) => [`value ${i}`])
    );
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getUsedRange(true).load("values");
        await context.sync();
      })
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("more merged areas than Excel returns fail the sync", async () => {
    double.uninstall();
    double = new ExcelDouble({ maxMergedAreas: 3 }).install();
    const s = double.workbook.seedSheet("M", [["x"]]);
    for (let i = 0; i < 4; i++) s.merges.push({ top: i, left: 0, rows: 1, cols: 2 });
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("M")
          .getRange("A1:C10")
          .getMergedAreasOrNullObject()
          .load("areaCount");
        await context.sync();
      })
    );
    expect(code).toBe("GeneralException");
  });
});

describe("documented host behaviours the double models (issue 9)", () => {
  test('null in a 2-D write leaves that cell as it is, "" clears it; numberFormat likewise (docs: Blank and null values)', async () => {
    const sheet = double.workbook.sheet("Data");
    sheet.edit(0, 0).numberFormat = "0.00";
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = [
        [null, "x"],
        ["", null],
      ];
      range.numberFormat = [
        [null, "@"],
        ["", null],
      ];
      await context.sync();
    });
    expect(sheet.values({ top: 0, left: 0, rows: 2, cols: 2 })).toEqual([
      ["a", "x"],
      ["", 2],
    ]);
    expect([
      sheet.cell(0, 0).numberFormat,
      sheet.cell(0, 1).numberFormat,
      sheet.cell(1, 0).numberFormat,
    ]).toEqual(["0.00", "@", "General"]);
  });

  test("autofitRows fits a row to its cells that are not merged only (support.microsoft.com: AutoFit and merged cells)", async () => {
    const sheet = double.workbook.sheet("Data");
    sheet.merges.push({ top: 0, left: 0, rows: 1, cols: 2 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").format.autofitRows();
      await context.sync();
    });
    expect(sheet.fitsText(0, 0)).toBe(false);
    expect(sheet.fitsText(1, 0)).toBe(true);
  });

  test("Excel.run(options, batch): while a cell is edited a batch fails, with delayForCellEdit it waits (docs: Delay execution while cell is being edited)", async () => {
    double.startCellEdit();
    const write = (options?: { delayForCellEdit: boolean }): Promise<void> => {
      const batch = async (context: Excel.RequestContext): Promise<void> => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["edited"]];
        await context.sync();
      };
      return options === undefined ? Excel.run(batch) : Excel.run(options, batch);
    };
    expect(await codeOf(write())).toBe("InvalidOperationInCellEditMode");
    let done = false;
    const waiting = write({ delayForCellEdit: true }).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    double.endCellEdit();
    await waiting;
    expect(double.workbook.sheet("Data").cell(0, 0).value).toBe("edited");
    // Other overloads (an API object, a context) are not modelled and say so.
    expect(() =>
      Excel.run({ mergeUndoGroup: true } as Excel.RunOptions, async () => undefined)
    ).toThrow(/RunOptions/);
  });

  test("fit-to-pages zooms are ignored unless the Page Layout tab was opened; a scale is applied (office-js #1860)", async () => {
    const zoom = async (z: Excel.PageLayoutZoomOptions): Promise<unknown> => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").pageLayout.zoom = z;
        await context.sync();
      });
      return double.workbook.sheet("Data").pageLayout.zoom;
    };
    expect(await zoom({ horizontalFitToPages: 1, verticalFitToPages: 0 })).toEqual({ scale: 100 });
    expect(await zoom({ scale: 70 })).toEqual({ scale: 70 });
    setup({ pageLayoutTabOpen: true });
    expect(await zoom({ horizontalFitToPages: 1, verticalFitToPages: 0 })).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
  });

  test("freezing panes and setting the page layout of a hidden sheet fail with GeneralException (office-js #1463, #2196, #3148)", async () => {
    double.workbook.seedSheet("Hidden", [["x"]], { hidden: true });
    const on = (fn: (s: Excel.Worksheet) => void): Promise<string> =>
      codeOf(
        Excel.run(async (context) => {
          fn(context.workbook.worksheets.getItem("Hidden"));
          await context.sync();
        })
      );
    expect(await on((s) => s.freezePanes.freezeRows(1))).toBe("GeneralException");
    expect(await on((s) => s.pageLayout.setPrintTitleRows("$1:$1"))).toBe("GeneralException");
    expect(await on((s) => (s.pageLayout.orientation = "Landscape"))).toBe("GeneralException");
    expect(await on((s) => (s.pageLayout.leftMargin = 20))).toBe("GeneralException");
    expect(await on((s) => (s.visibility = "Visible"))).toBe("no error");
    expect(await on((s) => s.freezePanes.freezeRows(1))).toBe("no error");
    expect(double.workbook.sheet("Hidden").frozenRows).toBe(1);
  });

  test("getRanges: one conditional format over many areas; an address list over 8 192 characters is refused (office-js #5198)", async () => {
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Data")
        .getRanges("A1:A2,B2")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      await context.sync();
    });
    expect(double.workbook.sheet("Data").conditionalFormats.map((c) => c.rects)).toEqual([
      [
        { top: 0, left: 0, rows: 2, cols: 1 },
        { top: 1, left: 1, rows: 1, cols: 1 },
      ],
    ]);
    const long = Array.from({ length: 1500 }, (_, i) => `C${i * 2 + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Data")
          .getRanges(long)
          .conditionalFormats.add("Custom");
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });

  test("a get of more cells than Excel returns answers values with null, not an error (office-js-docs-pr #5821)", async () => {
    setup({ maxGetCells: 3 });
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toBeNull();
  });

  test("a large request fails with GeneralException on a host that answers so (office-js #1314, #1012), changing nothing", async () => {
    setup({ generalExceptionAboveBytes: 2_000 });
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x".repeat(3_000)]];
        await context.sync();
      })
    );
    expect(code).toBe("GeneralException");
    expect(double.workbook.sheet("Data").cell(0, 0).value).toBe("a");
  });

  test("functions.date(1904, 1, 1) is 1462 in the 1900 date system and 0 in the 1904 one", async () => {
    const probe = (): Promise<unknown> =>
      Excel.run(async (context) => {
        const r = context.workbook.functions.date(1904, 1, 1);
        r.load("value");
        await context.sync();
        return r.value;
      });
    expect(await probe()).toBe(1462);
    double.workbook.date1904 = true;
    expect(await probe()).toBe(0);
  });

  test("worksheet events: added, renamed, deleted call the handlers registered at sync; onNameChanged needs ExcelApi 1.17", async () => {
    const seen: string[] = [];
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const ev of [sheets.onAdded, sheets.onDeleted, sheets.onNameChanged]) {
        ev.add(async (args: { type: string }) => {
          seen.push(args.type);
        });
      }
      await context.sync();
    });
    const wb = double.workbook;
    const s = wb.addSheet("New");
    wb.renameSheet(s, "Renamed");
    wb.deleteSheet(s);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(["WorksheetAdded", "WorksheetNameChanged", "WorksheetDeleted"]);
    setup({ apiVersion: "1.16" });
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.onNameChanged.add(async () => undefined);
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });
});
