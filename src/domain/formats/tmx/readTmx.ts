import { parseXml, type XmlElement, type XmlProblem } from '../xml/parseXml';
import { isChineseTag, isEnglishTag, normaliseLanguageTag } from './tmxLanguages';
import { parseTmxDate } from './tmxDate';

/** One Chinese/English pair of a TMX file, whatever the file's own direction. */
export interface TmxPair {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  /** The `tuid`, when the file gives one. */
  tuid: string | null;
  /** Milliseconds since 1970, from `creationdate`/`changedate` (the tuv's, else the tu's). */
  createdAt: number | null;
  updatedAt: number | null;
  /** The project or file the unit came from, when the file says (our `x-origin` prop). */
  origin: string | null;
}

/** Why units of a readable file were left out: counted, never guessed at. */
export interface TmxSkipped {
  /** No Chinese `<tuv>` (e.g. a German/English unit of a multilingual memory). */
  noChinese: number;
  /** No English `<tuv>`. */
  noEnglish: number;
  /** Chinese or English is there but its text is empty (or only native codes). */
  empty: number;
}

export interface TmxFile {
  creationTool: string;
  srcLang: string;
  pairs: TmxPair[];
  skipped: TmxSkipped;
}

export type TmxProblem =
  | XmlProblem
  | { code: 'notTmx'; element: string }
  | { code: 'noBody' }
  | { code: 'noSeg'; unit: number }
  | { code: 'noPairs'; units: number };

export type TmxRead = { ok: true; file: TmxFile } | { ok: false; problem: TmxProblem };

/**
 * Reads TMX 1.1–1.4b as OmegaT, Trados, memoQ and translate-toolkit write it. Each `<tu>` gives
 * its Chinese and English `<tuv>` (`xml:lang`, or the legacy `lang` of TMX 1.1 and old OmegaT;
 * a `<tuv>` without either takes the header's `srclang`); a unit without both is skipped and
 * counted. Inline markup is reduced to the text a translator reads: native codes (`bpt`, `ept`,
 * `ph`, `it`, `ut`) are dropped except the text of a `<sub>` inside them; `hi` keeps its text.
 * A file that is not TMX, or holds no pair at all, is refused with the reason.
 */
export function readTmx(xml: string): TmxRead {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  if (root.localName !== 'tmx')
    return { ok: false, problem: { code: 'notTmx', element: root.name } };
  const header = root.elements(undefined, 'header')[0];
  const body = root.elements(undefined, 'body')[0];
  if (!body) return { ok: false, problem: { code: 'noBody' } };
  const headerSrcLang = header?.getAttribute('srclang') ?? '';
  // `*all*` means "any tuv may be the source": it names no language a tuv could default to.
  const defaultLang = headerSrcLang === '*all*' ? '' : normaliseLanguageTag(headerSrcLang);
  const headerDates = datesOf(header ?? null);

  const pairs: TmxPair[] = [];
  const skipped: TmxSkipped = { noChinese: 0, noEnglish: 0, empty: 0 };
  const units = body.elements(undefined, 'tu');
  for (const [index, tu] of units.entries()) {
    const variants = tu.elements(undefined, 'tuv').map((tuv) => ({
      tuv,
      lang: normaliseLanguageTag(languageOf(tuv)) || defaultLang,
    }));
    const chinese = pick(
      variants.filter(({ lang }) => isChineseTag(lang)),
      defaultLang,
    );
    const english = pick(
      variants.filter(({ lang }) => isEnglishTag(lang)),
      defaultLang,
    );
    if (!chinese) {
      skipped.noChinese += 1;
      continue;
    }
    if (!english) {
      skipped.noEnglish += 1;
      continue;
    }
    const sourceSeg = chinese.tuv.elements(undefined, 'seg')[0];
    const targetSeg = english.tuv.elements(undefined, 'seg')[0];
    if (!sourceSeg || !targetSeg) return { ok: false, problem: { code: 'noSeg', unit: index + 1 } };
    const source = segText(sourceSeg);
    const target = segText(targetSeg);
    if (source.trim() === '' || target.trim() === '') {
      skipped.empty += 1;
      continue;
    }
    const unitDates = datesOf(tu);
    const targetDates = datesOf(english.tuv);
    const createdAt =
      targetDates.created ??
      unitDates.created ??
      datesOf(chinese.tuv).created ??
      headerDates.created;
    const updatedAt = targetDates.changed ?? unitDates.changed ?? createdAt;
    pairs.push({
      source,
      target,
      sourceLang: chinese.lang,
      targetLang: english.lang,
      tuid: tu.getAttribute('tuid'),
      createdAt,
      updatedAt,
      origin: propOf(tu, 'x-origin'),
    });
  }
  if (pairs.length === 0) return { ok: false, problem: { code: 'noPairs', units: units.length } };
  return {
    ok: true,
    file: {
      creationTool: header?.getAttribute('creationtool') ?? '',
      srcLang: headerSrcLang,
      pairs,
      skipped,
    },
  };
}

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

function languageOf(tuv: XmlElement): string {
  return (
    tuv.getAttributeNS(xmlNamespace, 'lang') ??
    tuv.getAttribute('xml:lang') ??
    tuv.getAttribute('lang') ??
    ''
  );
}

/** Of several Chinese (or English) variants, the one in the header's source language, else the first. */
function pick<T extends { lang: string }>(variants: T[], headerLang: string): T | undefined {
  return (
    variants.find(({ lang }) => lang.toLowerCase() === headerLang.toLowerCase()) ?? variants[0]
  );
}

/** Elements whose content is the native code of another format, not text. */
const nativeCodes: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

function segText(seg: XmlElement): string {
  let text = '';
  const visit = (element: XmlElement, inCode: boolean) => {
    for (const child of element.children) {
      if (child.kind === 'text') {
        if (!inCode) text += child.text;
        continue;
      }
      // Depth is bounded by the parser (maxXmlDepth), so recursion is safe here.
      if (child.localName === 'sub') visit(child, false);
      else visit(child, inCode || nativeCodes.has(child.localName));
    }
  };
  visit(seg, false);
  return text;
}

function datesOf(element: XmlElement | null): { created: number | null; changed: number | null } {
  return {
    created: parseTmxDate(element?.getAttribute('creationdate') ?? ''),
    changed: parseTmxDate(element?.getAttribute('changedate') ?? ''),
  };
}

function propOf(tu: XmlElement, type: string): string | null {
  const prop = tu
    .elements(undefined, 'prop')
    .find((element) => element.getAttribute('type') === type);
  return prop ? prop.textContent : null;
}
