import { beforeAll, describe, expect, it } from 'vitest';
import { loadScriptConverter } from '../../script/convertScript';
import type { GlossaryRecord } from '../../glossary/glossaryRecord';
import { parseXml } from '../xml/parseXml';
import { readTbx } from './readTbx';
import { writeTbx, type TbxScripts } from './writeTbx';

let scripts: TbxScripts;
beforeAll(async () => {
  scripts = {
    toTraditional: await loadScriptConverter('zh-Hant-TW'),
    toSimplified: await loadScriptConverter('zh-Hans'),
  };
});

const records: GlossaryRecord[] = [
  {
    source: '產業互聯網',
    targets: ['industrial internet', 'industrial Internet'],
    status: 'preferred',
    partOfSpeech: 'noun',
    noteText: 'Tencent’s term; not “Internet+”.\nSecond line & <tags>',
  },
  {
    source: '新基建',
    targets: ['new infrastructure'],
    status: 'admitted',
    partOfSpeech: null,
    noteText: '',
  },
  {
    source: '互聯網+',
    targets: ['Internet Plus'],
    status: 'forbidden',
    partOfSpeech: null,
    noteText: '',
  },
];

describe('TBX', () => {
  it('round-trips: the exported file reads back to the same glossary', () => {
    const xml = writeTbx(records, 'Proposal glossary', scripts);
    expect(readTbx(xml)).toEqual({ ok: true, records });
  });

  it('writes well-formed TBX-Basic with both Chinese scripts', () => {
    const xml = writeTbx(records, 'Proposal & co', scripts);
    const parsed = parseXml(xml);
    expect(parsed.ok).toBe(true);
    expect(xml).toContain('<martif type="TBX-Basic"');
    expect(xml).toContain('<langSet xml:lang="zh-Hant"><tig><term>產業互聯網</term>');
    expect(xml).toContain('<langSet xml:lang="zh-Hans"><tig><term>产业互联网</term>');
    expect(xml).toContain('preferredTerm-admn-sts');
    expect(xml).toContain('deprecatedTerm-admn-sts');
  });

  it('reads TBX 2019', () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="zh-Hans"><termSec><term>数字经济</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>digital economy</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(readTbx(xml)).toEqual({
      ok: true,
      records: [
        {
          source: '数字经济',
          targets: ['digital economy'],
          status: 'preferred',
          partOfSpeech: null,
          noteText: '',
        },
      ],
    });
  });

  it.each([
    ['not XML', 'hello', 'notXml'],
    ['a broken tag', '<martif>\n<text><body></martif>', 'notXml'],
    ['another XML format', '<xliff version="2.0"/>', 'notTbx'],
    ['an entity bomb', '<!DOCTYPE x [<!ENTITY a "aaaa">]><martif/>', 'entities'],
    [
      'an entry without a Chinese term',
      '<martif><text><body><termEntry id="e9"><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>',
      'noSourceTerm',
    ],
  ])('rejects %s', (_name, xml, code) => {
    const result = readTbx(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('names the line of a well-formedness error', () => {
    const result = readTbx('<martif>\n<text>\n<body></text></martif>');
    expect(result).toMatchObject({ ok: false, problem: { code: 'notXml', line: 3 } });
  });
});
