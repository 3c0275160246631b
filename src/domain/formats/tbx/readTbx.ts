import { isPartOfSpeech, type TermStatus } from '../../glossary/glossaryEntry';
import {
  maxGlossaryCharacters,
  type GlossaryImport,
  type GlossaryRecord,
} from '../../glossary/glossaryRecord';
import { parseXml, type XmlElement } from '../xml/parseXml';

const tbx2019 = 'urn:iso:std:iso:30042:ed-2';

/**
 * Reads TBX in the <martif> form (TBX-Basic 2008, what most tools write) and in the TBX 2019
 * form (<tbx xmlns="urn:iso:std:iso:30042:ed-2">). Chinese language sections give the source
 * term (Traditional preferred), the English section the targets; nothing is written unless every
 * entry can be read.
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
  const termName = isMartif ? 'tig' : 'termSec';
  const records: GlossaryRecord[] = [];
  const entries = elements(root, entryName);
  for (const [index, entry] of entries.entries()) {
    const id = entry.getAttribute('id');
    const languages = children(entry, langName);
    const chinese = languages
      .filter((section) => language(section).startsWith('zh'))
      .sort((a, b) => rank(language(a)) - rank(language(b)));
    const english = languages.filter((section) => language(section).startsWith('en'));
    const sourceTerm = chinese.flatMap((section) => children(section, termName))[0];
    const source = sourceTerm ? childText(sourceTerm, 'term') : '';
    if (!source) return { ok: false, problem: { code: 'noSourceTerm', entry: index + 1, id } };
    const targetTerms = english.flatMap((section) => children(section, termName));
    const targets = targetTerms.map((term) => childText(term, 'term')).filter(Boolean);
    if (targets.length === 0) {
      return { ok: false, problem: { code: 'noTargetTerm', entry: index + 1, id } };
    }
    const statuses = targetTerms.map((term) => termNote(term, 'administrativeStatus'));
    const partOfSpeech = sourceTerm ? termNote(sourceTerm, 'partOfSpeech') : '';
    records.push({
      source,
      targets,
      status: statusFrom(statuses),
      partOfSpeech: isPartOfSpeech(partOfSpeech) ? partOfSpeech : null,
      noteText: notesOf(entry),
    });
  }
  return { ok: true, records };
}

function statusFrom(statuses: string[]): TermStatus {
  const forbidden = (status: string) =>
    /deprecated|superseded|forbidden|notRecommended/i.test(status);
  if (statuses.length > 0 && statuses.every(forbidden)) return 'forbidden';
  if (/preferred/i.test(statuses[0] ?? 'preferred') || statuses[0] === '') return 'preferred';
  return 'admitted';
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

function termNote(parent: XmlElement, type: string): string {
  const note = children(parent, 'termNote').find(
    (element) => element.getAttribute('type') === type,
  );
  return (note?.textContent ?? '').trim();
}

function notesOf(entry: XmlElement): string {
  const notes = [
    ...children(entry, 'note'),
    ...children(entry, 'descrip').filter(
      (element) => element.getAttribute('type') === 'definition',
    ),
  ];
  return notes
    .map((note) => (note.textContent ?? '').trim())
    .filter(Boolean)
    .join('\n');
}
