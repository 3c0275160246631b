import type { ProjectDocument } from '../../src/domain/project/projectDocument';
import { emptyRichText } from '../../src/domain/model/richText';
import { plainTextToRichText } from '../../src/domain/model/richTextToPlainText';

/** A small project with every feature exports must carry: marks, notes, statuses, a glossary. */
export const sampleDocument: ProjectDocument = {
  project: {
    id: 'p-sample',
    name: 'Sample & <proposal>',
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    segmentCount: 3,
    cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
    createdAt: 0,
    updatedAt: 0,
  },
  segments: [
    {
      projectId: 'p-sample',
      id: 's1',
      order: 0,
      kind: 'heading',
      source: '產業互聯網',
      readings: [],
      sentenceEnds: [5],
      translation: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Industrial', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' internet & <economy>' },
            ],
          },
        ],
      },
      translationText: 'Industrial internet & <economy>',
      notes: plainTextToRichText('Check “term” & co'),
      notesText: 'Check “term” & co',
      status: 'translated',
      updatedAt: 0,
    },
    {
      projectId: 'p-sample',
      id: 's2',
      order: 1,
      kind: 'paragraph',
      source: '數字經濟是發展的高級階段。',
      readings: [],
      sentenceEnds: [13],
      translation: plainTextToRichText('A draft'),
      translationText: 'A draft',
      notes: emptyRichText(),
      notesText: '',
      status: 'draft',
      updatedAt: 0,
    },
    {
      projectId: 'p-sample',
      id: 's3',
      order: 2,
      kind: 'paragraph',
      source: '(免責聲明:本網站內容)',
      readings: [],
      sentenceEnds: [12],
      translation: emptyRichText(),
      translationText: '',
      notes: emptyRichText(),
      notesText: '',
      status: 'do-not-translate',
      updatedAt: 0,
    },
  ],
  glossary: [
    {
      id: 'g1',
      projectId: 'p-sample',
      source: '產業互聯網',
      targets: ['industrial internet'],
      status: 'preferred',
      partOfSpeech: 'noun',
      note: plainTextToRichText('Tencent'),
      noteText: 'Tencent',
      createdAt: 0,
      updatedAt: 0,
    },
  ],
};
