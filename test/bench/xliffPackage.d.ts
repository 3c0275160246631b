// The `xliff` package ships no types; the bench uses these two functions only.
declare module 'xliff' {
  export interface XliffJs {
    resources: Record<string, Record<string, { source: string; target?: string; note?: string }>>;
    sourceLanguage: string;
    targetLanguage: string;
  }
  export function js2xliff(js: XliffJs): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffJs>;
  const xliff: { js2xliff: typeof js2xliff; xliff2js: typeof xliff2js };
  export default xliff;
}
