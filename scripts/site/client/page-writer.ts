/**
 * The library's writing of traces and located issues, for the pages that show them (the
 * calculator); the builder's page, which says its issues without their place, needs none.
 */
import { WRITER } from '../../../src/output/message-writer.js';
import { provideWriter } from '../../../src/output/messages.js';

/** Makes the writing at hand, before the page's first update. */
export function provideWriting(): void {
  provideWriter(WRITER);
}
