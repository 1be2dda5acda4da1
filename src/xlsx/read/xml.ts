/**
 * A strict pull scanner over the XML of one package part: start and end tags with their attributes,
 * the text of an element, and nothing else. Pure (no Node APIs), no recursion (100 000 nested
 * elements cost an array, not the call stack).
 *
 * Strict because a damaged part must never pass for a shorter table (docs/cli.md, "Damaged files"):
 * a tag cut off, an end tag that does not match its start, text after the end of the document or a
 * document that ends with elements still open is an {@link XmlError}. Entities are never expanded or
 * fetched: a DOCTYPE is refused (OPC, ECMA-376 Part 2 §8.1.4, forbids DTDs in package parts) and only
 * the five predefined entities and character references are decoded; any other `&name;` is an error.
 * Element and attribute names are matched by their local name, so `x:c` and `c` are the same cell
 * (prefixed SpreadsheetML, strict and transitional namespaces alike).
 */

/** The XML of a part is not well-formed (or uses a DTD): the file is damaged. */
export class XmlError extends Error {}

export const EOF = 0;
export const START = 1;
export const END = 2;
export type Token = typeof EOF | typeof START | typeof END;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const COLON = 58;
const AMP = 38;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** A name may not start with a digit, `-`, `.` or be empty (the rest is not checked: speed). */
const badNameStart = (c: number): boolean =>
  Number.isNaN(c) ||
  (c >= 48 && c <= 57) ||
  c === 45 ||
  c === 46 ||
  isSpace(c) ||
  c === GT ||
  c === SLASH ||
  c === EQUALS;

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Decode the references in text or an attribute value; anything but the predefined entities and character references is an error. */
export function decodeXml(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlError("bad reference");
    const ref = s.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = ref.slice(hex ? 2 : 1);
      if (digits === "" || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
        throw new XmlError("bad character reference");
      const code = Number.parseInt(digits, hex ? 16 : 10);
      const allowed =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) throw new XmlError("bad character reference");
      decoded = String.fromCodePoint(code);
    } else {
      decoded = PREDEFINED[ref];
      if (decoded === undefined) throw new XmlError("undeclared entity");
    }
    out += s.slice(from, amp) + decoded;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

/** Line ends as an XML parser reports them (XML 1.0 §2.11). */
function normaliseLineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

export class XmlScanner {
  /** The current token's local name (prefix removed) and its full name. */
  name = "";
  qname = "";
  /** The current start tag ends with `/>`. */
  selfClosing = false;
  /** Position of the current tag's `<` and just after its `>`. */
  start = 0;
  end = 0;
  private pos = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private attrCount = 0;
  private readonly attrNames: string[] = [];
  private readonly attrFrom: number[] = [];
  private readonly attrTo: number[] = [];

  constructor(readonly xml: string) {}

  /** Elements open around the current position. */
  get depth(): number {
    return this.stack.length;
  }

