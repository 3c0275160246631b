import { Converter } from 'opencc-js/t2cn';
import { checkWholeProject } from '../../domain/qa/checkWholeProject';
import { perSegmentChecks } from '../../domain/qa/checks';
import { unpackQaSegments } from '../../domain/qa/packedSegments';
import type { WholeProjectRequest, WholeProjectReply } from './wholeProjectCheck';

// A dedicated worker: checking 20,000 segments here leaves the page free to respond. The
// Simplified tables are imported, not loaded lazily, so the worker is one module.
const toSimplified = Converter({ from: 't', to: 'cn' });

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WholeProjectRequest>) => void) | null;
  postMessage: (message: WholeProjectReply) => void;
};

scope.onmessage = (event) => {
  try {
    const { segments, glossary } = event.data;
    const result = checkWholeProject(
      unpackQaSegments(segments),
      glossary,
      toSimplified,
      perSegmentChecks,
    );
    scope.postMessage({ ok: true, result });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : '' });
  }
};
