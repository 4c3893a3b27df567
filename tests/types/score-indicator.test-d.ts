/**
 * Type-level tests of `scoreIndicator`: checked by `tsc --noEmit` (the `typecheck` step of the
 * test command), never run. Each `@ts-expect-error` line fails the typecheck if its error
 * disappears, so a signature that loosens is caught.
 */
import { scoreIndicator, type IndicatorDefinition } from '../../src/index.js';

export function typeTests(unknownInput: unknown, catalogueDefinition: IndicatorDefinition): void {
  const ratio = { id: 'x.1', kind: 'ratio', weight: '20', target: '75' } as const;
  const count = { id: 'x.2', kind: 'count', weight: '5', target: '300' } as const;
  const uptime = { id: 'x.3', kind: 'uptime', weight: '10', target: '99' } as const;

  // The input follows the kind.
  scoreIndicator(ratio, { a: '156 710', b: '363 249' });
  scoreIndicator(ratio, { a: 156710, b: null });
  scoreIndicator(count, { a: '225' });
  scoreIndicator(uptime, { downtimeHours: '10', totalHours: 2160 });
  // A value not yet known (parsed JSON) is accepted and checked at run time.
  scoreIndicator(ratio, unknownInput);
  scoreIndicator(catalogueDefinition, unknownInput);
  // A definition of any kind takes the input of one of the kinds.
  scoreIndicator(catalogueDefinition, { a: '1', b: '2' });

  // @ts-expect-error: a fractional number is not an exact decimal (write "0.1")
  scoreIndicator(ratio, { a: 0.1, b: '1' });
  // @ts-expect-error: nor in a count
  scoreIndicator(count, { a: 2.5 });
  // @ts-expect-error: a ratio takes a and b, not the fields of an uptime
  scoreIndicator(ratio, { downtimeHours: '1', totalHours: '2' });
  // @ts-expect-error: b is missing
  scoreIndicator(ratio, { a: '1' });
  // @ts-expect-error: a count takes a only
  scoreIndicator(count, { a: '1', b: '2' });
  // @ts-expect-error: a figure is a string, a safe integer or null, not a boolean
  scoreIndicator(count, { a: true });
  // @ts-expect-error: an unknown kind
  scoreIndicator({ id: 'x.4', kind: 'share', weight: '1', target: '1' }, { a: '1' });
}
