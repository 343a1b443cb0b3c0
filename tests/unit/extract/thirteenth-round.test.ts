/**
 * Rules of the thirteenth round, each from what the reader got wrong on pages it had never run on (the readers of earlier
 * rounds, read on the pages each round then added), with sentences written for the test and a negative guarding each.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('words naming a person by surname', () => {
  const scored = 'The coach, Dan Miller, spoke after the game. Tom Harris had scored twice in the first half.\n';

  it('are not credited by a pronoun to that person', () => {
    expect.soft(speakerOf(`${scored}“Harris was the difference tonight,” he said.`, 'difference tonight')).toBe(null);
    const fight = 'Según el comentarista Pablo Ríos, la pelea fue en el estacionamiento. Por eso, Marta Soto perdió la paciencia con su compañera.\n';
    expect.soft(speakerOf(`${fight}“Que me desmienta Marta Soto, porque tengo testigos”, remató.`, 'tengo testigos')).toBe(null);
  });

  it('do not continue that person', () => {
    const text = '“We did everything right,” said Tom Harris. “Nobody expected it.”\n“Harris was the difference tonight, and everyone knows it.”';
    expect.soft(speakerOf(text, 'difference tonight')).toBe(null);
  });

  it('leave the pronoun its reading when they name someone else', () => {
    expect.soft(speakerOf(`${scored}“Miller was right at halftime,” he said.`, 'right at halftime')).toBe('Tom Harris');
    expect.soft(speakerOf(`${scored}“I was the difference tonight,” he said.`, 'difference tonight')).toBe('Tom Harris');
  });

  it('are still credited to an organisation, which speaks of itself by name', () => {
    const text = 'ConocoPhillips has left the country. “ConocoPhillips remains committed to its workers,” it said.';
    expect.soft(speakerOf(text, 'remains committed')).toBe('ConocoPhillips');
  });
});

describe('a name standing alone before a colon', () => {
  it('introduces the words only when the text knows it as a person', () => {
    expect.soft(speakerOf('Die Stadt plant eine neue Brücke. Großer Wermutstropfen: „Die Straße bleibt zwei Jahre gesperrt.“', 'Straße bleibt')).toBe(null);
    expect.soft(speakerOf('The mayor spoke at length. Riverside Stadium: “It will be rebuilt by next summer.”', 'rebuilt')).toBe(null);
  });

  it('still introduces them for a person the text knows, a title or a German "so"', () => {
    expect.soft(speakerOf('Angela Merkel: „Wir schaffen das.“', 'schaffen')).toBe('Angela Merkel');
    expect.soft(speakerOf('The mayor, Ann Cole, spoke at length. Cole: “It will be rebuilt by next summer.”', 'rebuilt')).toBe('Ann Cole');
    expect.soft(speakerOf('Die Lage am Hafen ist ernst. Hafenkapitän Jens Ott: „Wir brauchen mehr Personal.“', 'Personal')).toBe('Jens Ott');
    expect.soft(speakerOf('Der Umgang der Politik sei unangemessen, so Precht: „Wir dekorieren die Liegestühle um.“', 'Liegestühle')).toBe('Precht');
  });
});
