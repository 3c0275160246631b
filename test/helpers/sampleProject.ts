import type { NewProject } from '../../src/domain/model/project';
import type { SourceSegment } from '../../src/domain/model/segment';

/** A small project built by hand, independent of the import pipeline. */
export function sampleProject(sources: string[], name = 'Sample'): NewProject {
  const segments: SourceSegment[] = sources.map((source, order) => ({
    id: `s${order + 1}`,
    order,
    kind: order === 0 ? 'heading' : 'paragraph',
    source,
    readings: [],
    sentenceEnds: [source.length],
  }));
  return {
    name,
    sourceLang: 'zh-Hant',
    segments,
    cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
  };
}
