/** A namespace-aware element tree from a strict XML parser (saxes, which ExcelJS brings along). */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Local name, e.g. `Url` for `bt:Url`. */
  readonly local: string;
  readonly uri: string;
  /** Attributes by their name as written (`DefaultValue`, `xsi:type`). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parse a document; throws on anything not well-formed. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(source).close();
  if (failure) throw failure;
  if (root === null) throw new Error("no root element");
  return root;
}

/** Children with this local name. */
export function kids(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** The only child with this local name (throws when absent or repeated). */
export function only(el: XmlElement, local: string): XmlElement {
  const found = kids(el, local);
  if (found.length !== 1) throw new Error(`<${el.local}> has ${found.length} <${local}>`);
  return found[0];
}

/** Every element below (and including) `el`, depth first. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}
