/**
 * Speaker classes of Spanish and Portuguese news (issue 10), one test per class, with sentences
 * written for the test (no page's text).
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';

const lastSpeaker = (text: string) => detectQuotes(text).at(-1)?.speaker ?? null;

describe('the Spanish perfect ("ha señalado")', () => {
  it('reads a participle after "haber" as a cue, with the name after it or the subject dropped', () => {
    expect(lastSpeaker('La alcaldesa Lucía Ferrer visitó el puerto. "Abriremos el muelle en marzo", ha señalado Ferrer.')).toBe('Lucía Ferrer');
    expect(lastSpeaker('La alcaldesa Lucía Ferrer visitó el puerto. "Abriremos el muelle en marzo", ha subrayado.')).toBe('Lucía Ferrer');
    expect(lastSpeaker('El ministro Tomás Vidal llegó tarde. Vidal había advertido que "no habrá más retrasos en la obra".')).toBe('Tomás Vidal');
  });

  it('does not take "dicho" alone for a cue ("dicho acuerdo")', () => {
    const quotes = detectQuotes('El diputado Tomás Vidal firmó el pacto. En dicho acuerdo se habla de "una nueva etapa para la ciudad".');
    expect(quotes.at(-1)?.speaker ?? null).toBe(null);
  });
});

describe('a dropped subject (Spanish, Portuguese)', () => {
  it('refers back from a verb alone, or a verb with where and how the words were said', () => {
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "Es un día para celebrar", dijo en rueda de prensa.')).toBe('Jorge Sanz');
    expect(lastSpeaker('O prefeito Marcos Lima visitou a obra. "A ponte fica pronta em maio", afirmou em entrevista à rádio.')).toBe('Marcos Lima');
  });

  it('does not take the outlet the words went to for the speaker ("a la cadena Onda Cero", "à rádio Gaúcha")', () => {
    // The outlet is the object of "a", "à": the subject is dropped, as in "dijo en rueda de prensa" above.
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "Es un día para celebrar", dijo en declaraciones a la cadena Onda Cero.')).toBe('Jorge Sanz');
    expect(lastSpeaker('O prefeito Marcos Lima visitou a obra. "A ponte fica pronta em maio", afirmou em entrevista à rádio Gaúcha.')).toBe('Marcos Lima');
  });

  it('keeps silent when a role or a name after the verb may be its subject', () => {
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "Es un día para celebrar", dijo a la prensa el portavoz.')).toBe(null);
    expect(lastSpeaker('La jueza Marta Gil escuchó a la acusada. "Nunca quise hacerle daño", dijo ante Pedro Ruiz.')).toBe(null);
  });

  it('reads a verb opening its sentence before the quotation, past a sentence adverb', () => {
    expect(lastSpeaker('La ministra Elena Ruiz habló en Bruselas. Además insistió en su propuesta: "la reforma no puede esperar más".')).toBe('Elena Ruiz');
    expect(lastSpeaker('La ministra Elena Ruiz habló en Bruselas. Asimismo, indicó que los socios mantienen "un compromiso firme".')).toBe('Elena Ruiz');
  });
});

describe('a sentence pointing back at the quotation ("Así ha resumido…")', () => {
  it('credits the quotation before it to the name after the verb', () => {
    expect(lastSpeaker('"Ha sido una noche muy larga". Así ha resumido el alcalde de Tarifa, Jorge Sanz, la jornada.')).toBe('Jorge Sanz');
    expect(lastSpeaker('"Fue una falta clara". Con esas palabras ha descrito Elena Ruiz la jugada.')).toBe('Elena Ruiz');
  });
});

describe('a role opening the sentence before ("El consejero ha lanzado…")', () => {
  it('is the one person the text gave that role', () => {
    const text = 'El consejero de Salud, Luis Pardo, visitó el hospital. La directora Ana Gil lo acompañó. El consejero ha lanzado un aviso a los vecinos. "Hay que vacunarse ya", ha insistido.';
    expect(lastSpeaker(text)).toBe('Luis Pardo');
  });

  it('leaves the speaker unknown when no one person holds the role, rather than a name in its clause', () => {
    const text = 'O senador Rui Costa falou ontem. O parlamentar cobra que Rui Costa vote o projeto. "Não podemos esperar", critica.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('who acts in a sentence a dropped subject refers back to', () => {
  it('is not the object of a preposition', () => {
    const text = 'O deputado Paulo Reis falou com a imprensa. Ele lembrou que o prêmio foi dado a Carlos Mota não por acaso. "Foi uma decisão justa", declarou.';
    expect(lastSpeaker(text)).toBe('Paulo Reis');
  });

  it('reads past a parenthesis and an appositive after the name', () => {
    expect(lastSpeaker('O senador Rui Costa (PSD-BA), líder do bloco, acha que não há acordo. "Vamos votar contra", sustentou.')).toBe('Rui Costa');
    expect(lastSpeaker('Visiblemente cansado, el alcalde de Olvera, Ángel Núñez, apenas podía hablar. "Lo hemos perdido todo", relató.')).toBe('Ángel Núñez');
  });

  it('is the subject of the cue when the sentence shows two people', () => {
    const text = 'Ao comentar o veto de Jair Bolsonaro ao projeto, Rodrigo Pacheco afirmou que o Senado vai reagir. "Vamos derrubar o veto", disse.';
    expect(lastSpeaker(text)).toBe('Rodrigo Pacheco');
  });
});

describe('organisations and agents', () => {
  it('names no one for "la ONG" when the text names no organisation with that word', () => {
    expect(lastSpeaker('Dos cooperantes murieron ayer. "Estamos de luto por nuestros compañeros", explica la ONG en un comunicado.')).toBe(null);
  });

  it('does not take the agent of a participle for the speaker ("divulgado pelo secretário")', () => {
    const text = 'A irmã da vítima falou com a polícia. "Ela não contou para ninguém", diz em áudio divulgado pelo secretário de Segurança Pública, João Alves.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('surname-only mentions', () => {
  it('links one part of a compound surname to the full name ("Marlaska")', () => {
    expect(lastSpeaker('El ministro Fernando Grande-Marlaska viajó a Almería. "Hay casi 500 efectivos desplegados", ha explicado Marlaska.')).toBe('Fernando Grande-Marlaska');
  });
});

describe('a role several people hold ("el presidente andaluz")', () => {
  it('is the holder who spoke last', () => {
    const text = 'El presidente de la Región, Juan Mora, y el presidente del Gobierno, Luis Vega, viajaron a la zona. "Es un golpe muy duro", ha resumido Mora. "Nadie esperaba tanto viento", ha insistido el presidente regional.';
    expect(lastSpeaker(text)).toBe('Juan Mora');
  });

  it('names no one when the holder who spoke last is not the one meant', () => {
    const text = 'El presidente de la Región, Juan Mora, y la alcaldesa, Ana Gil, visitaron la zona. "Es un golpe muy duro", ha resumido Gil. El presidente del Gobierno, Luis Vega, llegó después. "Nadie esperaba tanto viento", ha insistido el presidente.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('an organisation named in lower case with its complement', () => {
  it('reads "el ministerio de Exteriores de Chile" as that ministry', () => {
    expect(lastSpeaker('"Se discutirá la ayuda a la región", explicaba el ministerio de Exteriores de Chile en una nota.')).toBe('Ministerio de Exteriores de Chile');
  });
});

describe('"Para X," opening the sentence', () => {
  it('gives the words to X when the text knows X as a person', () => {
    const text = 'El juez Andrés Luna cerró la instrucción. Para Luna, el informe es "una prueba sólida de lo ocurrido aquella noche".';
    expect(lastSpeaker(text)).toBe('Andrés Luna');
  });

  it('names no one for a place', () => {
    expect(lastSpeaker('Para Bruselas, el plan es "una oportunidad que no se puede perder ahora".')).toBe(null);
  });
});

describe('a second verb after "y" in a sentence opening with a phrase of time', () => {
  it('belongs to the name after the phrase, not to the phrase ("Minutos antes del acto, X … y pidió")', () => {
    const text = 'Minutos antes del acto, la ministra Elena Ruiz habló con la prensa y pidió que la ayuda llegue "sin más demoras".';
    expect(lastSpeaker(text)).toBe('Elena Ruiz');
  });
});

describe('quotation marks written reversed or mixed (”…“, "…”, “…“)', () => {
  const quoted = (text: string) => detectQuotes(text).map((q) => q.text);

  it('reads a closing mark before a word as an opening one, and an opening mark ending a word as a closing one', () => {
    expect(quoted('En su mensaje escribió ”no pienso dimitir“ y otro que dice ”lo decidirá el partido“.')).toEqual(['no pienso dimitir', 'lo decidirá el partido']);
    expect(quoted('La jueza habló de “una instrucción rigurosa“.\n"Seguiremos adelante con la causa”, dijo la jueza Marta Gil.')).toEqual([
      'una instrucción rigurosa',
      'Seguiremos adelante con la causa',
    ]);
    expect(lastSpeaker('La jueza Marta Gil cerró la vista. Según Gil, ”no hay pruebas suficientes en el sumario“.')).toBe('Marta Gil');
  });

  it('keeps an opening mark before a word an opening one, nested or not', () => {
    expect(quoted('“Lo llamó “un error” y se fue”, dijo Ana Gil.')).toEqual(['Lo llamó “un error” y se fue']);
    expect(quoted('Dijo “sí“ y “no”.')).toEqual(['sí', 'no']);
  });
});

describe('a role, its body and a name without a comma ("el juez del Tribunal Supremo Ángel Hurtado")', () => {
  it('gives the name, not the body, and the role to the name', () => {
    const text = 'El juez del Tribunal Supremo Pedro Lago citó al fiscal. "No hay motivo para aplazar la vista", apunta el juez.';
    expect(lastSpeaker(text)).toBe('Pedro Lago');
    const pt = 'O presidente do Senado Federal Rodrigo Costa recebeu os líderes. "Vamos votar a proposta amanhã", afirmou o presidente.';
    expect(lastSpeaker(pt)).toBe('Rodrigo Costa');
  });

  it('does not split a body named after someone when the holder follows in an appositive', () => {
    const text = 'La directora de la Fundación Pedro Lago, Ana Gil, presentó el informe. "Los datos son claros", dijo la directora.';
    expect(lastSpeaker(text)).toBe('Ana Gil');
  });
});

describe('a writing named by whose it is ("diz a nota do TRE", "añade el comunicado del Ministerio")', () => {
  it('gives the words to its issuer, by the full name an acronym in parentheses stands for', () => {
    expect(lastSpeaker('"No habrá más retrasos en la obra", añade el comunicado del Ministerio de Fomento.')).toBe('Ministerio de Fomento');
    const text = 'O Tribunal Regional Eleitoral (TRE) analisou o caso ontem. "A votação seguirá normalmente em todo o estado", diz a nota do TRE.';
    expect(lastSpeaker(text)).toBe('Tribunal Regional Eleitoral');
  });

  it('names no one for a writing whose issuer is not named', () => {
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "No habrá más retrasos en la obra", añade la nota de prensa.')).toBe(null);
  });
});

describe('"la ONG" after a sentence about one organisation', () => {
  it('is the organisation acting just before', () => {
    const text = 'El Comité Noruego de Refugiados ha denunciado el ataque. "Estamos de luto por nuestros compañeros", explica la ONG en un comunicado.';
    expect(lastSpeaker(text)).toBe('Comité Noruego de Refugiados');
  });

  it('names no one when a person acts in between', () => {
    const text = 'El Comité Noruego de Refugiados ha denunciado el ataque. La portavoz Ana Gil visitó la zona. "Estamos de luto por nuestros compañeros", explica la ONG.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('a writing or a body pointed back at ("añade el texto", "informó este ministerio")', () => {
  it('gives "el texto" to whoever issued the writing the sentence before spoke of', () => {
    const text = 'El Comité Noruego de Refugiados ha denunciado el ataque. "Estamos de luto por nuestros compañeros", explica la ONG en un comunicado. "Pedimos un alto el fuego inmediato", añade el texto.';
    expect(lastSpeaker(text)).toBe('Comité Noruego de Refugiados');
  });

  it('gives "este ministerio" to the ministry named last, not to one named before it', () => {
    const text = 'El Ministerio de Educación abrió el curso. Según fuentes del Ministerio de Sanidad, faltan médicos. "Hay cuarenta plazas vacantes en la región", informó este ministerio en su balance.';
    expect(lastSpeaker(text)).toBe('Ministerio de Sanidad');
  });

  it('names no one when no writing or no such body was named before', () => {
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "Pedimos un alto el fuego inmediato", añade el texto.')).toBe(null);
    expect(lastSpeaker('El alcalde Jorge Sanz inauguró la plaza. "Hay cuarenta plazas vacantes", informó este ministerio.')).toBe(null);
  });
});

describe('a word for a trade after the cue, given to no one ("explicó el ingeniero")', () => {
  it('is the man just shown acting, as a pronoun of the article\'s gender would be; silent for a woman', () => {
    expect(lastSpeaker('Marco Ruiz revisó el motor toda la noche. «El coche está listo», explicó el ingeniero.')).toBe('Marco Ruiz');
    expect(lastSpeaker('Lucía Ferrer revisó el motor toda la noche. «El coche está listo», explicó el ingeniero.')).toBe(null);
  });

  it('is no one when two men did it together ("Ruiz y Lima", "Ruiz e Lima"), but the subject when the pair are its objects', () => {
    expect(lastSpeaker('Marco Ruiz y Paulo Lima revisaron el motor toda la noche. «El coche está listo», explicó el ingeniero.')).toBe(null);
    expect(lastSpeaker('Marco Ruiz e Paulo Lima estudam o vírus há dez anos. “A vacina funciona”, explicou ele.')).toBe(null);
    expect(lastSpeaker('Marco Ruiz disse que tem conversado com Paulo Lima e Pedro Costa. “Vamos encontrar uma saída”, disse.')).toBe('Marco Ruiz');
  });
});

describe('guards of reading across sentences (issue 10, round four)', () => {
  it('gives a writing no one brought in to no one when two bodies act before it', () => {
    expect(lastSpeaker('A Galp e a EDP publicaram ontem os resultados do semestre. “O investimento vai continuar”, afirma o comunicado.')).toBe(null);
  });

  it('gives the one asked the answer only when unnamed others asked one person', () => {
    expect(lastSpeaker('El juez preguntó a la testigo Ana Ruiz si conocía al acusado. «Conteste con claridad», insistió.')).toBe(null);
    expect(lastSpeaker('Los periodistas preguntaron a Carlo Ancelotti y a Xabi Alonso por el derbi. «Será un partido bonito», respondió.')).toBe(null);
    expect(lastSpeaker('Perguntaram ao técnico Abel Ferreira se o time estava cansado. “Estamos inteiros”, garantiu.')).toBe('Abel Ferreira');
  });

  it('reads a description by age against the ages the text gave, and a kind of office by the article’s gender', () => {
    expect(lastSpeaker('Lamine Yamal, de 17 años, y Pau Cubarsí, de 18 años, celebraron el título. «Somos muy jóvenes», dijo el joven.')).toBe(null);
    expect(lastSpeaker('La diputada Ana Pontón criticó al senador Pedro Rollán. «No aceptaremos más recortes», dijo la parlamentaria.')).toBe('Ana Pontón');
  });

  it('needs a sentence about speaking before a paragraph that is only a quotation', () => {
    expect(lastSpeaker('Carlos Alcaraz durmió diez horas.\n\n«Hoy me siento mejor que nunca».')).toBe(null);
  });
});
