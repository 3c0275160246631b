import type { GlossaryRecord } from '../../glossary/glossaryRecord';
import { xmlText as text } from '../xml/escapeXml';

export interface TbxScripts {
  /** The source term in Traditional and in Simplified script (opencc-js in the app). */
  toTraditional: (text: string) => string;
  toSimplified: (text: string) => string;
}

/**
 * TBX-Basic in the <martif> form that OmegaT, memoQ and Trados read: one termEntry per record,
 * the source term in both zh-Hant and zh-Hans language sections (even where the forms are the
 * same, so a tool set to either finds it), the targets in an en section with
 * their administrative status, the note at entry level.
 */
export function writeTbx(
  records: readonly GlossaryRecord[],
  title: string,
  scripts: TbxScripts,
): string {
  const entries = records.map((record, index) => termEntry(record, index, scripts)).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <titleStmt><title>${text(title)}</title></titleStmt>
      <sourceDesc><p>Bilingual workspace</p></sourceDesc>
    </fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
${entries}    </body>
  </text>
</martif>
`;
}

function termEntry(record: GlossaryRecord, index: number, scripts: TbxScripts): string {
  const traditional = scripts.toTraditional(record.source);
  const simplified = scripts.toSimplified(record.source);
  const partOfSpeech = record.partOfSpeech
    ? `<termNote type="partOfSpeech">${text(record.partOfSpeech)}</termNote>`
    : '';
  const chinese = (lang: string, term: string) =>
    `        <langSet xml:lang="${lang}"><tig><term>${text(term)}</term>${partOfSpeech}</tig></langSet>\n`;
  const targets = record.targets
    .map(
      (target, position) =>
        `<tig><term>${text(target)}</term><termNote type="administrativeStatus">${statusOf(record, position)}</termNote></tig>`,
    )
    .join('');
  const note = record.noteText.trim() ? `        <note>${text(record.noteText)}</note>\n` : '';
  return `      <termEntry id="t${index + 1}">
${note}${chinese('zh-Hant', traditional)}${chinese('zh-Hans', simplified)}        <langSet xml:lang="en">${targets}</langSet>
      </termEntry>
`;
}

function statusOf(record: GlossaryRecord, position: number): string {
  if (record.status === 'forbidden') return 'deprecatedTerm-admn-sts';
  if (record.status === 'preferred' && position === 0) return 'preferredTerm-admn-sts';
  return 'admittedTerm-admn-sts';
}
