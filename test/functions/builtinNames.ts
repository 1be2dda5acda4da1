/**
 * Names our custom functions must never take: Excel's built-in worksheet functions in English and in
 * Russian (the Russian Excel UI; Kyrgyz Office is a language accessory pack over it), the Excel 4.0
 * macro functions Office's naming guide warns about, and cell references. Compared after folding
 * case and ё → е, so `СЧЕТЕСЛИ` collides with `СЧЁТЕСЛИ`.
 */

export const EXCEL_BUILTINS_EN: readonly string[] = `
ABS ACCRINT ACCRINTM ACOS ACOSH ACOT ACOTH ADDRESS AGGREGATE AMORDEGRC AMORLINC AND ARABIC AREAS ARRAYTOTEXT ASC ASIN
ASINH ATAN ATAN2 ATANH AVEDEV AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS BAHTTEXT BASE BESSELI BESSELJ BESSELK BESSELY
BETADIST BETA.DIST BETAINV BETA.INV BIN2DEC BIN2HEX BIN2OCT BINOMDIST BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND
BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CALL CEILING CEILING.MATH CEILING.PRECISE CELL CHAR CHIDIST CHIINV CHITEST
CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSE CHOOSECOLS CHOOSEROWS CLEAN CODE COLUMN COLUMNS COMBIN
COMBINA COMPLEX CONCAT CONCATENATE CONFIDENCE CONFIDENCE.NORM CONFIDENCE.T CONVERT COPILOT CORREL COS COSH COT COTH COUNT
COUNTA COUNTBLANK COUNTIF COUNTIFS COUPDAYBS COUPDAYS COUPDAYSNC COUPNCD COUPNUM COUPPCD COVAR COVARIANCE.P COVARIANCE.S
CRITBINOM CSC CSCH CUBEKPIMEMBER CUBEMEMBER CUBEMEMBERPROPERTY CUBERANKEDMEMBER CUBESET CUBESETCOUNT CUBEVALUE CUMIPMT
CUMPRINC DATE DATEDIF DATEVALUE DAVERAGE DAY DAYS DAYS360 DB DBCS DCOUNT DCOUNTA DDB DEC2BIN DEC2HEX DEC2OCT DECIMAL
DEGREES DELTA DETECTLANGUAGE DEVSQ DGET DISC DMAX DMIN DOLLAR DOLLARDE DOLLARFR DPRODUCT DROP DSTDEV DSTDEVP DSUM
DURATION DVAR DVARP EDATE EFFECT ENCODEURL EOMONTH ERF ERF.PRECISE ERFC ERFC.PRECISE ERROR.TYPE EUROCONVERT EVEN EXACT
EXP EXPAND EXPON.DIST EXPONDIST FACT FACTDOUBLE FALSE F.DIST FDIST F.DIST.RT FIELDVALUE FILTER FILTERXML FIND FINDB
F.INV FINV F.INV.RT FISHER FISHERINV FIXED FLOOR FLOOR.MATH FLOOR.PRECISE FORECAST FORECAST.ETS FORECAST.ETS.CONFINT
FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT FREQUENCY F.TEST FTEST FV FVSCHEDULE GAMMA
GAMMA.DIST GAMMADIST GAMMA.INV GAMMAINV GAMMALN GAMMALN.PRECISE GAUSS GCD GEOMEAN GESTEP GETPIVOTDATA GROUPBY GROWTH
HARMEAN HEX2BIN HEX2DEC HEX2OCT HLOOKUP HOUR HSTACK HYPERLINK HYPGEOM.DIST HYPGEOMDIST IF IFERROR IFNA IFS IMABS IMAGE
IMAGINARY IMARGUMENT IMCONJUGATE IMCOS IMCOSH IMCOT IMCSC IMCSCH IMDIV IMEXP IMLN IMLOG10 IMLOG2 IMPOWER IMPRODUCT
IMREAL IMSEC IMSECH IMSIN IMSINH IMSQRT IMSUB IMSUM IMTAN INDEX INDIRECT INFO INT INTERCEPT INTRATE IPMT IRR ISBLANK
ISERR ISERROR ISEVEN ISFORMULA ISLOGICAL ISNA ISNONTEXT ISNUMBER ISODD ISOMITTED ISOWEEKNUM ISPMT ISREF ISTEXT JIS KURT
LAMBDA LARGE LCM LEFT LEFTB LEN LENB LET LINEST LN LOG LOG10 LOGEST LOGINV LOGNORM.DIST LOGNORMDIST LOGNORM.INV LOOKUP
LOWER MAKEARRAY MAP MATCH MAX MAXA MAXIFS MDETERM MDURATION MEDIAN MID MIDB MIN MINA MINIFS MINUTE MINVERSE MIRR MMULT
MOD MODE MODE.MULT MODE.SNGL MONTH MROUND MULTINOMIAL MUNIT N NA NEGBINOM.DIST NEGBINOMDIST NETWORKDAYS NETWORKDAYS.INTL
NOMINAL NORM.DIST NORMDIST NORMINV NORM.INV NORM.S.DIST NORMSDIST NORM.S.INV NORMSINV NOT NOW NPER NPV NUMBERVALUE
OCT2BIN OCT2DEC OCT2HEX ODD ODDFPRICE ODDFYIELD ODDLPRICE ODDLYIELD OFFSET OR PDURATION PEARSON PERCENTILE
PERCENTILE.EXC PERCENTILE.INC PERCENTOF PERCENTRANK PERCENTRANK.EXC PERCENTRANK.INC PERMUT PERMUTATIONA PHI PHONETIC PI
PIVOTBY PMT POISSON POISSON.DIST POWER PPMT PRICE PRICEDISC PRICEMAT PROB PRODUCT PROPER PV PY QUARTILE QUARTILE.EXC
QUARTILE.INC QUOTIENT RADIANS RAND RANDARRAY RANDBETWEEN RANK RANK.AVG RANK.EQ RATE RECEIVED REDUCE REGEXEXTRACT
REGEXREPLACE REGEXTEST REGISTER.ID REPLACE REPLACEB REPT RIGHT RIGHTB ROMAN ROUND ROUNDDOWN ROUNDUP ROW ROWS RRI RSQ RTD
SCAN SEARCH SEARCHB SEC SECH SECOND SEQUENCE SERIESSUM SHEET SHEETS SIGN SIN SINH SKEW SKEW.P SLN SLOPE SMALL SORT
SORTBY SQRT SQRTPI STANDARDIZE STDEV STDEVA STDEVP STDEVPA STDEV.P STDEV.S STEYX STOCKHISTORY SUBSTITUTE SUBTOTAL SUM
SUMIF SUMIFS SUMPRODUCT SUMSQ SUMX2MY2 SUMX2PY2 SUMXMY2 SWITCH SYD T TAKE TAN TANH TBILLEQ TBILLPRICE TBILLYIELD T.DIST
T.DIST.2T T.DIST.RT TDIST TEXT TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TIME TIMEVALUE T.INV T.INV.2T TINV TOCOL TODAY
TOROW TRANSLATE TRANSPOSE TREND TRIM TRIMMEAN TRIMRANGE TRUE TRUNC T.TEST TTEST TYPE UNICHAR UNICODE UNIQUE UPPER VALUE
VALUETOTEXT VAR VARA VARP VARPA VAR.P VAR.S VDB VLOOKUP VSTACK WEBSERVICE WEEKDAY WEEKNUM WEIBULL WEIBULL.DIST WORKDAY
WORKDAY.INTL WRAPCOLS WRAPROWS XIRR XLOOKUP XMATCH XNPV XOR YEAR YEARFRAC YIELD YIELDDISC YIELDMAT Z.TEST ZTEST
`
  .split(/\s+/)
  .filter(Boolean);

