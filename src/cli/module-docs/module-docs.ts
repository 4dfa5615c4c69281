import { MODULES, migrationsFor } from '../../module-registry';
import { collectModuleFacts } from './module-facts';
import { renderModulePage } from './render-module-page';
import { renderOverview } from './render-overview';
import { tableFactsOf } from './table-facts';

/** Every page of `docs/modules/`, by file name, derived from the registered modules. */
export function renderModuleDocs(): Map<string, string> {
  const modules = collectModuleFacts(MODULES);
  const pages = new Map<string, string>([['README.md', renderOverview(modules, tableFactsOf(migrationsFor([]), []))]]);
  for (const module of modules) pages.set(`${module.name}.md`, renderModulePage(module));
  return pages;
}
