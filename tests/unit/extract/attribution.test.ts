import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';
import { SEED_DIR } from '../../fixture-paths';

const speakers = (text: string) => detectQuotes(text).map((q) => [q.text, q.kind, q.speaker ?? null]);
const speakerOf = (text: string) => detectQuotes(text).find((q) => q.kind === 'speech')?.speaker ?? null;

describe('speaker attribution', () => {
  it('reads a cue verb before the quotation', () => {
    expect(speakerOf('Jane Doe, the mayor, told reporters, "The bridge will open in May."')).toBe('Jane Doe');
  });

  it('reads a cue verb after the quotation, in either order', () => {
    expect(speakerOf('"We will appeal the ruling," said Mr. John Smith, a lawyer.')).toBe('John Smith');
    expect(speakerOf('"We will appeal the ruling," Smith added.')).toBe('Smith');
  });

  it('reads past a parenthesis and an appositive name after a role', () => {
    expect(speakerOf('Senator John McCain (R-Ariz.) said: "This is a dark day for the country."')).toBe('John McCain');
    expect(speakerOf('"Not a chance, not this year," replied the mayor, Karen Bass.')).toBe('Karen Bass');
  });

  it('reads the cue verbs of French and German news with their quotation marks', () => {
    expect(speakers('« Nous ne céderons pas », a déclaré Emmanuel Macron.')).toEqual([['Nous ne céderons pas', 'speech', 'Emmanuel Macron']]);
    expect(speakers('„Wir schaffen das“, sagte Angela Merkel.')).toEqual([['Wir schaffen das', 'speech', 'Angela Merkel']]);
  });

  it('reads "according to"', () => {
    expect(speakerOf('Rain is "the main cause of the flooding", according to the Met Office.')).toBe('Met Office');
    expect(speakerOf('According to the Met Office, "rain is the main cause of the flooding".')).toBe('Met Office');
    // The one who reports is not the one who speaks.
    expect(speakerOf('According to Reuters, the company "is considering all options including a sale".')).toBeNull();
  });

  it('reads a colon after a name', () => {
    expect(speakerOf('Angela Merkel: "We can do this, and we will do it together."')).toBe('Angela Merkel');
  });

  it('drops titles and roles from names', () => {
    expect(speakerOf('Secretary of State Marco Rubio said, "There are going to be consequences."')).toBe('Marco Rubio');
    expect(speakerOf('European Commission President Ursula von der Leyen stated, "We are ready to do our share."')).toBe('Ursula von der Leyen');
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Eric Reeves, an academic, criticised the plan.\n"These guys are the worst of the worst," said Mr. Reeves.';
    expect(speakerOf(text)).toBe('Eric Reeves');
  });

  it('resolves a pronoun to the subject of the sentence before, not to the last name mentioned', () => {
    const text = 'Secretary of State Marco Rubio, who accompanied Witkoff, spoke briefly. He stated, "There will be consequences for everyone."';
    expect(speakerOf(text)).toBe('Marco Rubio');
  });

  it('resolves a pronoun to who spoke in the sentence before, not to a possessor nor to someone the gender merely fits', () => {
    // A possessor ("Norway’s ports") does nothing; of two who fit "he", the one who just spoke is meant.
    const text = 'Governor Tom Lind defended his budget on Monday.\nPer Aas, the opposition leader, said Lind’s “reckless spending” had hurt Norway’s ports.\n“The harbour will pay for this,” he said.';
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(['Per Aas', 'Per Aas']);
  });

  it('leaves a pronoun unknown when a single word that may be its person acts in the sentence before', () => {
    // A user name or a one-word name doing something may be the "he" meant: looking past it could find the wrong man.
    expect(speakerOf('Tom Lind runs the forum. Harbourline has been pushing for lower rents. “We cannot survive another winter,” he said.')).toBeNull();
    expect(speakerOf('Tom Lind runs the forum. But tomcat77, a regular poster, kept his results. “It is a useful service,” he told me.')).toBeNull();
    // A place after a preposition or an article acts for no one; a given name alone is the person who bears it.
    expect(speakerOf('Tom Lind runs the forum. Rents in Oslo have risen since the EU stepped in. “We cannot survive another winter,” he said.')).toBe('Tom Lind');
    expect(speakerOf('Ingrid Halvorsen grew up in Bergen. Later, Ingrid studied law in Oslo. “I never wanted to be a lawyer,” she said.')).toBe('Ingrid Halvorsen');
  });

  it('reads a subject whose appositive lost its closing comma, "goes on", and a person introduced with an appositive', () => {
    const text = 'Nora Quist opened her map shop in 1980. “If I see an old chart at auction,” Quist, also a collector of globes, atlases, and compasses says, “I buy it.”';
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(['Nora Quist', 'Nora Quist']);
    expect(speakerOf('Nora Quist opened her map shop in 1980. “Shops come and go,” she goes on.')).toBe('Nora Quist');
    const introduced = 'Nora Quist has sold maps for years. Tom Lind has sold charts for years. Finally, Lina Berg, a collector from Oslo, arrived. “I am all ears,” she said.';
    expect(speakerOf(introduced)).toBe('Lina Berg');
    // Someone introduced whom the text never shows as a person makes a pronoun after it unknown, not the one named before.
    expect(speakerOf('Tom Lind has sold charts for years.\nEnter Harbour Quist, a dealer from Oslo. “I am all ears,” he says.')).toBeNull();
  });

  it('reads a cue in the infinitive, and another word for a role the text gave someone', () => {
    expect(speakerOf('Marta Lind was keen to stress that the lab’s service “is not a seal of quality,” whatever buyers think.')).toBe('Marta Lind');
    expect(speakerOf('“We never test for purity,” Marta Lind went on to say.')).toBe('Marta Lind');
    // A verb that only looks like a cue reports nothing: the quoted word is a term.
    expect(detectQuotes('Studies help explain why the brain “decides” so early.')[0].kind).toBe('term');
    const coach = 'O técnico Rui Lopes falou após o jogo. "Erramos muito no segundo tempo, mas o grupo reagiu", acrescentou o comandante.';
    expect(speakerOf(coach)).toBe('Rui Lopes');
  });

  it('refers a family name said alone back to an East Asian name that puts it first', () => {
    const text = 'President Moon Jae-in met Park Ji-won on Friday.\n“We agreed on nothing,” Park said.\nYoon Suk Yeol stayed in Seoul. Yoon called the talks a failure. “They wasted a day,” he said.';
    expect(detectQuotes(text).map((q) => q.speaker)).toEqual(['Park Ji-won', 'Yoon Suk Yeol']);
    // A surname that ends a Western name is still read as the surname.
    expect(speakerOf('Spike Lee and Lee Min-ho arrived together. “The film is ready,” Lee said.')).toBe('Spike Lee');
  });

  it('gives a participle cue the subject of its sentence', () => {
    expect(speakerOf('Steve Witkoff praised the deal, calling it a "game-changing" moment.')).toBe('Steve Witkoff');
  });

  it('gives a quotation that continues the previous speaker the same speaker', () => {
    const text = '"We have nothing to fear," said Ajmi Lourimi. "We believe the ministry should be trained to fight this."';
    expect(speakers(text).map((s) => s[2])).toEqual(['Ajmi Lourimi', 'Ajmi Lourimi']);
  });

  it('leaves each pattern unapplied where it does not fit', () => {
    // A cue whose subject is no one named.
    expect(speakerOf('Officials told reporters, "The bridge will open in May."')).toBeNull();
    // "according to" a document, not a person or organisation named.
    expect(speakerOf('Rain is "the main cause of the flooding", according to a report.')).toBeNull();
    // A colon after an ordinary word.
    expect(speakerOf('A senior diplomat was more cautious: "Nobody will sign anything until we see the map."')).toBeNull();
    // A bare title is not a name.
    expect(speakerOf('The President said, "We will not rest until the job is done."')).toBeNull();
    // A pronoun with no one before it.
    expect(speakerOf('He said, "We will not rest until the job is done."')).toBeNull();
    // A pronoun does not take a name mentioned only in passing ("against Islamists").
    expect(speakerOf('The minister spoke of a campaign against Rachid Ghannouchi.\nHe said, "We will not rest until the job is done."')).toBeNull();
  });

  it('takes a name after a possessive, and no one for the words of a document', () => {
    expect(speakerOf('"The talks went well and we will meet again," said the BBC\'s editor Jon Sopel.')).toBe('Jon Sopel');
    expect(speakerOf('According to Mozilla\'s manifesto, "The project uses a community-based approach to everything".')).toBeNull();
  });

  it('ends a sentence after reference marks, so a cue in the next sentence does not reach back', () => {
    expect(speakers('He voted for measures viewed as "anti-gay".[30][31] Yagan claims he did not know.')).toEqual([['anti-gay', 'term', null]]);
  });

  it('does not continue a speaker into a quotation with other words around it, nor resolve a pronoun after two people', () => {
    const other = '"We will win this election," said Anna Berg. "She has no chance of winning anything," the editorial board chimed in.';
    expect(speakers(other).map((s) => s[2])).toEqual(['Anna Berg', null]);
    const two = 'Senator Erik Berg and Governor Tom Lind met in Oslo on Monday.\nHe said, "We will not rest until the job is done."';
    expect(speakerOf(two)).toBeNull();
  });

  it('tells two people apart by the gender the text gives them (given name, honorific, earlier pronoun)', () => {
    // Given names: of a woman and a man doing one thing, "he" is the man.
    expect(speakerOf('Senator Anna Berg and Governor Tom Lind met in Oslo on Monday.\nHe said, "We will not rest until the job is done."')).toBe('Tom Lind');
    expect(speakerOf('Mr. Berg and Mrs. Lund met the board. "This was a hard year for all of us," she said.')).toBe('Lund');
    // A verb joined by "and" is not a second person: "she" is still Fetter, told a woman by "her".
    const fetter = 'Fetter, for her part, kept programming.\nLater Ellen Fetter married John Gille and moved to Colorado. They stayed in touch. "I always had this image of the curb," she said.';
    expect(speakerOf(fetter)).toBe('Ellen Fetter');
    // A capitalised word opening the sentence is no part of the name: "When Halvorsen" is Halvorsen.
    const halvorsen = 'Ingrid Halvorsen runs the port authority. When Halvorsen took over, the harbour was empty. "We had no ships at all," she said.';
    expect(speakerOf(halvorsen)).toBe('Ingrid Halvorsen');
  });

  it('reads organisations as speakers, a colon after a clause about someone, "in X\'s words" and a pull quote credited below it', () => {
    expect(speakerOf('Smoke rose over the port – "a grave danger to the city," as Reuters reported, "for weeks to come."')).toBe('Reuters');
    expect(speakerOf('In the morning, Halvorsen Shipping stepped in and posted a notice: "Ferries will run every hour until midnight."')).toBe('Halvorsen Shipping');
    const colon = 'Ingrid Halvorsen wrote a long preface to the report.\nHalvorsen sums up the decade in one line: "We built the harbour the city deserved."';
    expect(speakerOf(colon)).toBe('Ingrid Halvorsen');
    expect(speakerOf('Dr. Tom Lind studies sleep.\nIn Dr. Lind\'s words, "Nobody really knows why we dream."')).toBe('Tom Lind');
    expect(speakerOf('Professor Anna Berg led the survey.\n"Most people sleep less than they think."\nAnna Berg, Ph.D.')).toBe('Anna Berg');
    // A colon after a clause about something, not someone, names no speaker.
    expect(speakerOf('The sign above the door read: "No entry after dark."')).toBeNull();
  });

  it('reads the short sentence that credits a quotation ending in its own question or exclamation mark', () => {
    const text = 'Ingrid Halvorsen read the letter twice. “Who wrote this?” Halvorsen recalls asking at the time. “Nobody signs letters anymore.”';
    expect(speakers(text).map((s) => s[2])).toEqual(['Ingrid Halvorsen', 'Ingrid Halvorsen']);
    // A sentence that goes on to report new words is not a credit.
    expect(speakerOf('“Is this the end?” Tom Berg said the plan would fail anyway.')).toBeNull();
    // Whom the words were told, and when, may follow the cue at any length.
    const told = 'Lena Holm runs the ferry. “Why would anyone sail in winter?” Holm told me when I visited the harbour office, in the rain, last January.';
    expect(speakerOf(told)).toBe('Lena Holm');
  });

  it('ends a sentence at a full stop touching the quotation mark that opens the next one', () => {
    // The report's cue stays in its own sentence; "he adds" credits the quotation.
    const text = 'Marco Vidal runs the lab. Prices rose, the annual report notes, to just over 40 percent.“We have found purer samples,” he adds.';
    expect(speakerOf(text)).toBe('Marco Vidal');
  });

  it('says unknown rather than guessing', () => {
    // Unnamed sources, and a quotation with no cue after a paragraph about someone else.
    expect(speakerOf('"The talks have failed and will not resume this year," a spokesman said.')).toBeNull();
    expect(speakerOf('"The talks have failed and will not resume this year," officials said.')).toBeNull();
    const text = '"We will win this election," said Anna Berg.\nThe weather in Oslo was grey on Monday and the harbour was quiet.\nThe old ferry left at noon as it always does.\n"Nobody knows where it goes after the second stop."';
    expect(detectQuotes(text).at(-1)?.speaker).toBeUndefined();
  });

  it('reads titles of works and quoted noun modifiers as terms, and keeps short sentences beside a speaker as speech', () => {
    // Titles: in Title Case with no one saying them, after "titles such as", and listed with a title.
    expect(speakers('The studio finally announced "Harbour Lights Forever," its first game for phones.')[0][1]).toBe('term');
    expect(speakers('Her songs carry titles such as "You Kept Me Waiting" and "The Rain Was Kind."').map((s) => s[1])).toEqual(['term', 'term']);
    // A quotation inside a noun phrase names a thing: "a “…” task", "that important “…” moment".
    expect(speakers('Volunteers were given a "colour naming" task before lunch.')[0][1]).toBe('term');
    expect(speakers('That is the classic "lost in the woods" horror setup.')[0][1]).toBe('term');
    expect(speakers('They used a technique called "mental rotation" to measure it.')[0][1]).toBe('term');
    // A short full sentence beside a speaker is speech, even in capitals.
    expect(speakers('"Thank You All," said Ingrid Halvorsen.')).toEqual([['Thank You All,', 'speech', 'Ingrid Halvorsen']]);
  });

  it('marks scare quotes and so-called terms as terms, not speech', () => {
    expect(speakers('He was buoyed by a string of "wins" on healthcare.')).toEqual([['wins', 'term', null]]);
    expect(speakers('Providers must store so-called "metadata about every call" for two years.')[0][1]).toBe('term');
    expect(speakers('Jamie Zawinski says he came up with the name "Mozilla" at a staff meeting.')[0][1]).toBe('term');
    // A short quotation with a cue is speech.
    expect(speakers('Eric Reeves said he was "appalled" by the decision.')).toEqual([['appalled', 'speech', 'Eric Reeves']]);
  });

  it('gives context before and after each quotation', () => {
    const [q] = detectQuotes('The summit ended. He said, "It went well." Talks resume Monday. Nothing else.');
    expect(q.context.before).toBe('The summit ended. He said, ');
    expect(q.context.after).toBe(' Talks resume Monday.');
  });
});

describe('detection speed', () => {
  it('reads a long page in time linear in its length (no sentence or name search per quotation over the whole text)', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const seed = readFileSync(resolve(SEED_DIR, 'article.txt'), 'utf8');
    const long = Array.from({ length: 60 }, () => seed).join('\n');
    expect(detectQuotes(long)).toHaveLength(8 * 60);
    // A generous ceiling: the test is about finishing at all on a busy machine, not about speed (that is npm run bench).
  }, 120_000);
});
