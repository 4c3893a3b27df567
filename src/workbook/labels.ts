/**
 * Every text a workbook shows and every message its reader gives, in Kazakh, Russian and English.
 *
 * @module
 */
import type { IndicatorKind } from '../index.js';
import type { TrilingualText } from '../reports/field-meanings.js';

/** A language of the workbook's labels and of the reader's messages. */
export type WorkbookLanguage = 'kk' | 'ru' | 'en';

/** The languages a workbook is written in. */
export const WORKBOOK_LANGUAGES: readonly WorkbookLanguage[] = Object.freeze(['kk', 'ru', 'en']);

/** What a row's state says in its rule cell when the sheet does not score it (see `formulas.ts`). */
export const STATUS_TEXTS = Object.freeze({
  incomplete: {
    en: 'incomplete: fill every figure of the row, or none (no data)',
    ru: 'заполнено не полностью: заполните все значения строки или ни одного (нет данных)',
    kk: 'толық толтырылмаған: жолдың барлық мәнін толтырыңыз немесе ешқайсысын толтырмаңыз (деректер жоқ)',
  },
  text: {
    en: 'a figure typed as text: cdto-kpi reads it, this sheet does not score it (type it as a number)',
    ru: 'значение введено как текст: cdto-kpi его прочтёт, этот лист его не считает (введите число)',
    kk: 'мән мәтін ретінде енгізілген: cdto-kpi оны оқиды, бұл парақ оны есептемейді (сан енгізіңіз)',
  },
  negative: { en: 'a negative figure', ru: 'отрицательное значение', kk: 'теріс мән' },
  wrong: {
    en: 'not a figure, or not a value of the list',
    ru: 'не число или не значение из списка',
    kk: 'сан емес немесе тізімдегі мән емес',
  },
  decimals: { en: 'more than 4 decimals', ru: 'больше 4 знаков после запятой', kk: 'үтірден кейін 4 таңбадан көп' },
  range: {
    en: 'beyond the workbook’s range: written with the row’s decimals, a figure has at most 13 digits, and a / b is below 10^10',
    ru: 'вне пределов книги: записанное с десятичными знаками строки, значение не длиннее 13 цифр, a / b меньше 10^10',
    kk: 'кітаптың шегінен тыс: жолдың ондық таңбаларымен жазылған мән 13 цифрдан аспайды, a / b 10^10-нан кіші',
  },
  inconsistent: {
    en: 'figures that cannot all be true (more failures than items, downtime above the hours, a percentage above 100…): cdto-kpi names which',
    ru: 'значения противоречат друг другу (отказов больше, чем услуг, простой больше периода, процент больше 100…): cdto-kpi укажет, какие',
    kk: 'мәндер бір-біріне қайшы (істен шыққандар жалпы саннан көп, тұралау кезеңнен ұзақ, пайыз 100-ден көп…): cdto-kpi қайсысы екенін көрсетеді',
  },
  mixed: {
    en: 'two forms mixed: give Ia and Ib, or the three counts',
    ru: 'смешаны две формы: укажите Ia и Ib или три количества',
    kk: 'екі нысан араласқан: Ia мен Ib-ні немесе үш санды көрсетіңіз',
  },
} satisfies Record<string, TrilingualText>);

