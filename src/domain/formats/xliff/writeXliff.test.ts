import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

const options = {
  srcLang: 'zh-Hant',
  convertSource: (text: string) => text,
  termsIn: (source: string) =>
    sampleDocument.glossary.filter((entry) => source.includes(entry.source)),
};

describe('the schema check', () => {
  it('rejects what the schemas forbid (so a pass means something)', async () => {
    const broken = writeXliff2(sampleDocument, options).replace('<gls:term', '<gls:terms');
    expect((await validateXliff(broken, '2.0')).join('\n')).toMatch(/gls:terms|terms/);
    const noSegment = writeXliff12(sampleDocument, options).replace(/<source>[^<]*<\/source>/, '');
    expect(await validateXliff(noSegment, '1.2')).not.toEqual([]);
  });
});

describe('XLIFF 2.0 export', () => {
  const xml = writeXliff2(sampleDocument, options);

  it('is valid against the OASIS core, Glossary and Metadata module schemas', async () => {
    expect(await validateXliff(xml, '2.0')).toEqual([]);
  });

  it('writes units with stable ids, states, notes, headings, do-not-translate and glossary', () => {
    expect(xml).toContain('srcLang="zh-Hant" trgLang="en"');
    expect(xml).toContain('<unit id="s1" type="bw:title">');
    expect(xml).toContain('<segment state="translated" subState="bw:translated">');
    expect(xml).toContain(
      '<target><pc id="1" type="fmt" subType="xlf:b">Industrial</pc> internet &amp; &lt;economy&gt;</target>',
    );
    expect(xml).toContain('<note>Check “term” &amp; co</note>');
    expect(xml).toContain('<unit id="s3" translate="no">');
    expect(xml).toMatch(
      /<mda:metaGroup category="bilingual-workspace"><mda:meta type="revision">\d+<\/mda:meta>/,
    );
    expect(xml).toContain(
      '<gls:term source="preferred">產業互聯網</gls:term><gls:translation>industrial internet</gls:translation>',
    );
  });

  it('is a golden file', async () => {
    await expect(xml).toMatchFileSnapshot('../../../../test/fixtures/golden/sample.xliff2.xlf');
  });
});

describe('XLIFF 1.2 export', () => {
  const xml = writeXliff12(sampleDocument, options);

  it('is valid against the OASIS 1.2 strict schema', async () => {
    expect(await validateXliff(xml, '1.2')).toEqual([]);
  });

  it('writes trans-units with states, notes, translate="no" and <g> formatting', () => {
    expect(xml).toContain(
      '<target state="translated"><g id="1" ctype="bold">Industrial</g> internet',
    );
    expect(xml).toMatch(/<trans-unit id="s3" translate="no" extradata="bw-revision:\d+">/);
    expect(xml).toContain('<note>Check “term” &amp; co</note>');
  });

  it('is a golden file', async () => {
    await expect(xml).toMatchFileSnapshot('../../../../test/fixtures/golden/sample.xliff12.xlf');
  });
});
