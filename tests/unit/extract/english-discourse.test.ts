/**
 * A discourse battery of ordinary English news reporting, written for the test: the speaker is named one, two or
 * three sentences (or paragraphs) before the quotation, other people are named in between, and the quotation's own
 * sentence has a pronoun, a description, a document ("the statement") or nothing at all. Each passage gives the
 * speaker a careful reader would name, or null where such a reader could not tell.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('organisations speaking through documents and descriptors across sentences', () => {
  it('gives a document to the organisation that issued it sentences before', () => {
    expect.soft(speakerOf('Northgate Motors published a statement on Monday. The recall covers 12,000 cars sold since 2021. "We are cooperating fully with regulators," the statement read.', 'cooperating fully')).toBe('Northgate Motors');
    expect.soft(speakerOf('The Ministry of Defence released a short note on Tuesday evening after the crash. "Two crew members were treated for minor injuries," the note said.', 'minor injuries')).toBe('Ministry of Defence');
    expect.soft(speakerOf('Tesco sent a letter to Arla Foods on Friday. "We expect wholesale prices to fall this year," the letter said.', 'wholesale prices')).toBe('Tesco');
    const letter = 'Greenpeace published an open letter to the prime minister on Wednesday. "Time is running out for the North Sea," the letter says.\n\n"Every new licence locks in decades of emissions," the letter adds.';
    expect.soft(speakerOf(letter, 'Time is running')).toBe('Greenpeace');
    expect.soft(speakerOf(letter, 'Every new licence')).toBe('Greenpeace');
  });

  it('gives "the carmaker", "the airline", "the agency", "the bank", "the group" to the organisation named before', () => {
    expect.soft(speakerOf('Volkswagen recalled 40,000 vehicles in Britain on Thursday over a faulty airbag sensor. Owners will be contacted by letter. "No injuries have been reported," the carmaker said.', 'No injuries')).toBe('Volkswagen');
    expect.soft(speakerOf('Ryanair cancelled 400 flights on Friday because of a strike by French air traffic controllers. "Our passengers are once again the victims," the airline said.', 'once again the victims')).toBe('Ryanair');
    expect.soft(speakerOf('The Environment Agency issued a flood warning for the Severn on Sunday. Residents in Worcester were told to move valuables upstairs. "Levels are expected to peak overnight," the agency added.', 'peak overnight')).toBe('Environment Agency');
    expect.soft(speakerOf('Goldman Sachs raised its forecast for the FTSE 100 on Tuesday. "UK equities remain cheap," the bank said in a note to clients.', 'remain cheap')).toBe('Goldman Sachs');
    expect.soft(speakerOf('Ofgem announced a new price cap on Friday. The cap will apply from April. "Bills will fall by seven percent," the regulator said.', 'Bills will fall')).toBe('Ofgem');
    expect.soft(speakerOf('Unilever said it would cut 7,500 jobs as part of a restructuring. Analysts at Barclays welcomed the move. "These changes will make us faster," the group said.', 'make us faster')).toBe('Unilever');
  });

  // Not read yet: nothing in the text says Arsenal is a club (the Football Association is not one), and a person acting in
  // between blocks an organisation's descriptor (as the Iberian battery wants for "la ONG" after "La portavoz Ana Gil visitó…").
  it.fails('gives "the club" to the club named before, past its manager', () => {
    expect(speakerOf('Arsenal confirmed on Friday that Bukayo Saka would miss the derby. Mikel Arteta had hoped the injury was minor. "He will be assessed again next week," the club said.', 'assessed again')).toBe('Arsenal');
  });

  it('names no one for a document whose issuer the text does not name', () => {
    expect.soft(speakerOf('A statement was posted on the council website late on Friday. Councillor Mary Dunn had called for an inquiry. "The matter is now closed," the statement said.', 'now closed')).toBeNull();
    expect.soft(speakerOf('A statement from the family was read outside court by their solicitor, Martin Hale. "Our daughter was failed at every turn," the statement said.', 'every turn')).toBeNull();
    expect.soft(speakerOf('Police released a statement on Sunday after Rebecca Hall, 34, was found dead at her home. "Her family have been informed," the statement said.', 'been informed')).toBeNull();
  });

  it('names no one when two organisations fit the descriptor, or none does, and never a place', () => {
    expect.soft(speakerOf('Ford and Toyota both cut prices in Europe this week. "Demand has softened across the continent," the carmaker said.', 'Demand has softened')).toBeNull();
    expect.soft(speakerOf('The Football Association opened an inquiry into the match on Saturday. "We are aware of the footage," the club said.', 'aware of the footage')).toBeNull();
    expect.soft(speakerOf('Tesla said it would build a second plant in Germany. Germany offered subsidies of 1bn euros. "We are delighted with the support," the company said.', 'delighted with the support')).toBe('Tesla');
  });
});

describe('subject continuity across sentences', () => {
  it('gives a pronoun to the subject of the sentences before, not to the people named as objects', () => {
    expect.soft(speakerOf('Prime Minister Keir Starmer met Emmanuel Macron in Paris on Thursday. He later flew to Berlin for talks with the German chancellor. "Europe has to stand together," he said.', 'stand together')).toBe('Keir Starmer');
    expect.soft(speakerOf('Mayor John Price thanked firefighter Mark Ellis for his courage at a ceremony on Friday. "Without people like Mark this city would be lost," he said.', 'people like Mark')).toBe('John Price');
    expect.soft(speakerOf('Donald Trump praised Elon Musk at a rally in Pennsylvania on Saturday, then turned on Kamala Harris. "She has no idea what she is doing," he said.', 'no idea what')).toBe('Donald Trump');
    expect.soft(speakerOf('Labour leader Anna Fairley attacked Home Secretary Priya Nair over the asylum backlog on Wednesday. She accused her of losing control of the borders. "The public has had enough," she said.', 'had enough')).toBe('Anna Fairley');
    expect.soft(speakerOf('Treasurer Jim Chalmers met the Reserve Bank governor, Michele Bullock, on Monday.\n\nHe told reporters afterwards that rates were a matter for the bank. "I respect its independence," he said.', 'respect its independence')).toBe('Jim Chalmers');
  });

  // Read since the French round taught the given name "Yvette" (and "her French counterpart" says as much).
  it('gives a pronoun to the one person its gender fits, subject or not (Bruno Retailleau)', () => {
    expect(speakerOf('Yvette Cooper met her French counterpart, Bruno Retailleau, in Calais on Monday. Both ministers spoke of progress. "The gangs are on notice," he said.', 'on notice')).toBe('Bruno Retailleau');
  });

  // Not read yet: the gender of "Wes" is world knowledge the text does not give; the reader still gives Wes Streeting,
  // the nearest person of unknown gender.
  it.fails('gives a pronoun to the one person its gender fits, over a nearer person of unknown gender (Sarah Klein)', () => {
    expect(speakerOf('Dr. Sarah Klein, the hospital\'s chief executive, wrote to Health Secretary Wes Streeting last month about the waiting lists. Streeting has not replied. "We cannot keep patients waiting for two years," she said.', 'two years')).toBe('Sarah Klein');
  });

  it('gives a spokesperson\'s pronoun to the organisation the spokesperson speaks for, when the gender fits', () => {
    expect.soft(speakerOf('A spokeswoman for Tesco said the company was reviewing its prices. "We always listen to our customers," she added.', 'listen to our customers')).toBe('Tesco');
    expect.soft(speakerOf('A Tesco spokeswoman said the company was reviewing its prices. "We always listen to our customers," he added.', 'listen to our customers')).toBeNull();
  });

  it('gives a pronoun after "The pair…" to the one of the two its gender fits', () => {
    expect.soft(speakerOf('Mrs Clara Holt met Mr Dan Price in Leeds on Monday. The pair discussed the merger for two hours. "It was a good meeting," she said.', 'good meeting')).toBe('Clara Holt');
  });

  it('names no one when two people are subjects together or the pronoun fits no one', () => {
    expect.soft(speakerOf('Yvette Cooper and Rachel Reeves toured the new border facility in Dover on Monday. "This is money well spent," she said.', 'money well spent')).toBeNull();
    expect.soft(speakerOf('Robert Hale and his son James run the farm outside Carlisle. "We lost half the flock," she said.', 'half the flock')).toBeNull();
    expect.soft(speakerOf('Prime Minister Keir Starmer met Emmanuel Macron in Paris on Thursday. The two leaders discussed migration and Ukraine. "We agreed on more than we disagreed," he said.', 'agreed on more')).toBeNull();
  });

  it('never gives an unnamed subject\'s words to the person named as object', () => {
    expect.soft(speakerOf('A police officer arrested Daniel Moss outside the club shortly after midnight. "He was shouting at everyone," the officer said.', 'shouting at everyone')).toBeNull();
    expect.soft(speakerOf('Downing Street declined to comment on the report about Chancellor Rachel Reeves. A senior government source said the plan had been shelved. "It is dead in the water," the source added.', 'dead in the water')).toBeNull();
  });
});

describe('speech nouns naming their speaker before a colon', () => {
  it('reads "the answer from X", "the warning from X", "X\'s verdict" before a colon', () => {
    expect.soft(speakerOf('The answer from Transport Secretary Louise Haigh was short: "The strike must end and it must end now."', 'strike must end')).toBe('Louise Haigh');
    expect.soft(speakerOf('The response from Kremlin spokesman Dmitry Peskov to reporters was brief: "We have nothing to add to what the president said."', 'nothing to add')).toBe('Dmitry Peskov');
    expect.soft(speakerOf('A warning came from Bank of England governor Andrew Bailey on Thursday: "Inflation is not beaten yet."', 'not beaten yet')).toBe('Andrew Bailey');
    expect.soft(speakerOf('The message from Chancellor Rachel Reeves to business leaders on Tuesday was simple: "Britain is open for investment."', 'open for investment')).toBe('Rachel Reeves');
    expect.soft(speakerOf('Liverpool drew 1-1 with Everton on Sunday. Jürgen Klopp\'s verdict after the match was simple: "We were not good enough."', 'not good enough')).toBe('Jürgen Klopp');
    expect.soft(speakerOf('"Shoppers are cutting back on everything," said Tesco chief executive Ken Murphy.', 'cutting back')).toBe('Ken Murphy');
  });

  it('names no one when the person named is the one spoken to or spoken about', () => {
    expect.soft(speakerOf('The message to Chancellor Rachel Reeves from business leaders on Tuesday was simple: "Cut the taxes on hiring."', 'taxes on hiring')).toBeNull();
    expect.soft(speakerOf('The criticism of Home Secretary James Cleverly was fierce: "He has lost control of the borders."', 'lost control of the borders')).toBeNull();
    expect.soft(speakerOf('The answer to critics of Mayor Sadiq Khan came from his deputy: "The numbers speak for themselves."', 'speak for themselves')).toBeNull();
    expect.soft(speakerOf('The response from officials was muted: "We are looking into it."', 'looking into it')).toBeNull();
  });
});

describe('a sentence about speaking followed by a lone quotation', () => {
  it('gives the quotation to the one person the sentence before shows speaking', () => {
    expect.soft(speakerOf('Asked about the leaked memo, Health Secretary Victoria Atkins did not mince her words.\n\n"This is a disgraceful breach of trust and whoever did it will be found."', 'disgraceful breach')).toBe('Victoria Atkins');
    expect.soft(speakerOf('Opposition leader Peter Dutton responded within minutes.\n\n"The Prime Minister has lost control of his own cabinet."', 'lost control of his own')).toBe('Peter Dutton');
    expect.soft(speakerOf('England lost 2-0 to Iceland at Wembley on Friday. Gareth Southgate was blunt.\n\n"We did not deserve to win tonight and I take full responsibility for that."', 'did not deserve')).toBe('Gareth Southgate');
    expect.soft(speakerOf('The SNP lost eight seats on Thursday night. Nicola Sturgeon hit back on Sunday. "Nobody should write us off," she told the BBC.\n\n"We have been here before and we came back stronger."', 'been here before')).toBe('Nicola Sturgeon');
  });

  it('names no one after a sentence that is not about speaking or that names two people', () => {
    expect.soft(speakerOf('England lost 2-0 to Iceland at Wembley on Friday. Gareth Southgate arrived at the ground two hours before kick-off.\n\n"We did not deserve to win tonight and I take full responsibility for that."', 'did not deserve')).toBeNull();
    expect.soft(speakerOf('Rishi Sunak and Keir Starmer clashed repeatedly during the debate.\n\n"You have had fourteen years and you have failed."', 'fourteen years')).toBeNull();
    expect.soft(speakerOf('The vote on the budget was delayed until Thursday.\n\n"This is a shambles from start to finish."', 'shambles')).toBeNull();
    expect.soft(speakerOf('Barclays agreed to pay a fine of 40m pounds on Tuesday.\n\n"This is a dark day for the reputation of the City."', 'dark day')).toBeNull();
  });
});

describe('descriptions referring to the topic when another person is named in between', () => {
  it('resolves a description that fits only one candidate (age, nationality, gender, role)', () => {
    expect.soft(speakerOf('Emma Raducanu, 21, beat the world No 3 Jessica Pegula in straight sets on Wednesday. Pegula had won their previous two meetings. "I felt calm from the first point," the 21-year-old said.', 'felt calm')).toBe('Emma Raducanu');
    expect.soft(speakerOf('Dutch cyclist Jan de Vries won the stage on Tuesday ahead of Tadej Pogacar. Pogacar had attacked on the final climb. "It is the biggest win of my life," the Dutchman said.', 'biggest win')).toBe('Jan de Vries');
    expect.soft(speakerOf('Liam Booth pulled a drowning boy from the canal in Leeds on Saturday. The boy\'s mother, Claire Hughes, 41, thanked him at the scene. "I will never be able to repay him," the 41-year-old said.', 'never be able to repay')).toBe('Claire Hughes');
    expect.soft(speakerOf('Coach Dana Whitfield watched her side lose 3-1 to Canada on Saturday. Canadian striker Jordyn Huitema scored twice. "We made too many mistakes at the back," the coach said.', 'too many mistakes')).toBe('Dana Whitfield');
    expect.soft(speakerOf('Veteran defender James Milner, 38, came off the bench to help Brighton hold Chelsea. Manager Fabian Hurzeler called his display remarkable. "I still love every minute of it," the veteran said.', 'love every minute')).toBe('James Milner');
  });

  it('names no one when the description fits two candidates or none', () => {
    expect.soft(speakerOf('Dutch riders Jan de Vries and Dylan Groen finished first and second on Tuesday. "It was a perfect day for the team," the Dutchman said.', 'perfect day')).toBeNull();
    expect.soft(speakerOf('Emma Raducanu, 21, beat Jessica Pegula, 30, on Wednesday. "I felt calm from the first point," the 25-year-old said.', 'felt calm')).toBeNull();
    expect.soft(speakerOf('Jan de Vries, a Dutch rider, won the stage ahead of Belgian Remco Evenepoel. "I had nothing left at the end," the Slovenian said.', 'nothing left at the end')).toBeNull();
    expect.soft(speakerOf('Laura Bennett, 34, lost her seat to Tom Hayes on Friday. Her colleague Sarah Lowe, 36, held on in the neighbouring constituency. "It was a brutal night for the party," the young woman said.', 'brutal night')).toBeNull();
  });
});

describe('quotations that run over paragraphs', () => {
  it('continues the speaker over a paragraph that is only a quotation', () => {
    expect.soft(speakerOf('Fire chief Angela Ruiz said crews had worked through the night. "We have never seen flames move this fast," she said.\n\n"Entire streets were gone within an hour."', 'Entire streets')).toBe('Angela Ruiz');
  });

  it('reads a quotation opened in one paragraph and closed in the next, credited at the end', () => {
    const text = 'The bridge in Hexham was closed on Monday after a crack was found in a support beam.\n\n"We have been warning about this bridge for a decade.\n\n"Nobody listened until it was too late," said local councillor Mark Webb.';
    expect.soft(speakerOf(text, 'warning about this bridge')).toBe('Mark Webb');
    expect.soft(speakerOf(text, 'Nobody listened')).toBe('Mark Webb');
  });

  it('gives the next quotation to the speaker introduced after the first', () => {
    const paragraphs = 'Union leader Sharon Graham said the offer was an insult. "Our members will not accept it," she said.\n\nThe company\'s chief executive, David Lyle, disagreed.\n\n"This is the best offer anyone in the sector has made."';
    expect.soft(speakerOf(paragraphs, 'best offer anyone')).toBe('David Lyle');
    const sentences = 'Union leader Sharon Graham said the offer was an insult. "Our members will not accept it," she said. Lyle Foods chief executive David Lyle told the BBC the offer was fair. "It is the best pay deal in the sector."';
    expect.soft(speakerOf(sentences, 'best pay deal')).toBe('David Lyle');
  });

  it('does not continue a speaker past paragraphs about other, unnamed people', () => {
    const text = 'Fire chief Angela Ruiz said crews had worked through the night. "We have never seen flames move this fast," she said.\n\nResidents were allowed back on Monday, escorted by officers. Some found nothing left standing.\n\n"Entire streets were gone within an hour."';
    expect.soft(speakerOf(text, 'Entire streets')).toBeNull();
  });
});
