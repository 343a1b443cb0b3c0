import { describe, expect, it } from 'vitest';
import { cases, figures, goldFiles, score, total } from '../../../scripts/gold';

describe('the extraction evaluation on the held-out split', () => {
  // The honest figures: pages the reader was never tuned on (their gold was written before the reader was changed for them).
  // Only their figures are read here, never their misses (see scripts/eval-extract.ts). Issue 10 stays open while they
  // miss its targets, and `npm run eval:extract` exits non-zero until they are met. The first fourteen held-out pages
  // reached 0.98 precision (95 of 97), but their totals had been read after every round for several sessions. Each later
  // set of fresh pages, on which the reader had never run, gave less: six in the fourth round 0.79 (23 of 29), thirteen,
  // eleven, eight and seven in the fifth's four sets 0.866 (84 of 97), 0.974 (38 of 39), 0.947 (36 of 38) and 0.938
  // (30 of 32); the fifty-nine together 0.922 (306 of 332) when they were added, 0.927 (306 of 330) after the fifth round,
  // 0.928 (309 of 333) after the sixth, 0.918 (313 of 341) after the seventh. The seventh round added twenty-seven pages
  // held out from the start, with gold written before the reader ever ran on them: 0.835 (86 of 103) on the reader before
  // that round, 0.829 (87 of 105) after it; the eighty-six together 0.897 (400 of 446). The eighth round added eighteen
  // more, held out from the start in the same way: 0.944 (118 of 125) on the reader before that round, 0.952 (119 of 125)
  // after it, and a second set of twenty-two 0.927 (89 of 96) before and after; the hundred and twenty-six together 0.910
  // (607 of 667) before, 0.914 (615 of 673) after. The ninth round added twenty-seven more in two sets held out from the
  // start, 0.927 (76 of 82) and 0.967 (29 of 30) on the reader before that round, 0.929 (79 of 85) and 0.967 after; the
  // hundred and fifty-three together 0.917 (720 of 785) before, 0.914 (725 of 793) after. The tenth round added no pages;
  // with its rules, read from where words stand rather than from the lexicon, 0.916 (740 of 808), the total read after
  // each change. The eleventh round added twelve pages held out from the start, then moved one of them (metro-2) to
  // tuning, once its gold writer had reported a quotation shape the reader missed; the other eleven scored 0.739 (17 of
  // 23) on the reader at the round's start and 0.727 (16 of 22) after it. The round also scored a quotation over several
  // paragraphs by the runs of paragraphs the gold gives, under which the hundred and fifty-three older pages read 0.912
  // (748 of 820) before the round's changes and after them; the hundred and sixty-four together 0.907 (764 of 842).
  // The twelfth round added sixteen English pages held out from the start (set H, Scrapinghub's benchmark): 0.919
  // (193 of 210) on the reader at the round's start, 0.919 (192 of 209) after it; the hundred and eighty 0.910 (963 of
  // 1,058). The thirteenth round added twenty-nine more (set I, Scrapinghub's benchmark): 0.939 (139 of 148) on the
  // reader at the round's start and after it; the two hundred and nine 0.920 (1,101 of 1,197). The fourteenth round added
  // no pages; its rules, for speakers a cue was found for but no one named on the tuning pages, took the two hundred and
  // nine to 0.921 (1,109 of 1,204), read after its first batch of rules and again, unchanged, after its second. The
  // fifteenth round added no pages; its rules took them to 0.922 (1,120 of 1,215), read after each of its two kinds of
  // rule and again, unchanged, after its last fixes. The sixteenth round added twenty-five pages held out from the start
  // (set J, Postlight Parser's fixtures): 0.972 (205 of 211) on the reader at the round's start, 0.976 (206 of 211) after
  // it; its rules took the two hundred and nine to 0.926 (1,123 of 1,213); the two hundred and thirty-four together 0.933
  // (1,329 of 1,424), read once at the round's end. The seventeenth round added twenty-four pages held out from the start
  // (set K, test pages of goose3, newspaper4k and htmldate): 0.914 (159 of 174) on the reader at the round's start, 0.909
  // (159 of 175) after it; the two hundred and thirty-four 0.934 (1,334 of 1,429); the two hundred and fifty-eight
  // together 0.931 (1,493 of 1,604), read once at the round's end. The eighteenth round added nineteen pages held out
  // from the start (set L, metascraper's test pages): 0.931 (135 of 145) on the reader at the round's start and after it
  // alike; the two hundred and fifty-eight unchanged, 0.931 (1,493 of 1,604); the two hundred and seventy-seven together
  // 0.931 (1,628 of 1,749), read once at the round's end. The nineteenth round added twenty-one pages held out from the
  // start (set M, go-trafilatura's test pages, mostly German): 0.925 (123 of 133) on the reader at the round's start,
  // 0.933 (125 of 134) after it; the two hundred and seventy-seven 0.931 (1,631 of 1,751); the two hundred and
  // ninety-eight together 0.932 (1,756 of 1,885), read once at the round's end. The twentieth round added fourteen pages
  // held out from the start (set N, go-trafilatura's test pages, mostly German): 0.896 (86 of 96) on the reader at the
  // round's start and after it alike; the two hundred and ninety-eight 0.930 (1,763 of 1,895); the three hundred and
  // twelve together 0.929 (1,849 of 1,991), read at the round's end, and 0.929 (1,852 of 1,994) once accents written as
  // combining marks were read composed. The twenty-first round added no pages; its rules, from classes of error that the
  // earlier rounds' readers made on pages unseen at the time and that passages written for the usual constructions of
  // each language showed, took the three hundred and twelve to 0.931 (1,854 of 1,991), read once at the round's end,
  // and again, unchanged, after its last two rules. The twenty-second round's rules, about words learnt as people that
  // are none (places, photo credits, companies, a pronoun after an abbreviation), read on each of its commits for totals
  // only, took them to 0.932 (1,855 of 1,990); one rule that lowered them (16 fewer right, 9 more wrong) was reverted.
  // The twenty-third round's rules, from a grid of every way and place a report names its speaker, took them to 0.932
  // (1,858 of 1,993), read once at the round's end. The twenty-fourth round added forty-seven pages held out of three
  // fresh sets (O, P, Q: Scrapinghub's benchmark, Fundus, Postlight Parser, newspaper4k, Readability, go-trafilatura):
  // 0.934 (128 of 137) on the reader at the round's start, 0.941 (128 of 136) after it; its rules took the three hundred
  // and twelve to 0.934 (1,868 of 2,001), and its last three to 0.935 (1,870 of 2,001); the three hundred and fifty-nine
  // together 0.935 (1,998 of 2,137), read twice, before and after those three. The thirty-first round added eleven
  // pages held out of a fresh set (R, English news and features of the Web Content Extraction Benchmark, and Fundus):
  // 0.928 (90 of 97) on the reader at the round's start and after it alike; its rules took the three hundred and
  // fifty-nine to 0.933 (2,058 of 2,205); the three hundred and seventy together 0.933 (2,148 of 2,302), read twice,
  // after its rules from set R and after its last rules from probing. The thirty-second round's rules, from probing
  // the constructions of the mistakes made on fresh pages, took them to 0.934 (2,148 of 2,301), read twice, before and after its last two.
  // The thirty-third round's rules, from the quotations left without a speaker on the tuning pages and from probing
  // each language's constructions, took them to 0.935 (2,155 of 2,305), read once at the round's end. The thirty-fourth
  // round's, from probing wrong and missing names in each language, took them to 0.936 (2,161 of 2,309), read once at its end;
  // the thirty-fifth's, from probing the usual constructions and sentences with two people, to 0.939 (2,166 of 2,306), likewise.
  // The floor holds that, so no change may make a named speaker wrong much more often on pages it never saw.
  const HELD_OUT_PRECISION_FLOOR = 0.9;
  it('keeps speaker precision on the held-out pages', async () => {
    expect(goldFiles().filter((g) => g.split === 'held-out')).toHaveLength(370);
    expect(figures(total((await cases(['held-out'])).map((c) => score(c.detected, c.gold)))).speakerPrecision).toBeGreaterThanOrEqual(HELD_OUT_PRECISION_FLOOR);
  });
});
