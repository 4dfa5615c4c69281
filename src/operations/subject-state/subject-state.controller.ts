import { Controller, Get, Query, Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ApiTag } from '../../shared/http/api-tag.decorator';
import { API_PREFIX } from '../../shared/http/configure-http';
import { PROBLEM_CONTENT_TYPE } from '../../shared/http/problem-details';
import { ProblemException } from '../../shared/http/problem.exception';
import { ApiProblems } from '../../shared/http/problem.schema';
import { UuidParam } from '../../shared/http/uuid-param.decorator';
import { TimelineDeclaration } from '../../shared/modularity/module-definition';
import { StatePart } from '../../shared/modularity/state-part';
import { parseStateAt } from './state-at';
import { StateQueryDto } from './state-query.dto';
import { SubjectStateFold, foldSubjectState, stateDocument } from './subject-state.fold';
import { SubjectStateReader } from './subject-state.reader';
import {
  STATE_PARTS_SCHEMA,
  deletedProblemExample,
  deletedProblemSchema,
  stateDocumentSchema,
} from './subject-state.schema';

const STATE_TAG = 'State at a point in time, reconstructed from stored events only';

const pascal = (kebab: string): string =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * `GET /<resource>/:id/state?at=` for one subject: the parts the modules declare, each folded over
 * the stored events about that subject up to `at`. Built from the declarations, so it names no module,
 * part or field. `…/state/parts` is the same fold per part, for the gateway to merge across services.
 */
export function subjectStateController({ subject, resource }: TimelineDeclaration, parts: readonly StatePart[]): Type {
  const document = stateDocumentSchema(subject, parts);

  @ApiTag('state', STATE_TAG)
  @Controller(resource)
  class SubjectStateController {
    constructor(private readonly reader: SubjectStateReader) {}

    @Get(':id/state')
    @ApiOperation({
      summary: `A ${subject} as it was at a point in time`,
      description:
        `Public. The ${subject} reconstructed from stored events only, as of \`at\` (default now), by the ` +
        'same fold functions the live read models use; `asOf` names the last event that counted. 404 ' +
        `before the ${subject} existed; 410 once it was deleted, with its \`lastState\` (the state right ` +
        'before the deletion) and `deletedAt`.',
    })
    @ApiOkResponse({ description: `The ${subject} at that time`, schema: document })
    @ApiProblems(400, 404)
    @ApiResponse({
      status: 410,
      description: `The ${subject} was deleted by then; the problem carries its last state`,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: deletedProblemSchema(document),
          example: deletedProblemExample(subject, `/${API_PREFIX}/${resource}/:id/state`, document),
        },
      },
    })
    async state(
      @UuidParam('id', `The ${subject}'s id`) id: string,
      @Query() { at }: StateQueryDto,
    ): Promise<Record<string, unknown>> {
      const canonical = id.toLowerCase();
      const fold = await this.fold(canonical, at);
      if (fold.phase === 'not-created') {
        throw new ProblemException({
          status: 404,
          detail: `${subject} ${canonical} did not exist at that time`,
          code: 'state.not-created',
        });
      }
      if (fold.phase === 'deleted' && fold.beforeDeletion) {
        throw new ProblemException({
          status: 410,
          detail: `${subject} ${canonical} had been deleted by then; lastState is its state right before`,
          code: 'state.deleted',
          members: {
            lastState: stateDocument(canonical, fold.beforeDeletion.parts),
            deletedAt: fold.beforeDeletion.deletion,
          },
        });
      }
      return stateDocument(canonical, fold.parts);
    }

    @Get(':id/state/parts')
    @ApiOperation({
      summary: `The ${subject}'s state parts this process folds (for the gateway)`,
      description:
        'Public. Each declared part of the state as of `at`, folded over the events this process stores, ' +
        'with the last event it folded; never 404 or 410. With a database per service the gateway merges ' +
        "these answers into `…/state`; a service that stores none of the subject's events answers initial parts.",
    })
    @ApiOkResponse({ description: 'Every declared part, as this process folds it', schema: STATE_PARTS_SCHEMA })
    @ApiProblems(400)
    async parts(
      @UuidParam('id', `The ${subject}'s id`) id: string,
      @Query() { at }: StateQueryDto,
    ): Promise<Record<string, unknown>> {
      const fold = await this.fold(id.toLowerCase(), at);
      return {
        parts: fold.parts.map(({ part, state, asOf }) => ({
          name: part.name,
          inline: part.inline === true,
          view: part.view(state),
          asOf,
          ...(part.phase && { phase: part.phase(state) }),
        })),
        deletion: fold.beforeDeletion?.deletion ?? null,
      };
    }

    private async fold(id: string, at: string | undefined): Promise<SubjectStateFold> {
      const cutoff = parseStateAt(at);
      return foldSubjectState(parts, await this.reader.events(subject, id, parts, cutoff));
    }
  }
  // Named after its subject, so the OpenAPI operation ids read `<subject>State.state` and `.parts`.
  Object.defineProperty(SubjectStateController, 'name', { value: `${pascal(subject)}StateController` });
  return SubjectStateController;
}
