import { Converter } from 'opencc-js/t2cn';
import { WholeProjectChecker } from '../../domain/qa/checkWholeProject';
import { perSegmentChecks } from '../../domain/qa/checks';
import { unpackQaSegments } from '../../domain/qa/packedSegments';
import type { WholeProjectRequest, WholeProjectReply } from './wholeProjectCheck';

// A dedicated worker: checking 20,000 segments here leaves the page free to respond. The
// Simplified tables are imported, not loaded lazily, so the worker is one module.
const toSimplified = Converter({ from: 't', to: 'cn' });
// Kept between requests: the page sends this worker the same half of the project each time, so
// a glossary's import re-runs the terminology check alone.
const checker = new WholeProjectChecker(toSimplified, perSegmentChecks);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WholeProjectRequest>) => void) | null;
  postMessage: (message: WholeProjectReply) => void;
};

scope.onmessage = (event) => {
  try {
    const { segments, glossary } = event.data;
    const result = checker.check(unpackQaSegments(segments), glossary);
    scope.postMessage({ ok: true, result });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : '' });
  }
};
