import { describe, expect, it } from 'vitest';
import { readXliff } from '../xliff/readXliff';
import { decodeXmlBytes } from './decodeXml';

const xliff = (declaration: string) =>
  `${declaration}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>產業互聯網</source><target>industrial internet</target></trans-unit></body></file></xliff>`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be', bom: boolean) => {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
};

describe('decoding an XML file as XML finds its encoding', () => {
  const utf16Declared = xliff('<?xml version="1.0" encoding="UTF-16"?>\n');
  const cases: [string, Uint8Array][] = [
    ['UTF-8 without BOM', utf8(xliff('<?xml version="1.0" encoding="UTF-8"?>\n'))],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(xliff(''))])],
    ['UTF-16 LE with BOM', utf16(utf16Declared, 'le', true)],
    ['UTF-16 BE with BOM', utf16(utf16Declared, 'be', true)],
    ['UTF-16 LE without BOM', utf16(utf16Declared, 'le', false)],
    ['UTF-16 BE without BOM', utf16(utf16Declared, 'be', false)],
    [
      'ISO-8859-1 as declared',
      new Uint8Array([
        ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><x>caf'),
        0xe9,
        ...utf8('</x>'),
      ]),
    ],
  ];
  it.each(cases)('%s', (name, bytes) => {
    const decoded = decodeXmlBytes(bytes);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    if (name.startsWith('ISO')) {
      expect(decoded.text).toContain('<x>café</x>');
      return;
    }
    const read = readXliff(decoded.text);
    expect(read.ok && read.file.units[0]?.source).toBe('產業互聯網');
  });

  const refusals: [string, Uint8Array, Record<string, string>][] = [
    [
      'bytes that are not UTF-8',
      new Uint8Array([...utf8('<x>'), 0xff, 0xfe, 0x41]),
      { code: 'encoding', encoding: 'UTF-8' },
    ],
    [
      'a declaration of UTF-16 over 8-bit bytes',
      utf8('<?xml version="1.0" encoding="UTF-16"?><x/>'),
      { code: 'encoding', encoding: 'UTF-16' },
    ],
    [
      'an encoding no browser reads',
      utf8('<?xml version="1.0" encoding="x-klingon"?><x/>'),
      { code: 'unsupportedEncoding', encoding: 'x-klingon' },
    ],
  ];
  it.each(refusals)('refuses %s, naming the encoding', (_, bytes, problem) => {
    expect(decodeXmlBytes(bytes)).toEqual({ ok: false, problem });
  });
});

describe('entity declarations are refused only where they are declarations', () => {
  const unit = (text: string) =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>字</source><target>${text}</target></trans-unit></body></file></xliff>`;
  it.each([
    ['in CDATA', unit('<![CDATA[<!ENTITY x "y">]]>'), '<!ENTITY x "y">'],
    ['escaped in text', unit('&lt;!ENTITY x "y"&gt;'), '<!ENTITY x "y">'],
    ['in a comment', unit('<!-- <!ENTITY x "y"> -->text'), 'text'],
  ])('reads <!ENTITY %s as what it is', (_, xml, expected) => {
    const read = readXliff(xml);
    expect(read.ok && read.file.units[0]?.translationText).toBe(expected);
  });

  it('refuses a DOCTYPE that declares an entity', () => {
    expect(readXliff(`<!DOCTYPE xliff [<!ENTITY x "lol">]>${unit('&x;')}`)).toEqual({
      ok: false,
      problem: { code: 'entities' },
    });
  });
});