  /** The next start or end tag (comments, processing instructions and text skipped), or EOF at a complete document's end. */
  next(): Token {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        if (this.stack.length > 0 || !this.rootSeen) throw new XmlError("document ends early");
        if (xml.slice(this.pos).trim() !== "") throw new XmlError("text after the document");
        this.pos = xml.length;
        return EOF;
      }
      if (this.stack.length === 0 && this.rootSeen && xml.slice(this.pos, lt).trim() !== "")
        throw new XmlError("text after the document");
      const c = xml.charCodeAt(lt + 1);
      if (c === BANG || c === QUESTION) {
        this.pos = this.skipSpecial(lt, false);
        continue;
      }
      return this.tag(lt);
    }
  }

  /** Skip a comment, PI or CDATA at `lt`; returns the position after it. CDATA is only allowed inside elements. */
  private skipSpecial(lt: number, inText: boolean): number {
    const xml = this.xml;
    if (xml.charCodeAt(lt + 1) === QUESTION) {
      const e = xml.indexOf("?>", lt + 2);
      if (e < 0) throw new XmlError("unterminated processing instruction");
      return e + 2;
    }
    if (xml.startsWith("<!--", lt)) {
      const e = xml.indexOf("-->", lt + 4);
      if (e < 0) throw new XmlError("unterminated comment");
      return e + 3;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      if (this.stack.length === 0 && !inText)
        throw new XmlError("CDATA outside the document element");
      const e = xml.indexOf("]]>", lt + 9);
      if (e < 0) throw new XmlError("unterminated CDATA");
      return e + 3;
    }
    // <!DOCTYPE …> and anything else: entities are never declared, expanded or fetched.
    throw new XmlError("DTD or unknown declaration");
  }

  /** Read the tag starting at `lt`. */
  private tag(lt: number): Token {
    const xml = this.xml;
    const len = xml.length;
    const closing = xml.charCodeAt(lt + 1) === SLASH;
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    if (badNameStart(xml.charCodeAt(i))) throw new XmlError("bad element name");
    let local = i;
    for (; i < len; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === COLON) local = i + 1;
      else if (isSpace(ch) || ch === GT || ch === SLASH) break;
      else if (ch === LT || ch === EQUALS || ch === DQUOTE || ch === SQUOTE)
        throw new XmlError("bad element name");
    }
    if (i >= len) throw new XmlError("tag cut off");
    const qname = xml.slice(nameStart, i);
    this.qname = qname;
    this.name = local === nameStart ? qname : xml.slice(local, i);
    this.start = lt;
    this.attrCount = 0;
    if (closing) {
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (i >= len) throw new XmlError("tag cut off");
      if (xml.charCodeAt(i) !== GT) throw new XmlError("bad end tag");
      const open = this.stack.pop();
      if (open !== qname) throw new XmlError("end tag does not match");
      this.selfClosing = false;
      this.end = this.pos = i + 1;
      return END;
    }
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError("a second document element");
      this.rootSeen = true;
    }
    // Attributes: name = "value" pairs, each value quoted and free of `<`.
    for (;;) {
      const before = i;
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (i >= len) throw new XmlError("tag cut off");
      const ch = xml.charCodeAt(i);
      if (ch === GT) {
        this.selfClosing = false;
        this.stack.push(qname);
        this.end = this.pos = i + 1;
        return START;
      }
      if (ch === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT)
          throw new XmlError(i + 1 >= len ? "tag cut off" : "bad tag end");
        this.selfClosing = true;
        this.end = this.pos = i + 2;
        return START;
      }
      if (i === before) throw new XmlError("attributes not separated");
      const an = i;
      if (badNameStart(ch)) throw new XmlError("bad attribute name");
      while (i < len) {
        const c2 = xml.charCodeAt(i);
        if (c2 === EQUALS || isSpace(c2)) break;
        if (c2 === GT || c2 === SLASH || c2 === LT || c2 === DQUOTE || c2 === SQUOTE)
          throw new XmlError("bad attribute");
        i++;
      }
      const attrName = xml.slice(an, i);
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS)
        throw new XmlError(i >= len ? "tag cut off" : "attribute without value");
      i++;
      while (i < len && isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== DQUOTE && q !== SQUOTE)
        throw new XmlError(i >= len ? "tag cut off" : "attribute value not quoted");
      const close = xml.indexOf(q === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) throw new XmlError("tag cut off");
      const lt2 = xml.indexOf("<", i + 1);
      if (lt2 >= 0 && lt2 < close) throw new XmlError("< in an attribute value");
      const k = this.attrCount++;
      for (let j = 0; j < k; j++)
        if (this.attrNames[j] === attrName) throw new XmlError("attribute given twice");
      this.attrNames[k] = attrName;
      this.attrFrom[k] = i + 1;
      this.attrTo[k] = close;
      i = close + 1;
    }
  }

  /** The value of the current tag's attribute with this local name (any prefix except `xmlns`), decoded. */
  attr(local: string): string | undefined {
    for (let k = 0; k < this.attrCount; k++) {
      const n = this.attrNames[k];
      if (
        n === local ||
        (n.length > local.length &&
          n.charCodeAt(n.length - local.length - 1) === COLON &&
          n.endsWith(local) &&
          !n.startsWith("xmlns:"))
      ) {
        const raw = this.xml.slice(this.attrFrom[k], this.attrTo[k]);
        return raw.indexOf("&") < 0 ? raw : decodeXml(raw);
      }
    }
    return undefined;
  }

  /** Every attribute of the current tag, by full name, values decoded. */
  attributes(): [string, string][] {
    const out: [string, string][] = [];
    for (let k = 0; k < this.attrCount; k++)
      out.push([this.attrNames[k], decodeXml(this.xml.slice(this.attrFrom[k], this.attrTo[k]))]);
    return out;
  }

  /** The prefix of the current element's name with its colon (`x:`), or "". */
  get prefix(): string {
    return this.qname.length === this.name.length
      ? ""
      : this.qname.slice(0, this.qname.length - this.name.length);
  }

  /** The value of an attribute by its full name (`r:id`, `table:name`). */
  attrQ(qname: string): string | undefined {
    for (let k = 0; k < this.attrCount; k++) {
      if (this.attrNames[k] === qname) {
        const raw = this.xml.slice(this.attrFrom[k], this.attrTo[k]);
        return raw.indexOf("&") < 0 ? raw : decodeXml(raw);
      }
    }
    return undefined;
  }

  /**
   * After a start tag that is not self-closing: the element's own text (CDATA included; the text of
   * child elements left out, but checked) up to its end tag, which is consumed.
   */
  text(): string {
    if (this.selfClosing) return "";
    const xml = this.xml;
    const depth = this.stack.length;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) throw new XmlError("document ends early");
      if (this.stack.length === depth && lt > this.pos)
        out += this.decodeText(xml.slice(this.pos, lt));
      const c = xml.charCodeAt(lt + 1);
      if (c === BANG && xml.startsWith("<![CDATA[", lt)) {
        const e = this.skipSpecial(lt, true);
        if (this.stack.length === depth) out += normaliseLineEnds(xml.slice(lt + 9, e - 3));
        this.pos = e;
        continue;
      }
      if (c === BANG || c === QUESTION) {
        this.pos = this.skipSpecial(lt, true);
        continue;
      }
      const t = this.tag(lt);
      if (t === END && this.stack.length === depth - 1) return out;
    }
  }

  /**
   * Inside an element: the text from here up to the next tag (CDATA included, comments skipped),
   * without consuming that tag — for mixed content such as an OpenDocument paragraph.
   */
  leadingText(): string {
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) throw new XmlError("document ends early");
      if (lt > this.pos) out += this.decodeText(xml.slice(this.pos, lt));
      this.pos = lt;
      const c = xml.charCodeAt(lt + 1);
      if (c !== BANG && c !== QUESTION) return out;
      const e = this.skipSpecial(lt, true);
      if (xml.startsWith("<![CDATA[", lt)) out += normaliseLineEnds(xml.slice(lt + 9, e - 3));
      this.pos = e;
    }
  }

  /** Skip the rest of the current element (after its start tag), checking that it is well-formed. */
  skipElement(): void {
    if (this.selfClosing) return;
    const depth = this.stack.length;
    for (;;) {
      const t = this.next();
      if (t === EOF) throw new XmlError("document ends early");
      if (t === END && this.stack.length === depth - 1) return;
    }
  }

  private decodeText(raw: string): string {
    const s = normaliseLineEnds(raw);
    return s.charCodeAt(0) === AMP || s.indexOf("&") >= 0 ? decodeXml(s) : s;
  }
}
