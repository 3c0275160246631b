/**
 * Each exported unit carries the revision (stored `updatedAt`) its segment had at export, so an
 * import can tell "changed here since the export" from "unchanged here": only the first needs
 * the translator's choice. XLIFF 2 keeps it in the Metadata module, 1.2 in `extradata`, both
 * places other tools are required to leave alone.
 */
export const revisionCategory = 'bilingual-workspace';
export const revisionMetaType = 'revision';
export const revisionPrefix12 = 'bw-revision:';
