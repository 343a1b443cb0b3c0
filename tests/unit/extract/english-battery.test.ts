/**
 * A battery of ordinary English news reporting, written for the test: who said each quotation, as a careful
 * reader would name them, or null where such a reader could not (unnamed sources, two people who fit, a
 * description the text used for someone unnamed, a title in quotation marks).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('a description referring back to the person named just before', () => {
  it('reads a family role ("the mother of three")', () => {
    expect.soft(speakerOf('Sarah Jones, 45, lost her home in the fire. "We have nothing left," the mother of three said.', 'nothing left')).toBe('Sarah Jones');
    expect.soft(speakerOf('Ahmed Khan waited outside the hospital all night. "Nobody tells us anything," the father of two said.', 'Nobody tells')).toBe('Ahmed Khan');
  });

  it('reads a trade ("the actor", "the singer", "the reality star")', () => {
    expect.soft(speakerOf('Tom Hanks spoke at the premiere. "It was a joy to make," the actor told reporters.', 'joy to make')).toBe('Tom Hanks');
    expect.soft(speakerOf('Taylor Brooks thanked her fans after the show. "You made this night special," the singer wrote on Instagram.', 'night special')).toBe('Taylor Brooks');
    expect.soft(speakerOf('Kim Kardashian posted a photo on Instagram. "Best day ever," the reality star captioned the post.', 'Best day')).toBe('Kim Kardashian');
  });

  it('reads an expert described by field ("the infectious disease expert")', () => {
    expect.soft(speakerOf('Dr. Anthony Fauci said the vaccine was safe. "The data are very clear," the infectious disease expert added.', 'data are')).toBe('Anthony Fauci');
  });

  it('reads an age ("the 45-year-old") as the person given that age', () => {
    expect.soft(speakerOf('Marcus Reed, 45, was arrested on Friday. "I did nothing wrong," the 45-year-old told the court.', 'nothing wrong')).toBe('Marcus Reed');
  });

  it('reads a nationality ("the Serbian", "the Dutchman")', () => {
    expect.soft(speakerOf('Novak Petrov won the final in straight sets. "I played my best tennis today," the Serbian said.', 'best tennis')).toBe('Novak Petrov');
    expect.soft(speakerOf('United manager Erik Lund was furious after the defeat. "We gave away two soft goals," the Dutchman said.', 'soft goals')).toBe('Erik Lund');
  });

  it('reads a party ("the Democrat", "the Republican from Texas")', () => {
    expect.soft(speakerOf('Sen. Maria Alvarez voted against the bill on Tuesday. "This is a giveaway to the rich," the Democrat said.', 'giveaway')).toBe('Maria Alvarez');
    expect.soft(speakerOf('Rep. Tom Bishop criticized the deal. "It is a bad deal for Texas," said the Republican from Texas.', 'bad deal')).toBe('Tom Bishop');
  });

  it('reads an office and a former office ("the former president", "the senator")', () => {
    expect.soft(speakerOf('Former President Bill Carter spoke at the rally. "We are not done yet," the former president said.', 'not done')).toBe('Bill Carter');
    expect.soft(speakerOf('Sen. Lisa Hart met the families on Monday. "They deserve answers," the senator said.', 'deserve answers')).toBe('Lisa Hart');
  });

  it('reads a team role and a sporting description ("the coach", "the striker", "the Oscar winner")', () => {
    expect.soft(speakerOf('Coach Dana Miller watched from the sideline. "We have to be better," the coach said.', 'be better')).toBe('Dana Miller');
    expect.soft(speakerOf('Harry Kane scored twice on Saturday. "The lads were brilliant," the striker told Sky Sports.', 'lads were')).toBe('Harry Kane');
    expect.soft(speakerOf('Emma Stone arrived at the festival on Sunday. "I love this city," the Oscar winner said.', 'love this city')).toBe('Emma Stone');
  });

  it('reads a description by standing ("the businessman", "the retiree", "the woman")', () => {
    expect.soft(speakerOf('Property developer Richard Hale bought the stadium last year. "I want to keep the club in the town," the businessman said.', 'keep the club')).toBe('Richard Hale');
    expect.soft(speakerOf('Janet Cole, 62, was walking her dog when it was attacked. "It came out of nowhere," the retiree said.', 'out of nowhere')).toBe('Janet Cole');
    expect.soft(speakerOf('Linda Park was pulled from the river by two passers-by. "I thought I was going to die," the woman said.', 'going to die')).toBe('Linda Park');
  });
});

describe('a description that names no one', () => {
  it('leaves an indefinite description unnamed ("a neighbour", "one official")', () => {
    expect.soft(speakerOf('Maria Lopez returned to the village on Sunday. "It is a ghost town," a neighbour said.', 'ghost town')).toBeNull();
    expect.soft(speakerOf('President Joe Carter met the delegation. "The talks went nowhere," one official said.', 'talks went')).toBeNull();
  });

  it('leaves a description the text used for someone unnamed to that person ("A nurse came in. … the nurse said")', () => {
    const text = 'A nurse came into the room while Dr. Helen Park was examining the boy. "He needs surgery now," the nurse said.';
    expect.soft(speakerOf(text, 'surgery now')).toBeNull();
    const teacher = 'A local teacher, who asked not to be named, described the scene to Mayor Linda Green. "It was chaos," the teacher said.';
    expect.soft(speakerOf(teacher, 'was chaos')).toBeNull();
  });

  it('never gives an anonymous source to a named person ("the aide", "the source", "a spokesperson")', () => {
    expect.soft(speakerOf('Senator Joe Brandt is expected to retire, an aide said. "He has made up his mind," the aide said.', 'made up his mind')).toBeNull();
    expect.soft(speakerOf('Prince Harry did not attend the wedding. "He was never invited," the source said.', 'never invited')).toBeNull();
    expect.soft(speakerOf('Actor Ben Stone was taken to hospital on Tuesday. "He is resting comfortably," a spokesperson said.', 'resting')).toBeNull();
    expect.soft(speakerOf('Governor Anne Kelly signed the order. "The governor has been clear," the official said.', 'has been clear')).toBeNull();
  });

  it('names no one when two named people fit the description', () => {
    expect.soft(speakerOf('Tom Reed and Mark Allen both lost their jobs at the plant. "We gave them twenty years," the father of three said.', 'twenty years')).toBeNull();
    expect.soft(speakerOf('Emma Hill and Sarah Boyd share the lead role. "It was exhausting," the actress said.', 'exhausting')).toBeNull();
  });

  it('names no one when the description does not fit the person named', () => {
    expect.soft(speakerOf('John Baker was arrested after the crash. "I saw the whole thing," the woman said.', 'whole thing')).toBeNull();
    expect.soft(speakerOf('Mark Cole, 52, was rescued from the roof. "We thought we would die," the 24-year-old said.', 'would die')).toBeNull();
  });

  it('names no one for someone only spoken of ("one fan", "her sister")', () => {
    expect.soft(speakerOf('Fans lined up for hours to see Lady Gaga. "It was worth every minute," one fan said.', 'worth every')).toBeNull();
    expect.soft(speakerOf('Police identified the victim as Karen White, 34. "She was a wonderful mother," her sister said.', 'wonderful mother')).toBeNull();
  });

  it('names no one for a description of someone else of the person ("the mayor\'s brother")', () => {
    expect.soft(speakerOf('Mayor Karen Bass toured the damage on Monday. "It broke my heart," the mayor\'s brother said.', 'broke my heart')).toBeNull();
    expect.soft(speakerOf('Tom Hanks arrived with his son Chet. "Dad was nervous," the son of the actor said.', 'Dad was')).toBeNull();
  });

  it('gives a description to whom the text gave it, not to whoever acted last', () => {
    const text = 'Tom Hanks met the singer Ed Sheeran backstage. Hanks later left. "He is a lovely man," the singer said.';
    expect.soft(speakerOf(text, 'lovely man')).toBe('Ed Sheeran');
    expect.soft(speakerOf('"I was terrified," said the actor Tom Hanks, who was on the flight.', 'terrified')).toBe('Tom Hanks');
  });

  it('knows a name followed by a verb in the past without "-ed" as someone acting, but not prices or shares', () => {
    expect.soft(speakerOf('Novak Petrov won the final in straight sets. "I played my best tennis today," he said.', 'best tennis')).toBe('Novak Petrov');
    expect.soft(speakerOf('Shares in Halden Foods fell sharply on Monday. "It is a disaster for savers," he said.', 'disaster')).toBeNull();
  });

  it('names no one when two people hold the described role', () => {
    const text = 'President Dan Ward met former President Bill Carter on Friday. "We agreed on very little," the president said.';
    expect.soft(speakerOf(text, 'agreed on')).toBeNull();
  });

  it('gives a title in quotation marks to no one', () => {
    expect.soft(speakerOf('Adele performed "Someone Like You" at the concert on Friday.', 'Someone Like')).toBeNull();
    expect.soft(speakerOf('The report, titled "A Nation at Risk," was published by Dr. Paul Grant in 1983.', 'Nation at Risk')).toBeNull();
  });
});

describe('"according to", colons and interviews', () => {
  it('reads "according to" with a title or an appositive', () => {
    expect.soft(speakerOf('According to Mayor Bruce Harrell, the plan is "a first step toward fixing the streets."', 'first step')).toBe('Bruce Harrell');
    expect.soft(speakerOf('According to Jane Doe, a spokeswoman for the hospital, the patient is "in stable condition and awake."', 'stable condition')).toBe('Jane Doe');
    expect.soft(speakerOf('"The building was a total loss," according to Fire Chief Mark Ellis.', 'total loss')).toBe('Mark Ellis');
  });

  it('leaves "according to" an unnamed source or a document unnamed', () => {
    expect.soft(speakerOf('According to a person familiar with the talks, the deal is "all but done."', 'all but done')).toBeNull();
    expect.soft(speakerOf('According to the lawsuit, Jack Miller was "fired without cause or warning."', 'fired without')).toBeNull();
  });

  it('reads a colon after a sentence about the speaker', () => {
    expect.soft(speakerOf('Governor Kathy Lin put it bluntly: "We are out of money."', 'out of money')).toBe('Kathy Lin');
    expect.soft(speakerOf('The message from the locker room was simple: "Win the next game."', 'next game')).toBeNull();
  });

  it('reads "asked whether…, X said" and "X told CNN"', () => {
    expect.soft(speakerOf('Asked whether she would run again, Senator Rita Gomez said: "Never say never."', 'Never say')).toBe('Rita Gomez');
    expect.soft(speakerOf('Health Minister Paul Grant faced questions on Monday. Asked if he would resign, the minister replied: "Absolutely not, I have work to do."', 'Absolutely not')).toBe('Paul Grant');
    expect.soft(speakerOf('"We will appeal this verdict," lawyer Dan Ross told CNN.', 'appeal')).toBe('Dan Ross');
  });

  it('reads "X said in an interview with…"', () => {
    expect.soft(speakerOf('Prime Minister Alan Shaw said in an interview with the BBC that he was "deeply sorry for the delays."', 'deeply sorry')).toBe('Alan Shaw');
    expect.soft(speakerOf('"I never wanted to leave," Maya Ortiz said in an interview with The Guardian.', 'never wanted')).toBe('Maya Ortiz');
  });

  it('reads the answers of an interview printed with names', () => {
    const text = 'Reporter Jim Walsh sat down with the author Nora Quinn.\nWalsh: "Why did you write the book?"\nQuinn: "Because nobody else would."';
    expect.soft(speakerOf(text, 'nobody else')).toBe('Nora Quinn');
    expect.soft(speakerOf(text, 'Why did you')).toBe('Jim Walsh');
  });
});

describe('continuation, organisations and social media', () => {
  it('continues a speaker over the next paragraph', () => {
    const text = '"We knew the storm was coming," said farmer Joe Miller.\n"But nobody expected it to be this bad."';
    expect.soft(speakerOf(text, 'nobody expected')).toBe('Joe Miller');
  });

  it('does not continue a speaker past a paragraph that brings in someone else', () => {
    const text = '"We knew the storm was coming," said farmer Joe Miller.\nHis neighbour Carla Diaz lost her barn.\n"It took everything."';
    expect.soft(speakerOf(text, 'took everything')).not.toBe('Joe Miller');
  });

  it('reads organisations as speakers', () => {
    expect.soft(speakerOf('Amazon said in a statement that it was "committed to the safety of every worker."', 'committed')).toBe('Amazon');
    expect.soft(speakerOf('"We are reviewing the footage," a spokesperson for the Metropolitan Police said.', 'reviewing')).toBe('Metropolitan Police');
  });

  it('reads posts on social media', () => {
    expect.soft(speakerOf('Elon Musk wrote on X: "This is completely insane."', 'completely insane')).toBe('Elon Musk');
    expect.soft(speakerOf('In a post on Instagram, singer Dua Lipa said she was "heartbroken and angry" about the news.', 'heartbroken')).toBe('Dua Lipa');
    expect.soft(speakerOf('Rep. Alexandria Ocasio-Cortez (D-N.Y.) blasted the bill. "This is a disgrace," she tweeted.', 'disgrace')).toBe('Alexandria Ocasio-Cortez');
  });

  it('reads ordinary credits with age, place and appositions', () => {
    expect.soft(speakerOf('"I have lived here all my life," said Mike Chen, a nurse in Tacoma.', 'all my life')).toBe('Mike Chen');
    expect.soft(speakerOf('"The water came up so fast," Karen Lowe, 45, of Tacoma, said on Sunday.', 'so fast')).toBe('Karen Lowe');
    expect.soft(speakerOf('"It is a historic day," said Ana Silva, whose son fought in the war.', 'historic day')).toBe('Ana Silva');
  });

  it('leaves a couple or a family statement unnamed', () => {
    expect.soft(speakerOf('Jake Ross and Mia Ross announced their divorce. "We remain friends," the couple said in a statement.', 'remain friends')).toBeNull();
  });
});
