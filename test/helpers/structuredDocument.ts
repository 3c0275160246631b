import type { Segment, SegmentStatus, SegmentType } from '../../src/domain/model/segment';
import { plainTextToRichText } from '../../src/domain/model/richTextToPlainText';
import { kindOfType } from '../../src/domain/model/segmentType';
import type { ProjectDocument } from '../../src/domain/project/projectDocument';
import { sampleDocument } from './sampleDocument';

function segment(
  order: number,
  type: SegmentType,
  source: string,
  english: string,
  status: SegmentStatus = 'translated',
): Segment {
  return {
    projectId: 'p-structure',
    id: `t${order + 1}`,
    order,
    kind: kindOfType(type),
    type,
    source,
    readings: [],
    sentenceEnds: [source.length],
    translation: plainTextToRichText(english),
    translationText: english,
    notes: plainTextToRichText(''),
    notesText: '',
    status,
    updatedAt: 1_700_000_000_000 + order,
  };
}

/**
 * The proposal's outline with its heading levels set as a translator would set them, a quote,
 * a draft, the glossary of the sample, and the project details filled in.
 */
export const structuredDocument: ProjectDocument = {
  project: {
    id: 'p-structure',
    name: 'Proposal',
    sourceLang: 'zh-Hant',
    targetLang: 'en-GB',
    segmentCount: 8,
    cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    details: {
      title: 'What Ma Huateng proposed on the "industrial internet"',
      translator: 'Lin Wei & co',
      publicationDate: '2026-03-05',
    },
  },
  segments: [
    segment(
      0,
      'title',
      '關于“產業互聯網”,馬化騰兩會建議了啥?',
      'Ma Huateng on the industrial internet',
    ),
    segment(1, 'heading1', '為什么要發展產業互聯網?', 'Why develop the industrial internet?'),
    segment(
      2,
      'paragraph',
      '產業互聯網是數字經濟的高級階段。',
      'The industrial internet is an advanced stage.',
    ),
    segment(3, 'heading2', '六大建議', 'Six proposals'),
    segment(4, 'heading3', '數字免疫系統', 'Digital immune system'),
    segment(5, 'quote', '“科技向善”', '“Tech for good”'),
    segment(6, 'paragraph', '加快推進工業互聯網創新發展。', 'Speed up <the> work', 'draft'),
    segment(7, 'heading1', '建議一', 'Proposal 1 & more'),
  ],
  glossary: sampleDocument.glossary.map((entry) => ({ ...entry, projectId: 'p-structure' })),
};