/** The award rules, as the rule cell says them: the library's `at-target`, `proportional` (of a share; of a count), `inverse-proportional`, `done`, `not-done`, `no-data`, `no-target`. */
export const RULE_TEXTS = Object.freeze({
  atTarget: { en: 'at target: W = U', ru: 'цель достигнута: W = U', kk: 'мақсатқа жетті: W = U' },
  proportional: { en: 'below target: W = Z / N × U', ru: 'ниже цели: W = Z / N × U', kk: 'мақсаттан төмен: W = Z / N × U' },
  proportionalCount: { en: 'below target: W = a / N × U', ru: 'ниже цели: W = a / N × U', kk: 'мақсаттан төмен: W = a / N × U' },
  inverse: { en: 'above target (less is better): W = N / Z × U', ru: 'выше цели (чем меньше, тем лучше): W = N / Z × U', kk: 'мақсаттан жоғары (неғұрлым аз, соғұрлым жақсы): W = N / Z × U' },
  done: { en: 'done: W = U', ru: 'выполнено: W = U', kk: 'орындалды: W = U' },
  notDone: { en: 'not done: W = 0', ru: 'не выполнено: W = 0', kk: 'орындалмады: W = 0' },
  noData: { en: 'no data: W = 0', ru: 'нет данных: W = 0', kk: 'деректер жоқ: W = 0' },
  noTarget: { en: 'no target: W = 0 (the weight still counts in Σ U)', ru: 'нет целевого значения: W = 0 (вес учитывается в Σ U)', kk: 'көзделген мән жоқ: W = 0 (салмақ Σ U-ға кіреді)' },
} satisfies Record<string, TrilingualText>);

/** The words of the lists: a milestone done or not, a criterion met or not. */
export const LIST_WORDS = Object.freeze({
  done: { en: 'done', ru: 'выполнено', kk: 'орындалды' },
  notDone: { en: 'not done', ru: 'не выполнено', kk: 'орындалмады' },
  yes: { en: 'yes', ru: 'да', kk: 'иә' },
  no: { en: 'no', ru: 'нет', kk: 'жоқ' },
} satisfies Record<string, TrilingualText>);

/** The two words of a white cell's list: a milestone's done / not done, or a criterion's yes / no. */
export function listWords(milestone: boolean, lang: WorkbookLanguage): readonly [string, string] {
  return milestone ? [LIST_WORDS.done[lang], LIST_WORDS.notDone[lang]] : [LIST_WORDS.yes[lang], LIST_WORDS.no[lang]];
}

/** The column headers and the other labels of a body's sheet. */
export const SHEET_LABELS = Object.freeze({
  no: { en: 'No.', ru: '№', kk: '№' },
  id: { en: 'Indicator', ru: 'Индикатор', kk: 'Индикатор' },
  nameKk: { en: 'Name (Kazakh text)', ru: 'Наименование (текст на казахском)', kk: 'Атауы (қазақша мәтін)' },
  nameRu: { en: 'Name (Russian text)', ru: 'Наименование (текст на русском)', kk: 'Атауы (орысша мәтін)' },
  unit: { en: 'Unit', ru: 'Ед. изм.', kk: 'Өлш. бірл.' },
  kind: { en: 'Kind', ru: 'Вид', kk: 'Түрі' },
  target: { en: 'Target N', ru: 'Целевое значение N', kk: 'Көзделген мән N' },
  weight: { en: 'Weight U', ru: 'Вес U', kk: 'Салмағы U' },
  meaning: { en: 'What to enter in the white cells', ru: 'Что вводить в белые ячейки', kk: 'Ақ ұяшықтарға не енгізу керек' },
  input: { en: 'Figure', ru: 'Значение', kk: 'Мән' },
  share: { en: 'Z, A or S (share), %', ru: 'Z, A или S (доля), %', kk: 'Z, A немесе S (үлес), %' },
  awarded: { en: 'W (awarded)', ru: 'W (начислено)', kk: 'W (берілген)' },
  rule: { en: 'Rule', ru: 'Правило', kk: 'Ереже' },
  noTargetCell: { en: '—', ru: '—', kk: '—' },
  block: { en: 'Block', ru: 'Блок', kk: 'Блок' },
  direction: { en: 'Direction', ru: 'Направление', kk: 'Бағыт' },
  totals: { en: 'Totals', ru: 'Итоги', kk: 'Қорытынды' },
  plannedWeight: { en: 'Σ U (planned)', ru: 'Σ U (план)', kk: 'Σ U (жоспар)' },
  awardedSum: { en: 'Σ W', ru: 'Σ W', kk: 'Σ W' },
  shareOfPlanned: { en: 'Σ W / Σ U × 100, %', ru: 'Σ W / Σ U × 100, %', kk: 'Σ W / Σ U × 100, %' },
  wholeBody: { en: 'the whole body', ru: 'орган в целом', kk: 'орган тұтастай' },
  resultSum: { en: 'R = Σ W, the body’s result', ru: 'R = Σ W, результат органа', kk: 'R = Σ W, органның нәтижесі' },
  resultMean: { en: 'R: the mean of the directions’ R (each Σ W), cut at one decimal', ru: 'R: среднее R направлений (каждое Σ W), с отбрасыванием после одного знака', kk: 'R: бағыттар R-інің (әрқайсысы Σ W) орташасы, бір таңбадан кейін қиылған' },
  incomplete: { en: 'not scored: a row above is not', ru: 'не подсчитано: строка выше не подсчитана', kk: 'есептелмеді: жоғарыдағы жол есептелмеген' },
} satisfies Record<string, TrilingualText>);