/** Excel's Russian names (ru-RU), including those that sound like ours: СЧЁТ…, ТИП, ДАТА…, ПРОЦЕНТ…. */
export const EXCEL_BUILTINS_RU: readonly string[] = `
ABS АДРЕС АГРЕГАТ И ОБЛАСТИ СРЗНАЧ СРЗНАЧА СРЗНАЧЕСЛИ СРЗНАЧЕСЛИМН ОКРВВЕРХ ОКРВВЕРХ.МАТ ОКРВВЕРХ.ТОЧН ЯЧЕЙКА СИМВОЛ
ВЫБОР ВЫБОРСТОЛБЦ ВЫБОРСТРОК ПЕЧСИМВ КОДСИМВ СТОЛБЕЦ ЧИСЛСТОЛБ ЧИСЛКОМБ ЧИСЛКОМБА СЦЕП СЦЕПИТЬ КОРРЕЛ СЧЁТ СЧЁТЗ
СЧИТАТЬПУСТОТЫ СЧЁТЕСЛИ СЧЁТЕСЛИМН ДАТА РАЗНДАТ ДАТАЗНАЧ ДЕНЬ ДНИ ДНЕЙ360 ГРАДУСЫ РУБЛЬ ДАТАМЕС КОНМЕСЯЦА ТИП.ОШИБКИ ЧЁТН
СОВПАД ФАКТР ДВФАКТР ЛОЖЬ ФИЛЬТР ФИЛЬТР.XML НАЙТИ НАЙТИБ ФИКСИРОВАННЫЙ ОКРВНИЗ ОКРВНИЗ.МАТ ОКРВНИЗ.ТОЧН ПРЕДСКАЗ
ПРЕДСКАЗ.ETS ПРЕДСКАЗ.ЛИНЕЙН Ф.ТЕКСТ ЧАСТОТА БС БЗРАСПИС НОД ПОЛУЧИТЬ.ДАННЫЕ.СВОДНОЙ.ТАБЛИЦЫ РОСТ ГПР ЧАС ГИПЕРССЫЛКА
ЕСЛИ ЕСЛИОШИБКА ЕСНД ЕСЛИМН ИНДЕКС ДВССЫЛ ИНФОРМ ЦЕЛОЕ ОТРЕЗОК ИНОРМА ПРПЛТ ВСД ЕПУСТО ЕОШ ЕОШИБКА ЕЧЁТН ЕФОРМУЛА ЕЛОГИЧ
ЕНД ЕНЕТЕКСТ ЕЧИСЛО ЕНЕЧЁТ ЕССЫЛКА ЕТЕКСТ ЕПРОПУЩЕНО НОМНЕДЕЛИ.ISO НАИБОЛЬШИЙ НОК ЛЕВСИМВ ЛЕВБ ДЛСТР ДЛИНБ ЛИНЕЙН ЛГРФПРИБЛ
ПРОСМОТР СТРОЧН ПОИСКПОЗ МАКС МАКСА МАКСЕСЛИ МЕДИАНА ПСТР ПСТРБ МИН МИНА МИНЕСЛИ МИНУТЫ ОСТАТ МОДА МОДА.ОДН МОДА.НСК
МЕСЯЦ ОКРУГЛТ МУЛЬТИНОМ МЕДИН МОПРЕД МОБР МУМНОЖ Ч НД ЧИСТРАБДНИ ЧИСТРАБДНИ.МЕЖД НОМИНАЛ НЕ ТДАТА КПЕР ЧПС ЧЗНАЧ НЕЧЁТ
СМЕЩ ИЛИ ПЕРСЕНТИЛЬ ПРОЦЕНТИЛЬ.ВКЛ ПРОЦЕНТИЛЬ.ИСКЛ ПРОЦЕНТРАНГ ПРОЦЕНТРАНГ.ВКЛ ПРОЦЕНТРАНГ.ИСКЛ ПРОЦЕНТОТ ПЕРЕСТ ПИ ПЛТ
СТЕПЕНЬ ОСПЛТ ПРОИЗВЕД ПРОПНАЧ ПС КВАРТИЛЬ КВАРТИЛЬ.ВКЛ КВАРТИЛЬ.ИСКЛ ЧАСТНОЕ РАДИАНЫ СЛЧИС СЛМАССИВ СЛУЧМЕЖДУ РАНГ
РАНГ.РВ РАНГ.СР СТАВКА ЗАМЕНИТЬ ЗАМЕНИТЬБ ПОВТОР ПРАВСИМВ ПРАВБ РИМСКОЕ АРАБСКОЕ ОКРУГЛ ОКРУГЛВНИЗ ОКРУГЛВВЕРХ СТРОКА ЧСТРОК
ПОИСК ПОИСКБ СЕКУНДЫ ПОСЛЕДОВ ЛИСТ ЛИСТЫ ЗНАК НАИМЕНЬШИЙ СОРТ СОРТПО КОРЕНЬ КОРЕНЬПИ СТАНДОТКЛОН СТАНДОТКЛОНА
СТАНДОТКЛОНП СТАНДОТКЛОНПА СТАНДОТКЛОН.В СТАНДОТКЛОН.Г ПОДСТАВИТЬ ПРОМЕЖУТОЧНЫЕ.ИТОГИ СУММ СУММЕСЛИ СУММЕСЛИМН СУММПРОИЗВ
СУММКВ СУММРАЗНКВ СУММСУММКВ СУММКВРАЗН ПЕРЕКЛЮЧ Т ТЕКСТ ТЕКСТРАЗД ТЕКСТДО ТЕКСТПОСЛЕ ОБЪЕДИНИТЬ ВРЕМЯ ВРЕМЗНАЧ СЕГОДНЯ
ТРАНСП ТЕНДЕНЦИЯ СЖПРОБЕЛЫ УРЕЗСРЕДНЕЕ ИСТИНА ОТБР ТИП УНИК ПРОПИСН ЗНАЧЕН ЗНАЧЕНИЕВТЕКСТ МАССИВВТЕКСТ ДИСП ДИСПА ДИСПР
ДИСПРА ДИСП.В ДИСП.Г ВПР ДЕНЬНЕД НОМНЕДЕЛИ РАБДЕНЬ РАБДЕНЬ.МЕЖД ПРОСМОТРX ПОИСКПОЗX ИСКЛИЛИ ГОД ДОЛЯГОДА ВСТОЛБИК
ГСТОЛБИК ПОСТОЛБЦ ПОСТРОК ВЗЯТЬ СБРОСИТЬ РАЗВЕРНУТЬ СВЕРНСТОЛБ СВЕРНСТРОК ГРУППИРОВАТЬПО СВОДНАЯПО БДСУММ БСЧЁТ БСЧЁТА
БИЗВЛЕЧЬ ДСРЗНАЧ ДМАКС ДМИН БДПРОИЗВЕД ДСТАНДОТКЛ ДСТАНДОТКЛП БДДИСП БДДИСПП АПЛ АСЧ ДДОБ ФУО МВСД ЧИСТВНДОХ ЧИСТНЗ ЭФФЕКТ
ПРЕОБР КОДИР.URL ВЕБСЛУЖБА ИЗОБРАЖЕНИЕ ИСТОРИЯАКЦИЙ СРГЕОМ СРГАРМ СРОТКЛ КВАДРОТКЛ ЭКСЦЕСС СКОС НАКЛОН КВПИРСОН ПИРСОН
СТОШYX КОВАР КОВАРИАЦИЯ.Г КОВАРИАЦИЯ.В ОСНОВАНИЕ ДЕС ЮНИСИМВ БАТТЕКСТ РЯД.СУММ ДРВ ПЕРЕВЕСТИ ОПРЕДЕЛИТЬЯЗЫК ОБРЕЗАТЬДИАПАЗОН
ДОВЕРИТ ДОВЕРИТ.НОРМ ДОВЕРИТ.СТЬЮДЕНТ НОРМРАСП НОРМ.РАСП НОРМОБР НОРМ.ОБР НОРМСТРАСП НОРМ.СТ.РАСП СТЬЮДРАСП СТЬЮДЕНТ.РАСП
ХИ2РАСП ХИ2.РАСП ХИ2ТЕСТ ХИ2.ТЕСТ ФРАСП F.РАСП ФТЕСТ F.ТЕСТ ТТЕСТ СТЬЮДЕНТ.ТЕСТ ZТЕСТ Z.ТЕСТ БИНОМРАСП БИНОМ.РАСП ПУАССОН
ПУАССОН.РАСП ЭКСПРАСП ЭКСП.РАСП ГАММАРАСП ГАММА.РАСП ГАММА ГАММАНЛОГ ВЕЙБУЛЛ ВЕЙБУЛЛ.РАСП ФИШЕР ФИШЕРОБР НОРМАЛИЗАЦИЯ ВЕРОЯТНОСТЬ
ЦЕНА ДОХОД НАКОПДОХОД ДЛИТ МДЛИТ СКИДКА ПОЛУЧЕНО
`
  .split(/\s+/)
  .filter(Boolean);

