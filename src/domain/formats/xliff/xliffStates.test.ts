import { describe, expect, it } from 'vitest';
import type { SegmentStatus } from '../../model/segment';
import { readXliff } from './readXliff';

const status = (xml: string): SegmentStatus | undefined => {
  const read = readXliff(xml);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.file.units[0]?.status;
};

describe('XLIFF 1.2 statuses: an explicit state wins over approved', () => {
  const unit = (attributes: string, target: string) =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" datatype="plaintext"><body>
  <trans-unit id="1" ${attributes}><source>你好</source>${target}</trans-unit></body></file></xliff>`;
  const cases: [string, string, string, SegmentStatus][] = [
    [
      'translate-toolkit: approved, state translated',
      'approved="yes"',
      '<target state="translated">Hello</target>',
      'translated',
    ],
    [
      'approved with signed-off',
      'approved="yes"',
      '<target state="signed-off">Hello</target>',
      'reviewed',
    ],
    ['approved with final', 'approved="yes"', '<target state="final">Hello</target>', 'reviewed'],
    ['approved with no state', 'approved="yes"', '<target>Hello</target>', 'reviewed'],
    ['signed-off without approved', '', '<target state="signed-off">Hello</target>', 'reviewed'],
    [
      'approved but needs review',
      'approved="yes"',
      '<target state="needs-review-translation">Hello</target>',
      'draft',
    ],
    ['no state, not approved', '', '<target>Hello</target>', 'draft'],
    ['state new with a translation', '', '<target state="new">Hello</target>', 'draft'],
    [
      'state new with a copy of the source (OmegaT export)',
      '',
      '<target state="new">你好</target>',
      'untranslated',
    ],
    [
      'approved but empty',
      'approved="yes"',
      '<target state="translated"></target>',
      'untranslated',
    ],
    ['no target', '', '', 'untranslated'],
    ['translate="no"', 'translate="no"', '', 'do-not-translate'],
  ];
  it.each(cases)('%s', (_, attributes, target, expected) => {
    expect(status(unit(attributes, target))).toBe(expected);
  });
});

describe('XLIFF 2 statuses: a unit is as far along as its least advanced segment', () => {
  const unit = (segments: string) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u">${segments}</unit></file></xliff>`;
  const cases: [string, string, SegmentStatus][] = [
    [
      'one final segment',
      '<segment state="final"><source>一。</source><target>One.</target></segment>',
      'reviewed',
    ],
    [
      'final and reviewed',
      '<segment state="final"><source>一。</source><target>One.</target></segment><segment state="reviewed"><source>二。</source><target>Two.</target></segment>',
      'reviewed',
    ],
    [
      'final and translated',
      '<segment state="final"><source>一。</source><target>One.</target></segment><segment state="translated"><source>二。</source><target>Two.</target></segment>',
      'translated',
    ],
    [
      'final and a segment without target (partly translated: a draft, never reviewed)',
      '<segment state="final"><source>一。</source><target>One.</target></segment><segment><source>二。</source></segment>',
      'draft',
    ],
    [
      'final and initial with text',
      '<segment state="final"><source>一。</source><target>One.</target></segment><segment state="initial"><source>二。</source><target>Two.</target></segment>',
      'draft',
    ],
    [
      'initial with a copy of the source',
      '<segment state="initial"><source>一。</source><target>一。</target></segment>',
      'untranslated',
    ],
    [
      'our own Draft equal to its source stays a draft',
      '<segment state="initial" subState="bw:draft"><source>5G</source><target>5G</target></segment>',
      'draft',
    ],
  ];
  it.each(cases)('%s', (_, segments, expected) => {
    expect(status(unit(segments))).toBe(expected);
  });
});