/** The title lines of a body's sheet. */
export const TITLES = Object.freeze({
  title: (body: string, quarter: number, year: number): TrilingualText => ({
    en: `cdto-kpi: the report of ${body} for Q${quarter} ${year}`,
    ru: `cdto-kpi: отчёт ${body} за ${quarter} квартал ${year} года`,
    kk: `cdto-kpi: ${body} ${year} жылғы ${quarter}-тоқсандағы есебі`,
  }),
  edition: (edition: string, reading: string | null, due: string | null): TrilingualText => ({
    en: `Edition ${edition}${reading === null ? '' : `, ${reading === 'kk' ? 'Kazakh' : 'Russian'} text’s targets and weights`}${due === null ? '' : `; figures due ${due}`}.`,
    ru: `Редакция ${edition}${reading === null ? '' : `, целевые значения и веса по тексту на ${reading === 'kk' ? 'казахском' : 'русском'}`}${due === null ? '' : `; срок представления ${due}`}.`,
    kk: `${edition} редакциясы${reading === null ? '' : `, көзделген мәндер мен салмақтар ${reading === 'kk' ? 'қазақша' : 'орысша'} мәтін бойынша`}${due === null ? '' : `; ұсыну мерзімі ${due}`}.`,
  }),
  instructions: {
    en: 'Fill in the white cells only: figures of zero or more, at most 4 decimals; leave a whole row empty for “no data”. Z, W, R and the share are computed as cdto-kpi computes them (cut toward zero at one decimal, or at the target’s decimals); the file is read back by cdto-kpi (validate, score, explain, what-if), which reads the white cells only.',
    ru: 'Заполняйте только белые ячейки: значения не меньше нуля, не больше 4 знаков после запятой; оставьте всю строку пустой, если данных нет. Z, W, R и доля считаются так же, как в cdto-kpi (с отбрасыванием после одного знака или после знаков целевого значения); файл читается cdto-kpi (validate, score, explain, what-if), который читает только белые ячейки.',
    kk: 'Тек ақ ұяшықтарды толтырыңыз: нөлден кем емес, үтірден кейін 4 таңбадан аспайтын мәндер; деректер болмаса, бүкіл жолды бос қалдырыңыз. Z, W, R және үлес cdto-kpi-дағыдай есептеледі (бір таңбадан кейін немесе көзделген мәннің таңбаларынан кейін қиылады); файлды cdto-kpi оқиды (validate, score, explain, what-if), ол тек ақ ұяшықтарды оқиды.',
  } satisfies TrilingualText,
});

/** The units, as the sheet writes them. */
export const UNIT_TEXTS = Object.freeze({
  percent: { en: '%', ru: '%', kk: '%' },
  unit: { en: 'units', ru: 'ед.', kk: 'бірл.' },
} satisfies Record<string, TrilingualText>);