/** Excel 4.0 macro functions (Office's naming guide: avoid them), the usual ones. */
export const EXCEL4_MACRO_NAMES: readonly string[] = `
RUN ECHO ABSREF ACTIVE.CELL ALERT CALLER DOCUMENTS EVALUATE FILES FORMULA GET.CELL GET.DOCUMENT GET.WORKBOOK GET.WORKSPACE
HALT INPUT RETURN SELECTION SET.NAME SET.VALUE STEP VOLATILE WAIT
`
  .split(/\s+/)
  .filter(Boolean);

/** Case and ё folded: how two names are compared. */
export function foldName(name: string): string {
  return name.toLocaleUpperCase("ru").replace(/Ё/g, "Е");
}

/** A1-style (A1 … XFD1048576) or R1C1-style cell reference: Excel would read the name as a cell. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/i.exec(name);
  if (a1) {
    const col = a1[1]
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
    return col <= 16384 && Number(a1[2]) <= 1048576;
  }
  return /^R\d{0,7}C\d{0,5}$/i.test(name);
}

const ALL = new Set(
  [...EXCEL_BUILTINS_EN, ...EXCEL_BUILTINS_RU, ...EXCEL4_MACRO_NAMES].map(foldName)
);

/** The built-in name `name` collides with, if any (also with the namespace prefix stripped). */
export function builtinCollision(name: string): string | null {
  const folded = foldName(name);
  if (ALL.has(folded)) return folded;
  if (looksLikeCellReference(name)) return "a cell reference";
  return null;
}
