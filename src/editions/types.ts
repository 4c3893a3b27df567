/**
 * The shapes of the catalogue that both editions share.
 *
 * @module
 */

/** The two official languages of the texts. */
export type Language = 'kk' | 'ru';

/** A text in Kazakh and Russian, as printed; `null` where the source lost it. */
export interface BilingualText {
  readonly kk: string | null;
  readonly ru: string | null;
}

/** A note of the data (a register's reason, an edition's note) in English, Kazakh and Russian. */
export interface LocalizedText {
  readonly en: string;
  readonly kk: string;
  readonly ru: string;
}

/** `percent` for `%`; `unit` for `ед.` / `бірл.` (a count or a milestone). */
export type Unit = 'percent' | 'unit';

/** How an indicator is computed, as the decree prints it. */
export type Formula =
  | { readonly type: 'ratio'; readonly numerator: BilingualText; readonly denominator: BilingualText }
  | { readonly type: 'quantitative'; readonly text: BilingualText }
  | { readonly type: 'expression'; readonly expression: string; readonly text: BilingualText };

/** Where a value comes from in the law: the act, its annex, the section (direction or block) and row. */
export interface LegalReference {
  /** E.g. `Order of the Prime Minister No. 124-р of 16.08.2022, annex in the edition of Order No. 170-р of 03.11.2023`. */
  readonly act: string;
  readonly annex: string;
  /** The section's number as printed (`1`, `10`; `0` for the common KPIs of 2025). */
  readonly section: number;
  /** The row's number as printed in its section. */
  readonly row: number;
}

/** A state body. */
export interface Body<Id extends string = string> {
  readonly id: Id;
  readonly name: BilingualText;
  /** Short names where a source prints one (e.g. `ҚР ІІМ`). */
  readonly shortName: BilingualText;
  /** The body's label in the Q1 2024 report's rating chart, if it was rated there. */
  readonly reportLabel: string | null;
}

/** A block of indicators: a direction of the 2023 edition, a ministry's block (or the common KPIs) of 2025. */
export interface Block<Id extends string = string, BodyId extends string = string> {
  readonly id: Id;
  /** The section number printed in the annex (0 for the common KPIs of 2025). */
  readonly no: number;
  /** The body it belongs to; `null` for the common KPIs, which apply to every body. */
  readonly body: BodyId | null;
  readonly title: BilingualText;
}

/** An act of law, as the catalogue cites it. */
export interface ActReference {
  readonly kind: string;
  readonly number: { readonly ru: string; readonly kk: string };
  /** ISO date. */
  readonly date: string;
}

/** An edition of the KPI: the act, its period in force and the years its targets cover. */
export interface EditionInfo<Id extends string = string> {
  readonly id: Id;
  readonly act: ActReference & { readonly title: BilingualText };
  readonly amendedBy: ActReference | null;
  readonly annex: { readonly title: BilingualText };
  readonly inForce: {
    /** ISO date. */
    readonly from: string;
    /** ISO date, or `null` while in force. */
    readonly until: string | null;
    readonly repealedBy: (ActReference & { readonly annex: number }) | null;
  };
  /** What the act repealed, as printed. */
  readonly repeals: readonly BilingualText[];
  readonly years: readonly string[];
  readonly notes: readonly LocalizedText[];
}