/** The kinds of indicator, as the sheet names them. */
export const KIND_TEXTS: Readonly<Record<IndicatorKind, TrilingualText>> = Object.freeze({
  ratio: { en: 'ratio: Z = a / b × 100', ru: 'доля: Z = a / b × 100', kk: 'үлес: Z = a / b × 100' },
  'decreasing-ratio': { en: 'decreasing ratio (less is better): Z = a / b × 100', ru: 'снижающаяся доля (чем меньше, тем лучше): Z = a / b × 100', kk: 'төмендейтін үлес (неғұрлым аз, соғұрлым жақсы): Z = a / b × 100' },
  count: { en: 'count: a compared with N', ru: 'количество: a сравнивается с N', kk: 'саны: a N-мен салыстырылады' },
  milestone: { en: 'milestone: done or not done', ru: 'контрольная точка: выполнено или не выполнено', kk: 'бақылау нүктесі: орындалды немесе орындалмады' },
  composite: { en: 'criteria: Z = Σ weights of the criteria met', ru: 'критерии: Z = Σ весов выполненных критериев', kk: 'өлшемшарттар: Z = орындалған өлшемшарттар салмақтарының Σ' },
  uptime: { en: 'uptime: A = 100 − t_down / t_total × 100', ru: 'отказоустойчивость: A = 100 − t_простоя / t_общее × 100', kk: 'істен шығуға төзімділік: A = 100 − t_тұралау / t_жалпы × 100' },
  security: { en: 'security level: S = (Ia + Ib) / 2', ru: 'уровень защищенности: S = (Ia + Ib) / 2', kk: 'қорғалу деңгейі: S = (Ia + Ib) / 2' },
  growth: { en: 'growth: Z = digitised / total × 100', ru: 'прирост: Z = оцифровано / всего × 100', kk: 'өсім: Z = цифрландырылған / барлығы × 100' },
  'complement-ratio': { en: 'complement ratio: A = 100 − b / c × 100', ru: 'доля без отказов: A = 100 − b / c × 100', kk: 'ақаусыз үлес: A = 100 − b / c × 100' },
});

/** What each input field of a kind means, in general words (the decree's own words follow, where the catalogue has them). */
export const FIELD_TEXTS = Object.freeze({
  done: { en: 'done or not done (list)', ru: 'выполнено или не выполнено (список)', kk: 'орындалды немесе орындалмады (тізім)' },
  decree: { en: 'the decree', ru: 'по тексту', kk: 'мәтін бойынша' },
  securityForms: { en: 'Give Ia and Ib, or the three counts.', ru: 'Укажите Ia и Ib или три количества.', kk: 'Ia мен Ib-ні немесе үш санды көрсетіңіз.' },
} satisfies Record<string, TrilingualText>);

/** Data validation: the prompt and the error of an input cell. */
export const VALIDATION_TEXTS = Object.freeze({
  figureError: {
    en: 'A figure of zero or more, with at most 4 decimals and fewer than 14 digits; leave the cell empty for no data.',
    ru: 'Число не меньше нуля, не больше 4 знаков после запятой и меньше 14 цифр; оставьте ячейку пустой, если данных нет.',
    kk: 'Нөлден кем емес сан, үтірден кейін 4 таңбадан аспайды, 14 цифрдан аз; деректер болмаса, ұяшықты бос қалдырыңыз.',
  },
  listError: { en: 'Choose a value of the list, or leave the cell empty.', ru: 'Выберите значение из списка или оставьте ячейку пустой.', kk: 'Тізімнен мән таңдаңыз немесе ұяшықты бос қалдырыңыз.' },
  errorTitle: { en: 'cdto-kpi', ru: 'cdto-kpi', kk: 'cdto-kpi' },
} satisfies Record<string, TrilingualText>);

