import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';

/** Each quotation the reader takes for speech, with its speaker (null: unknown). */
const speech = (text: string) => detectQuotes(text).filter((q) => q.kind === 'speech').map((q) => [q.text, q.speaker ?? null]);

describe('English speaker attribution', () => {
  it('takes a name between the cue and the quotation for what the words are about, not who said them', () => {
    expect(speech('Veteran strategist Maria Delgado said Ortiz “brought the party back into the race.”')).toEqual([
      ['brought the party back into the race.', 'Maria Delgado'],
    ]);
  });

  it('gives a participle cue to the name opening the sentence, past an aside and a later clause', () => {
    const text = 'Ortiz, meanwhile, dismisses polls that show Delgado is leading, insisting that “the voters have not decided yet.”';
    expect(speech(`Senator Luis Ortiz spoke in Reno. ${text}`)).toEqual([['the voters have not decided yet.', 'Luis Ortiz']]);
  });

  it('reads a pronoun past a photo caption, whose credit shows it is no part of the story', () => {
    const text = [
      'Lena Park challenged the contract in court in 2019.',
      'Judge Maria Olsen dismissed the case in 2021. (Reuters)',
      'She later said she “was pressured to sign it.”',
    ].join('\n');
    expect(speech(text)).toEqual([['was pressured to sign it.', 'Lena Park']]);
  });

  it('knows someone described by an appositive opening with a capital as a person doing something', () => {
    const text = [
      'Tom Reyes, the union chair, asked for a recount.',
      '“We will not accept this result,” he said.',
      'Anil Gupte, Westbrook’s director of elections, defended the count.',
      '“Every ballot was checked twice,” he said.',
    ].join('\n');
    expect(speech(text)).toEqual([
      ['We will not accept this result,', 'Tom Reyes'],
      ['Every ballot was checked twice,', 'Anil Gupte'],
    ]);
  });

  it('does not take a sentence about the next speaker for the credit line of a quotation standing alone', () => {
    const text = [
      'Omar Haddad, 61, told reporters that the market had been closed for a week.',
      'He complained that traders were never consulted.',
      '“Nobody asked the people who work here.”',
      'Samir Khoury, 38, agreed.',
    ].join('\n');
    expect(speech(text)).toEqual([['Nobody asked the people who work here.', 'Omar Haddad']]);
  });

  it('reads "the agency" back to an organisation named before it, never to one the text names later', () => {
    const before = 'The Environment Agency issued flood warnings on Monday. “Rivers will peak overnight,” the agency said.';
    expect(speech(before)).toEqual([['Rivers will peak overnight,', 'Environment Agency']]);
    const later = '“Rivers will peak overnight,” the agency said. Farmers have asked the Rural Payments Agency for help.';
    expect(speech(later)).toEqual([['Rivers will peak overnight,', null]]);
  });

  it("gives a writing's words to whoever the possessive before it names", () => {
    expect(speech('“Most of the damage was avoidable,” Ofwat’s report said.')).toEqual([['Most of the damage was avoidable,', 'Ofwat']]);
    expect(speech('The Hartley Commission’s report concluded: “The warnings were ignored for years.”')).toEqual([
      ['The warnings were ignored for years.', 'Hartley Commission'],
    ]);
  });

  it('drops a hyphenated title from the name it comes before', () => {
    expect(speech('“We stand by our reporting,” Gazette Editor-in-Chief Nora Quill said.')).toEqual([['We stand by our reporting,', 'Nora Quill']]);
  });

  it('reads "the company", "the bank", "it" and "a company spokesperson" back to the name opening the sentence before', () => {
    const company = 'Harlow Motors recalled 40,000 vehicles on Tuesday.\n“We are working closely with regulators to fix the fault,” the company said in a statement.';
    expect(speech(company)).toEqual([['We are working closely with regulators to fix the fault,', 'Harlow Motors']]);
    const bank = 'Dunmore Capital expects prices to rise by a fifth next year.\n“Demand will outstrip supply well into next summer,” the bank said in a note to clients.';
    expect(speech(bank)).toEqual([['Demand will outstrip supply well into next summer,', 'Dunmore Capital']]);
    const it = 'Ferris Logistics denied the claims on Monday. “We have always paid our drivers on time,” it said.';
    expect(speech(it)).toEqual([['We have always paid our drivers on time,', 'Ferris Logistics']]);
    const spokesperson = 'NorthPeak has cancelled 200 flights this week.\n“The safety of our passengers comes first,” a company spokesperson said.';
    expect(speech(spokesperson)).toEqual([['The safety of our passengers comes first,', 'NorthPeak']]);
  });

  it('does not read "the company" back to a person, nor to a plural opening the sentence', () => {
    const said = '“We are working closely with regulators,” the company said.';
    expect(speech(`Karen Lowe criticised the recall on Monday.\n${said}`)).toEqual([['We are working closely with regulators,', null]]);
    expect(speech(`Montell Figgins, who represents the drivers, criticised the recall.\n${said}`)).toEqual([['We are working closely with regulators,', null]]);
    expect(speech(`Regulators opened an inquiry into the recall on Tuesday.\n${said}`)).toEqual([['We are working closely with regulators,', null]]);
  });

  it('takes a name closing a relative clause for its object, not for the subject of the verb after the clause', () => {
    const text = [
      'Prosecutors charged Michael Turner and Lena Park on Tuesday.',
      'Kwame Okafor, who represents Turner, said his client would plead not guilty. He said Turner is a father of three, and a conviction would “ruin his life.”',
    ].join('\n');
    expect(speech(text)).toEqual([['ruin his life.', 'Kwame Okafor']]);
  });

  it('reads a pronoun back past a lone name opening a clause that a person reports, but not past one acting on its own', () => {
    const vow = [
      'A debate between Prime Minister Alan Hart and his rival Jeremy Cole.',
      'Hart is under fire for failing to deliver on his vow that Britain would leave the treaty soon.',
      'Audience members laughed when he urged voters, “Look at what I have delivered so far.”',
    ].join('\n');
    expect(speech(vow)).toEqual([['Look at what I have delivered so far.', 'Alan Hart']]);
    const acting = 'Alan Hart met Tesco executives on Monday.\nTesco has closed twelve stores this year.\nHe told reporters, “We will not let these towns down.”';
    expect(speech(acting)).toEqual([['We will not let these towns down.', null]]);
  });

  it('gives the words of "a statement from X", "the statement read" and "analysts at X" to the organisation', () => {
    expect(speech('A statement from Kestrel Airways read: “Every traveller will be rebooked free of charge.”')).toEqual([
      ['Every traveller will be rebooked free of charge.', 'Kestrel Airways'],
    ]);
    expect(speech('Kestrel Airways issued a statement on Friday. “We will rebook every traveller,” the statement read.')).toEqual([
      ['We will rebook every traveller,', 'Kestrel Airways'],
    ]);
    expect(speech('Analysts at Dunmore Capital wrote in a note: “Demand will outstrip supply well into next summer.”')).toEqual([
      ['Demand will outstrip supply well into next summer.', 'Dunmore Capital'],
    ]);
  });

  it('does not give the words of "a lawyer for X" to X, nor take reading a statement aloud for its issuer', () => {
    expect(speech('“We will appeal the ruling,” a lawyer for Tom Reyes said.')).toEqual([['We will appeal the ruling,', null]]);
    expect(speech('Kestrel Airways issued a statement. Tom Reyes read the statement aloud, saying “every traveller will be rebooked.”')).toEqual([
      ['every traveller will be rebooked.', null],
    ]);
  });

  it('gives words a participle reports to whoever the cue after them credits, set after a comma', () => {
    const told = 'Ortiz was known for telling colleagues “the deal is already done” long before the vote';
    expect(speech(`Senator Luis Ortiz lost the vote. ${told}, said Maria Delgado, a former aide.`)).toEqual([['the deal is already done', 'Maria Delgado']]);
    // A witness the reader cannot name: silent, not the subject of the participle.
    expect(speech(`Senator Luis Ortiz lost the vote. ${told}, said another witness in the inquiry.`)).toEqual([['the deal is already done', null]]);
    expect(speech('Senator Luis Ortiz rejected the claim, saying “the deal is already done,” and left the room.')).toEqual([['the deal is already done,', 'Luis Ortiz']]);
  });

  it('names no one for words opening with the pronoun that credits them, which speak of someone else', () => {
    const story = 'Nadia Karim studied the movement for years. Omar Haddad was released from prison in 2011.';
    expect(speech(`${story}\n“He learned the language of his guards in prison,” he said.`)).toEqual([['He learned the language of his guards in prison,', null]]);
    expect(speech(`${story}\n“Prison changed everything,” he said.`)).toEqual([['Prison changed everything,', 'Omar Haddad']]);
  });
});

describe('a quotation standing alone after a sentence in which someone holds a view', () => {
  it('gives the words to the one the pronoun means, by gender ("She disagrees. “…”")', () => {
    expect(speech('Senator Karen Lowe disagrees. “The numbers tell a different story.”')).toEqual([['The numbers tell a different story.', 'Karen Lowe']]);
    expect(speech('Karen Lowe and Tom Reyes met on Monday. She disagrees. “The numbers tell a different story.”')).toEqual([['The numbers tell a different story.', 'Karen Lowe']]);
    expect(speech('Karen Lowe and Ann Reyes met on Monday. She disagrees. “The numbers tell a different story.”')).toEqual([['The numbers tell a different story.', null]]);
  });
});

