/**
 * A tiny, strict XML well-formedness reader for tests (no XML parser is installed): it walks
 * the text character by character, checks that tags nest and close, that attributes are quoted,
 * and that every `&` starts a known entity. Returns the element tree.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '<') throw new Error(`raw '<' in text near ${at + i}`);
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) throw new Error(`unterminated entity near ${at + i}`);
    const name = raw.slice(i + 1, end);
    if (name in entities) out += entities[name];
    else if (name.startsWith('#') && Number.isInteger(Number(name.slice(1))))
      out += String.fromCodePoint(Number(name.slice(1)));
    else throw new Error(`unknown entity &${name}; near ${at + i}`);
    i = end;
  }
  return out;
}

function isNameChar(ch: string): boolean {
  return (
    (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || '-_:.'.includes(ch)
  );
}

export function parseXml(xml: string): XmlNode {
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    stack.at(-1)!.text += decode(xml.slice(i, textEnd), i);
    if (lt < 0) break;
    i = lt + 1;
    const closing = xml[i] === '/';
    if (closing) i++;
    let name = '';
    while (i < xml.length && isNameChar(xml[i]!)) name += xml[i++];
    if (!name) throw new Error(`tag without a name near ${lt}`);
    const attrs: Record<string, string> = {};
    for (;;) {
      while (xml[i] === ' ' || xml[i] === '\n' || xml[i] === '\t') i++;
      if (xml[i] === '>' || (xml[i] === '/' && xml[i + 1] === '>')) break;
      if (closing) throw new Error(`attributes on a closing tag near ${i}`);
      let attr = '';
      while (i < xml.length && isNameChar(xml[i]!)) attr += xml[i++];
      if (!attr || xml[i] !== '=' || xml[i + 1] !== '"') throw new Error(`malformed attribute near ${i}`);
      const end = xml.indexOf('"', i + 2);
      if (end < 0) throw new Error(`unterminated attribute near ${i}`);
      if (attr in attrs) throw new Error(`duplicate attribute ${attr}`);
      attrs[attr] = decode(xml.slice(i + 2, end), i + 2);
      i = end + 1;
    }
    const selfClosing = xml[i] === '/';
    i += selfClosing ? 2 : 1;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const node: XmlNode = { name, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1) throw new Error('a document has exactly one root element');
  return root.children[0]!;
}
