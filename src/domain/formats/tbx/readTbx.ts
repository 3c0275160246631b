import { isPartOfSpeech, type TermStatus } from '../../glossary/glossaryEntry';
import {
  maxGlossaryCharacters,
  type GlossaryImport,
  type GlossaryRecord,
} from '../../glossary/glossaryRecord';
import { parseXml, type XmlElement } from '../xml/parseXml';

const tbx2019 = 'urn:iso:std:iso:30042:ed-2';

/**
 * Reads TBX in the <martif> form (TBX-Basic 2008, what most tools write; terms in <tig> or
 * <ntig>) and in the TBX 2019 form (<tbx xmlns="urn:iso:std:iso:30042:ed-2">, DCA with
 * <termNote type="…"> or DCT with <basic:administrativeStatus>). Chinese language sections give
 * the source terms (the Traditional section preferred; every term of it becomes an entry), the
 * English section the targets, grouped by their own status: deprecated and superseded renderings
 * become a forbidden entry of their own. An entry without English is kept as a source-only term
 * and reported; nothing is written unless every entry can be read.
 */
export function readTbx(xml: string): GlossaryImport {
  // Tighter than parseXml's own limit, which at XML parsing speed would be a long freeze.
  if (xml.length > maxGlossaryCharacters) return { ok: false, problem: { code: 'tooLarge' } };
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  const isMartif = root.localName === 'martif';
  const isTbx = root.localName === 'tbx' && root.namespaceURI === tbx2019;
  if (!isMartif && !isTbx) return { ok: false, problem: { code: 'notTbx', element: root.name } };

  const entryName = isMartif ? 'termEntry' : 'conceptEntry';
  const langName = isMartif ? 'langSet' : 'langSec';
  const records: GlossaryRecord[] = [];
  const sourceOnly: { entry: number; id: string | null }[] = [];
  const entries = elements(root, entryName);
  for (const [index, entry] of entries.entries()) {
    const id = entry.getAttribute('id');
    const languages = children(entry, langName);
    const chinese = languages
      .filter((section) => language(section).startsWith('zh'))
      .sort((a, b) => rank(language(a)) - rank(language(b)));
    // The other Chinese sections hold the same terms in the other script.
    const sourceTerms = termsOf(chinese[0]).filter((term) => term.text);
    if (sourceTerms.length === 0)
      return { ok: false, problem: { code: 'noSourceTerm', entry: index + 1, id } };
    const targetTerms = languages
      .filter((section) => language(section).startsWith('en'))
      .flatMap(termsOf)
      .filter((term) => term.text);
    const noteText = notesOf(entry);
    const groups = targetGroups(targetTerms);
    if (groups.length === 0) {
      sourceOnly.push({ entry: index + 1, id });
      groups.push({ status: 'preferred', targets: [] });
    }
    for (const sourceTerm of sourceTerms)
      for (const { status, targets } of groups)
        records.push({
          source: sourceTerm.text,
          targets,
          status,
          partOfSpeech: isPartOfSpeech(sourceTerm.partOfSpeech) ? sourceTerm.partOfSpeech : null,
          noteText,
        });
  }
  return sourceOnly.length > 0 ? { ok: true, records, sourceOnly } : { ok: true, records };
}

interface Term {
  text: string;
  status: TermStatus | null;
  partOfSpeech: string;
}

/**
 * A language section's terms: <tig>/<termSec> hold the term and its notes, <ntig> a <termGrp>
 * with them; the status may be a TBX-Basic administrativeStatus or normativeAuthorization
 * termNote, or a DCT element such as <basic:administrativeStatus>.
 */
function termsOf(section: XmlElement | undefined): Term[] {
  if (!section) return [];
  return section.elements().flatMap((holder): Term[] => {
    if (!['tig', 'ntig', 'termSec'].includes(holder.localName)) return [];
    const groups = [holder, ...children(holder, 'termGrp')];
    const text = groups.map((group) => childText(group, 'term')).find(Boolean) ?? '';
    const value = (type: string) =>
      groups.map((group) => termNote(group, type)).find(Boolean) ?? '';
    return [
      {
        text,
        status: statusOf(value('administrativeStatus') || value('normativeAuthorization')),
        partOfSpeech: value('partOfSpeech'),
      },
    ];
  });
}

function statusOf(value: string): TermStatus | null {
  if (/deprecated|superseded|forbidden|notRecommended|obsolete/i.test(value)) return 'forbidden';
  if (/preferred/i.test(value)) return 'preferred';
  if (/admitted|standardized|legal/i.test(value)) return 'admitted';
  return null;
}

/**
 * English terms as glossary records: the good renderings (preferred first) in one, the forbidden
 * ones in another, so a deprecated synonym is never offered as a translation.
 */
function targetGroups(terms: Term[]): { status: TermStatus; targets: string[] }[] {
  const good = terms.filter((term) => term.status !== 'forbidden');
  const forbidden = terms.filter((term) => term.status === 'forbidden');
  const groups: { status: TermStatus; targets: string[] }[] = [];
  if (good.length > 0) {
    const preferred = good.filter((term) => term.status === 'preferred' || term.status === null);
    const ordered = [...preferred, ...good.filter((term) => !preferred.includes(term))];
    groups.push({
      status: (ordered[0]?.status ?? 'preferred') === 'admitted' ? 'admitted' : 'preferred',
      targets: unique(ordered.map((term) => term.text)),
    });
  }
  if (forbidden.length > 0)
    groups.push({ status: 'forbidden', targets: unique(forbidden.map((term) => term.text)) });
  return groups;
}

function unique(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) === index);
}

function rank(lang: string): number {
  const lower = lang.toLowerCase();
  if (lower.includes('hant') || lower.endsWith('-tw') || lower.endsWith('-hk')) return 0;
  return lower === 'zh' ? 1 : 2;
}

function language(element: XmlElement): string {
  return (
    element.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ||
    element.getAttribute('xml:lang') ||
    ''
  ).toLowerCase();
}

function elements(root: XmlElement, name: string): XmlElement[] {
  return root.descendants('*', name);
}

function children(parent: XmlElement, name: string): XmlElement[] {
  return parent.elements(undefined, name);
}

function childText(parent: XmlElement, name: string): string {
  return (children(parent, name)[0]?.textContent ?? '').trim();
}

/** A termNote of a type (DCA: <termNote type="x">) or its DCT element (<basic:x>). */
function termNote(parent: XmlElement, type: string): string {
  const note =
    children(parent, 'termNote').find((element) => element.getAttribute('type') === type) ??
    children(parent, type)[0];
  return (note?.textContent ?? '').trim();
}

/**
 * Definitions and notes at every level of an entry (entry, language, term, and inside
 * <descripGrp>), each once, in document order.
 */
function notesOf(entry: XmlElement): string {
  const notes: string[] = [];
  const visit = (element: XmlElement) => {
    for (const child of element.elements()) {
      const isNote =
        child.localName === 'note' ||
        child.localName === 'definition' ||
        (child.localName === 'descrip' && child.getAttribute('type') === 'definition');
      if (isNote) notes.push((child.textContent ?? '').trim());
      // parseXml bounds the depth, so this recursion is bounded too.
      else visit(child);
    }
  };
  visit(entry);
  return unique(notes.filter(Boolean)).join('\n');
}
