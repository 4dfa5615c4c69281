/** An AsyncAPI 3 document as JSON. */
export type AsyncApiJson = Record<string, unknown>;

type Section = Record<string, unknown>;

/** `channels`, `operations` and `components.*` of every document united, the first document's entry winning. */
function unite(documents: readonly AsyncApiJson[], pick: (document: AsyncApiJson) => Section | undefined): Section {
  const merged: Section = {};
  for (const document of documents) {
    for (const [name, value] of Object.entries(pick(document) ?? {})) merged[name] ??= value;
  }
  return merged;
}

/**
 * One AsyncAPI document for the deployment, like the merged OpenAPI document: `info` and `servers`
 * of the first service, and the channels, operations and components of all. Each service describes
 * every event it knows, so the union also covers services answering from different versions during
 * a rolling deployment.
 */
export function mergeAsyncApiDocuments(documents: readonly AsyncApiJson[]): AsyncApiJson {
  const [first] = documents;
  const componentSections = new Set(
    documents.flatMap((document) => Object.keys((document.components as Section | undefined) ?? {})),
  );
  return {
    ...first,
    channels: unite(documents, (document) => document.channels as Section | undefined),
    operations: unite(documents, (document) => document.operations as Section | undefined),
    components: Object.fromEntries(
      [...componentSections].map((section) => [
        section,
        unite(documents, (document) => (document.components as Record<string, Section> | undefined)?.[section]),
      ]),
    ),
  };
}
