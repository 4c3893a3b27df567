/**
 * The library's writing of traces and located issues, for the pages that show them (the
 * calculator): at hand from the start, as the page's language is (see page-language.ts).
 */
import { WRITER } from '../../../src/output/message-writer.js';
import { provideWriter } from '../../../src/output/messages.js';

provideWriter(WRITER);