/** What the reader says about a workbook it refuses (each an issue's detail and expectation). */
export const READ_TEXTS = Object.freeze({
  notOurs: { en: 'not a workbook written by cdto-kpi (its hidden sheet “cdto-kpi” is missing or damaged)', ru: 'книга записана не cdto-kpi (её скрытый лист «cdto-kpi» отсутствует или повреждён)', kk: 'кітап cdto-kpi жазған кітап емес («cdto-kpi» жасырын парағы жоқ немесе бүлінген)' },
  notOursExpected: { en: 'a workbook written by cdto-kpi (cdto-kpi template --format xlsx)', ru: 'книга, записанная cdto-kpi (cdto-kpi template --format xlsx)', kk: 'cdto-kpi жазған кітап (cdto-kpi template --format xlsx)' },
  notXlsx: { en: 'not an .xlsx file that can be opened', ru: 'это не файл .xlsx, который можно открыть', kk: 'ашуға болатын .xlsx файлы емес' },
  sheetMissing: { en: 'the sheet of this body is missing or renamed', ru: 'лист этого органа отсутствует или переименован', kk: 'бұл органның парағы жоқ немесе атауы өзгертілген' },
  sheetExpected: (name: string): TrilingualText => ({ en: `a sheet named “${name}”`, ru: `лист с именем «${name}»`, kk: `«${name}» деп аталатын парақ` }),
  rowMoved: { en: 'a row was moved, inserted or deleted: the indicator is not where the workbook wrote it', ru: 'строка перемещена, вставлена или удалена: индикатор не там, где его записала книга', kk: 'жол жылжытылған, қосылған немесе жойылған: индикатор кітап жазған жерде емес' },
  rowExpected: (id: string): TrilingualText => ({ en: `the indicator ${id}`, ru: `индикатор ${id}`, kk: `${id} индикаторы` }),
  formulaOverwritten: { en: 'a formula cell was overwritten', ru: 'ячейка с формулой перезаписана', kk: 'формуласы бар ұяшық қайта жазылған' },
  formulaExpected: { en: 'the formula the workbook wrote there (the cell is computed, never read)', ru: 'формула, записанная книгой (ячейка вычисляется и не читается)', kk: 'кітап жазған формула (ұяшық есептеледі, оқылмайды)' },
  labelChanged: { en: 'a cell the workbook wrote was changed', ru: 'изменена ячейка, записанная книгой', kk: 'кітап жазған ұяшық өзгертілген' },
  negative: { en: 'a negative figure', ru: 'отрицательное значение', kk: 'теріс мән' },
  figureExpected: { en: 'a figure of zero or more, or an empty cell for no data', ru: 'число не меньше нуля или пустая ячейка, если данных нет', kk: 'нөлден кем емес сан немесе деректер жоқ болса бос ұяшық' },
  decimals: { en: 'more decimals than a workbook takes: a number cell is exact only with at most 4 decimals (0.1 + 0.2 is stored as 0.30000000000000004)', ru: 'больше десятичных знаков, чем принимает книга: числовая ячейка точна только при не более 4 знаках (0,1 + 0,2 хранится как 0,30000000000000004)', kk: 'кітап қабылдайтыннан көп ондық таңба: сандық ұяшық тек 4 таңбаға дейін дәл (0,1 + 0,2 0,30000000000000004 ретінде сақталады)' },
  decimalsExpected: { en: 'a figure with at most 4 decimals, as typed', ru: 'число не больше чем с 4 знаками после запятой, как введено', kk: 'үтірден кейін 4 таңбадан аспайтын сан, енгізілгендей' },
  range: { en: 'beyond the workbook’s range, where its formulas would not be exact', ru: 'вне пределов книги, где её формулы не были бы точны', kk: 'кітаптың шегінен тыс, онда оның формулалары дәл болмас еді' },
  rangeExpected: (digits: number): TrilingualText => ({
    en: `at most 13 digits when written with the row’s ${digits} decimals (below 10^${13 - digits})`,
    ru: `не больше 13 цифр в записи с ${digits} десятичными знаками строки (меньше 10^${13 - digits})`,
    kk: `жолдың ${digits} ондық таңбасымен жазғанда 13 цифрдан аспайды (10^${13 - digits}-нан кіші)`,
  }),
  shareRange: { en: 'a share too large to be shown exactly: a / b × 100 is 10^12 % or more', ru: 'доля слишком велика, чтобы показать её точно: a / b × 100 не меньше 10^12 %', kk: 'үлес тым үлкен, оны дәл көрсету мүмкін емес: a / b × 100 кемінде 10^12 %' },
  shareRangeExpected: { en: 'a below 10^10 × b', ru: 'a меньше 10^10 × b', kk: 'a 10^10 × b-дан кіші' },
  wrongType: { en: 'not a figure', ru: 'не число', kk: 'сан емес' },
  formulaInInput: { en: 'a formula in a cell to fill in: its result is never read', ru: 'формула в ячейке для ввода: её результат не читается', kk: 'толтырылатын ұяшықта формула: оның нәтижесі оқылмайды' },
  listExpected: (words: readonly string[]): TrilingualText => ({
    en: `one of ${words.map((word) => `“${word}”`).join(', ')}, or an empty cell`,
    ru: `одно из значений ${words.map((word) => `«${word}»`).join(', ')} или пустая ячейка`,
    kk: `${words.map((word) => `«${word}»`).join(', ')} мәндерінің бірі немесе бос ұяшық`,
  }),
  listWrong: { en: 'not a value of the list', ru: 'не значение из списка', kk: 'тізімдегі мән емес' },
  incomplete: { en: 'part of the row is filled in, part is empty', ru: 'строка заполнена частично', kk: 'жол ішінара толтырылған' },
  incompleteExpected: { en: 'this cell filled in too, or the whole row empty (no data)', ru: 'заполненная и эта ячейка или вся строка пустая (нет данных)', kk: 'бұл ұяшық та толтырылған немесе бүкіл жол бос (деректер жоқ)' },
  mixed: { en: 'both forms of the security KPI are filled in', ru: 'заполнены обе формы KPI защищенности', kk: 'қорғалу KPI-інің екі нысаны да толтырылған' },
  mixedExpected: { en: 'Ia and Ib, or tested, connected and systems, not both', ru: 'Ia и Ib или tested, connected и systems, не обе формы', kk: 'Ia мен Ib немесе tested, connected және systems, екеуі бірге емес' },
  scorer: { en: 'the figures of this cell are refused when scored', ru: 'значения этой ячейки отклонены при подсчёте', kk: 'бұл ұяшықтың мәндері есептеу кезінде қабылданбады' },
} satisfies Record<string, TrilingualText | ((...args: never[]) => TrilingualText)>);

/** What the reader says when exceljs is not installed. */
export const DEPENDENCY_TEXTS = Object.freeze({
  message: {
    en: 'the workbook needs exceljs, an optional peer dependency of cdto-kpi: install it with `npm i exceljs`, or run the command line with it: `npx -p cdto-kpi -p exceljs cdto-kpi …`',
    ru: 'для книги нужен exceljs, необязательная зависимость cdto-kpi: установите его командой `npm i exceljs` или запустите командную строку с ним: `npx -p cdto-kpi -p exceljs cdto-kpi …`',
    kk: 'кітапқа exceljs керек, cdto-kpi-дің міндетті емес тәуелділігі: оны `npm i exceljs` командасымен орнатыңыз немесе командалық жолды онымен іске қосыңыз: `npx -p cdto-kpi -p exceljs cdto-kpi …`',
  },
  expected: { en: 'the package exceljs, installed', ru: 'установленный пакет exceljs', kk: 'орнатылған exceljs пакеті' },
} satisfies Record<string, TrilingualText>);
