/** Script folding (script-folding.ts): a quote typed without Arabic marks matches a text that has them; a wrong word never does. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuote, quotableText } from "../../../src/notes/quote-match.ts";
import { foldScript } from "../../../src/notes/script-folding.ts";

const VOWELLED = "قَالَ المَرْصَدُ إِنَّ الغَارَاتِ الأَمْرِيكِيَّةَ قُرْبَ دَيْرِ الزُّورِ أَسْفَرَتْ عَنْ مَقْتَلِ تِسْعَةَ عَشَرَ شَخْصًا";
const source = quotableText(VOWELLED);

test("a quote without harakat or shadda matches the vowelled text", () => {
  assert.equal(findQuote(source, "قال المرصد"), "found");
  assert.equal(findQuote(source, "مقتل تسعة عشر شخصا"), "found");
});

test("hamza and madda alefs and alef wasla read as plain alef, both ways", () => {
  assert.equal(findQuote(source, "ان الغارات الامريكية"), "found");
  assert.equal(findQuote(quotableText("ٱلأمر آخر"), "الامر اخر"), "found");
  assert.equal(foldScript("أإآٱ"), "اااا");
});

test("tatweel and the superscript alef are ignored", () => {
  assert.equal(findQuote(quotableText("حصيلة القتـــلى ارتفعت"), "حصيلة القتلى"), "found");
  assert.equal(findQuote(quotableText("هٰذا الخبر"), "هذا الخبر"), "found");
});

test("alef maqsura and ya are one letter, as are the Persian and Arabic ya and kaf", () => {
  assert.equal(findQuote(quotableText("على الطريق"), "علي الطريق"), "found");
  assert.equal(foldScript("یک"), "يك");
});

test("ta marbuta is not ha: a quote that confuses them is refused", () => {
  assert.equal(findQuote(source, "مقتل تسعه"), "absent");
});

test("a wrong word does not match, with or without marks", () => {
  assert.equal(findQuote(source, "ان الهجمات الامريكية"), "absent");
  assert.equal(findQuote(source, "قال المرصد إن الضربات"), "absent");
});

test("a folded quote still ends on word boundaries", () => {
  assert.equal(findQuote(source, "قال المرص"), "inside-words");
});

test("text in other scripts is left as it is", () => {
  assert.equal(foldScript("Déjà vu — שָׁלוֹם"), "Déjà vu — שָׁלוֹם");
});
