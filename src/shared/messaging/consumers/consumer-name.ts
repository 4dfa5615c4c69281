/**
 * Event handlers are named `<Intent>On<Fact>Handler` (`IndexProductOnProductCreatedHandler`): what
 * the handler does, on which fact. Its consumer name — the inbox key, the dead-letter owner and the
 * metrics label — is derived from the class name and the module that hosts it: `<module>.<intent>`
 * in kebab case (`search.index-product`). Nobody types it, so it cannot drift from the code.
 */
const HANDLER_NAME = /^([A-Z][A-Za-z0-9]*?)On([A-Z][A-Za-z0-9]*)Handler$/;

const kebab = (pascal: string): string =>
  pascal
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** The consumer name of handler class `className` in `module`; throws when the class breaks the naming rule. */
export function consumerNameOf(module: string, className: string): string {
  const match = HANDLER_NAME.exec(className);
  if (!match) {
    throw new Error(`event handler ${className} of module ${module} must be named <Intent>On<Fact>Handler`);
  }
  return `${module}.${kebab(match[1])}`;
}

/** The module part of a consumer name. */
export function moduleOfConsumer(consumer: string): string {
  return consumer.slice(0, consumer.indexOf('.'));
}
