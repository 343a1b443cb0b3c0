/**
 * Speaker classes of French news (issue 10), one test per class, with sentences written for the
 * test (no page's text). Each class was met on the French tuning pages (lemonde-2, lesechos,
 * euronews-fr-2, gala, lopinion, sciencesetavenir, bondyblog).
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/extract/detect';
import { tokenize } from '../../../lib/extract/names';

const speakers = (text: string) => detectQuotes(text).filter((q) => q.kind === 'speech').map((q) => q.speaker ?? null);
const lastSpeaker = (text: string) => speakers(text).at(-1) ?? null;

describe('elision', () => {
  it('reads "l’" and "d’" as words of their own, so the name after them is a name', () => {
    expect(tokenize('l’Élysée d’Edouard Philippe').map((t) => t.text)).toEqual(['l’', 'Élysée', 'd’', 'Edouard', 'Philippe']);
    expect(tokenize('L’agence').map((t) => t.text)).toEqual(['l’', 'agence']);
  });

  it('keeps an elided particle inside a name', () => {
    const text = 'Valéry Giscard d’Estaing a visité Lyon. « La France doit se réformer », a déclaré Giscard d’Estaing.';
    expect(lastSpeaker(text)).toBe('Valéry Giscard d’Estaing');
  });

  it('gives an organisation after "L’" its name', () => {
    expect(lastSpeaker('L’Élysée a indiqué que le texte serait « retiré dans les prochains jours ».')).toBe('Élysée');
  });
});

describe('the incise inside the quotation marks', () => {
  it('reads an inverted verb after a comma inside the words, whatever the verb', () => {
    const text = 'Hélène Garcia dirige le syndicat depuis mars. « Là-dessus, nous ne céderons rien, souffle-t-elle. Le texte doit être retiré. »';
    expect(lastSpeaker(text)).toBe('Hélène Garcia');
  });

  it('reads a cue and a name inside the words, and knows the name afterwards', () => {
    const text =
      '« Le risque est faible, explique Paul Renaud, biologiste à Lille. Il faut surtout mesurer. » Le lendemain, Renaud a nuancé : « Les chiffres sont rassurants. »';
    expect(speakers(text)).toEqual(['Paul Renaud', 'Paul Renaud']);
  });

  it('reads an incise that goes on after the pronoun', () => {
    const text = 'Marc Dupuis, 32 ans, est chargé de cours. « Je suis inquiet, glisse-t-il lorsqu’on le croise. Mon contrat s’arrête. »';
    expect(lastSpeaker(text)).toBe('Marc Dupuis');
  });

  it('reads an inverted verb after the words as a cue too', () => {
    expect(lastSpeaker('Jean Moulin a visité l’usine. « Rien ne change », sourit-il.')).toBe('Jean Moulin');
  });
});

describe('"Pour X, « … »" and "A ses yeux"', () => {
  it('takes the name opening the sentence after "Pour" as whose view the words are', () => {
    expect(lastSpeaker('Pour Claire Martin, la réforme va « dans le mauvais sens ».')).toBe('Claire Martin');
  });

  it('reads "Pour elle" and "A ses yeux" as the person just quoted', () => {
    const text = 'Claire Martin a répondu aux questions. « C’est une erreur », a-t-elle dit. Pour elle, « il faut tout reprendre ». A ses yeux, « rien n’est joué ».';
    expect(speakers(text)).toEqual(['Claire Martin', 'Claire Martin', 'Claire Martin']);
  });

  it('reads "pour lui" before a colon', () => {
    const text = 'Marc Dupuis enseigne depuis vingt ans. « Je reste », assure-t-il. Pourtant, le métier est pour lui une vocation : « J’ai choisi ce métier. »';
    expect(lastSpeaker(text)).toBe('Marc Dupuis');
  });

  it('gives no one when "Pour" takes many or no one named', () => {
    expect(lastSpeaker('Paul Renaud a parlé hier. Pour ses opposants, le produit est « cancérogène probable ».')).toBe(null);
    expect(lastSpeaker('Paul Renaud a parlé hier. Pour les auteurs, la rumeur est « une exception française ».')).toBe(null);
  });
});

describe('epithets', () => {
  it('reads "la syndicaliste" as the woman just quoted', () => {
    const text = '« Nous ne lâcherons rien », a déclaré Sophie Lenoir. Pour la syndicaliste, il faut « apaiser la colère ».';
    expect(lastSpeaker(text)).toBe('Sophie Lenoir');
  });

  it('reads "le sexagénaire" and "la jeune femme" as the person of that gender just shown', () => {
    expect(lastSpeaker('Jean Moulin a été relaxé mardi. « Justice est faite », a réagi le sexagénaire.')).toBe('Jean Moulin');
    const text = '« Je reste confiante », glisse Inès, étudiante en droit. Assise à la cafétéria, la jeune femme s’inquiète pourtant : « Les partiels approchent. »';
    expect(lastSpeaker(text)).toBe('Inès');
  });

  it('tells two people given the same word apart by the article', () => {
    const text =
      'La toxicologue Anne Robert a publié une note. Paul Renaud, toxicologue, la conteste. « La dose fait le poison », répond la toxicologue.';
    expect(lastSpeaker(text)).toBe('Anne Robert');
  });

  it('reads on past a sentence opened by a role no one was given when a pronoun says whom it means', () => {
    const text =
      'Léa Fontaine, secrétaire générale du syndicat, a été reçue mardi par Paul Morel. La dirigeante du syndicat affirme avoir été entendue.\n\n« Je lui ai parlé franchement », confie-t-elle.';
    expect(lastSpeaker(text)).toBe('Léa Fontaine');
  });

  it('keeps an office for whom the text named with it, never the person just quoted', () => {
    const text = '« C’est inacceptable », a lancé Marine Dubois. « Nous verrons », a réagi le ministre de l’Économie.';
    expect(lastSpeaker(text)).toBe(null);
  });
});

describe('roles, organisations and their departments', () => {
  it('reads "le PDG, Pekka Lundmark" as the name after the role', () => {
    expect(lastSpeaker('« Le redressement tarde », prévient le PDG, Pekka Lundmark.')).toBe('Pekka Lundmark');
  });

  it('names an organisation by what it is and its department', () => {
    const text = '« Trente drones ont été détruits », rapporte le ministère russe de la Défense dans un communiqué. Il précise que des armes « ont détruit dix drones navals ».';
    expect(speakers(text)).toEqual(['ministère russe de la Défense', 'ministère russe de la Défense']);
    expect(lastSpeaker('Le ministère de l’Intérieur a affirmé que la situation était « sous contrôle ».')).toBe('ministère de l’Intérieur');
  });

  it('tells two presidents apart by the adjective after the role', () => {
    const text =
      'Le président russe Vladimir Poutine a rencontré le président kazakh Kassym Tokaïev. « Le conflit a pris un caractère mondial », a averti le président russe.';
    expect(lastSpeaker(text)).toBe('Vladimir Poutine');
  });

  it('does not take the place of a role for the name', () => {
    expect(lastSpeaker('« On est prêt », a assuré le directeur adjoint du Village Augustin Tran Van Chau sur franceinfo.')).toBe('Augustin Tran Van Chau');
  });

  it('reads "note aussi la Drees" and "juge Mme Binet": nouns that are cues only inverted after the words', () => {
    expect(lastSpeaker('Les déficits ont doublé. La part des hôpitaux endettés « repart à la hausse », note aussi la Drees.')).toBe('Drees');
    expect(lastSpeaker('Sophie Lenoir a été reçue à l’Elysée. « La défiance est profonde », juge Mme Lenoir.')).toBe('Sophie Lenoir');
    expect(lastSpeaker('La note de l’Académie est claire : « le risque est infime ».')).toBe(null);
  });
});

describe('offices named by a periphrasis', () => {
  it('reads "le chef de l’État" as the president the text named, and "l’édile" as the mayor', () => {
    const text = 'Le président de la République, Emmanuel Macron, a reçu les syndicats. « Le dialogue continue », a déclaré le chef de l’État.';
    expect(lastSpeaker(text)).toBe('Emmanuel Macron');
    expect(lastSpeaker('La maire de Paris, Anne Hidalgo, a présenté son plan. « Nous irons plus loin », a promis l’édile.')).toBe('Anne Hidalgo');
  });

  it('reads "le Premier ministre" as the one the text named so, not any minister', () => {
    const named = 'Le Premier ministre, François Bayrou, a reçu les syndicats. La ministre de la Culture, Rachida Dati, était là. « Le dialogue continue », a déclaré le Premier ministre.';
    expect(lastSpeaker(named)).toBe('François Bayrou');
    expect(lastSpeaker('La ministre de la Culture, Rachida Dati, était là. « Le dialogue continue », a déclaré le Premier ministre.')).toBe(null);
  });
});

describe('an office told apart by its adjective', () => {
  it('reads "le chef du gouvernement britannique" as the one the text named "Premier ministre britannique"', () => {
    const text = 'Le Premier ministre britannique Tom Walker a reçu la Première ministre italienne Anna Conti. « Nos valeurs sont les mêmes », a déclaré le chef du gouvernement britannique.';
    expect(lastSpeaker(text)).toBe('Tom Walker');
    expect(lastSpeaker('Le Premier ministre britannique Tom Walker a reçu Paul Renaud. « Nos valeurs sont les mêmes », a déclaré le Premier ministre.')).toBe('Tom Walker');
  });

  it('gives no one when the only holder the text named has another adjective', () => {
    const text = 'La Première ministre italienne Anna Conti a reçu Paul Renaud. « Nos valeurs sont les mêmes », a déclaré le chef du gouvernement britannique.';
    expect(lastSpeaker(text)).toBe(null);
    const speech = 'Le président russe Igor Petrov a reçu Paul Renaud. « Le conflit est mondial », a déclaré le président lors d’un discours.';
    expect(lastSpeaker(speech)).toBe('Igor Petrov');
  });
});

describe('an organisation introduced by what it is', () => {
  it('reads "a indiqué le groupe" as the one the text introduced as "le groupe Vernier"', () => {
    const text = 'Le groupe Vernier a annoncé la fermeture de deux sites. « C’est une décision difficile », a indiqué le groupe dans un communiqué.';
    expect(lastSpeaker(text)).toBe('Vernier');
    expect(lastSpeaker('La société Arlux a perdu un contrat. « Nous ferons appel », précise la société.')).toBe('Arlux');
  });

  it('reads "il" and "elle" with "dans un communiqué" as the organisation that just acted, when no person answers', () => {
    const text = 'Le groupe Vernier a annoncé la fermeture de deux sites. « C’est une décision difficile », indique-t-il dans un communiqué.';
    expect(lastSpeaker(text)).toBe('Vernier');
    expect(lastSpeaker('Le groupe Vernier a licencié un salarié. « Je suis dévasté », confie-t-il.')).toBe(null);
  });

  it('gives no one when another name acts in between', () => {
    const other = 'Le groupe Vernier a annoncé la fermeture de deux sites. Cortel a fait de même. « C’est une décision difficile », a indiqué le groupe.';
    expect(lastSpeaker(other)).toBe(null);
    const agency = 'L’agence Santé Nord a confirmé son avis. Le 30 avril, l’OSA américaine n’a pas cillé. « Il n’y a pas de risque », écrit l’agence.';
    expect(lastSpeaker(agency)).toBe(null);
  });
});

describe('what stands between the cue and the speaker', () => {
  it('skips when the words were said, between commas', () => {
    expect(lastSpeaker('« Nous serons vigilants », a répondu, lundi, Jean Castex.')).toBe('Jean Castex');
  });

  it('skips where the words were said, with its article', () => {
    expect(lastSpeaker('« La situation est grave », a déclaré à l’AFP Jean Dupont.')).toBe('Jean Dupont');
  });

  it('reads the name after an organisation word as the organisation', () => {
    expect(lastSpeaker('« C’est une victoire », se félicite le syndicat CGT.')).toBe('CGT');
  });

  it('reads "-t-on" as an incise with no one named', () => {
    const quotes = detectQuotes('« Rien n’est décidé », estime-t-on à Matignon.');
    expect(quotes.map((q) => [q.kind, q.speaker ?? null])).toEqual([['speech', null]]);
  });

  it('does not read a French "Marc Durand" as a case of "Marie Durand" (only Czech declines names)', () => {
    const text = '« Nous avons gagné », a dit Marie Durand. « C’est une victoire », s’est félicité Marc Durand.';
    expect(speakers(text)).toEqual(['Marie Durand', 'Marc Durand']);
  });
});

describe('narration and sharing', () => {
  it('reads "Et d’ajouter" as the speaker just quoted', () => {
    const text = 'Le colistier du candidat, Jean Moulin, a tenu à se présenter. « J’avais un ange gardien », a-t-il raconté. Et d’ajouter qu’après son décès, « nous avons trouvé ses carnets ».';
    expect(speakers(text)).toEqual(['Jean Moulin', 'Jean Moulin']);
  });

  it('gives two quotations of one sentence the credit after the second', () => {
    const text = 'Le groupe a relevé ses objectifs. Et ce, « malgré un pessimisme ambiant » dû notamment « à l’incertitude politique en France », explique Arthur Sadoun.';
    expect(speakers(text)).toEqual(['Arthur Sadoun', 'Arthur Sadoun']);
  });

  it('reads "a fait valoir" and the name before a relative "qui"', () => {
    expect(lastSpeaker('Mme Lenoir a fait valoir au président qu’« il ne peut pas avoir raison seul ».')).toBe('Lenoir');
    const text = 'La rumeur est partie de Vienne, détaille Mme Cardenal, qui développe : « Lutter contre les fausses informations est très difficile. »';
    expect(lastSpeaker(text)).toBe('Cardenal');
  });

  it('reads "Selon X" as X acting, for a pronoun later', () => {
    const text = 'Selon Javier López, il faut rester prudent. L’espèce reste vulnérable. « La leçon est qu’il ne faut pas attendre », explique-t-il.';
    expect(lastSpeaker(text)).toBe('Javier López');
  });
});

describe('a colon after the clause of the one who speaks', () => {
  it('reads the name opening the sentence past a reflexive and a stressed pronoun', () => {
    expect(lastSpeaker('Paul Renaud se veut rassurant : « Nous avons les moyens de faire face. »')).toBe('Paul Renaud');
    expect(lastSpeaker('Claire Martin part demain. Paul Renaud, lui, se montre confiant : « Nous avons les moyens. »')).toBe('Paul Renaud');
  });

  it('reads a role opening the sentence as the one the text named with it', () => {
    const text = 'Le ministre de l’Intérieur, Paul Renaud, a visité le commissariat. Le ministre, lui, se veut rassurant : « Nous avons les moyens. »';
    expect(lastSpeaker(text)).toBe('Paul Renaud');
    expect(lastSpeaker('Paul Renaud a visité le commissariat. Le ministre, lui, se veut rassurant : « Nous avons les moyens. »')).toBe(null);
  });

  it('reads the name in the appositive after a role opening the sentence', () => {
    expect(lastSpeaker('La maire de Lille, Claire Martin, reste prudente : « Rien n’est joué. »')).toBe('Claire Martin');
  });
});

describe('cue verbs of French news', () => {
  it('reads verbs of speech a reporter uses after the words', () => {
    for (const cue of ['relate', 'répète', 'fulmine', 'grince', 'cingle', 'accuse', 'interpelle', 'a souri', 'se désole', 's’exaspère'])
      expect(lastSpeaker(`« Le texte est inapplicable », ${cue} Paul Renaud.`)).toBe('Paul Renaud');
  });

  it('reads verbs that are also nouns only inverted after the words', () => {
    for (const cue of ['lance', 'avance', 'peste', 'souffle', 'réplique', 'critique', 'analyse', 'pointe', 'tempête', 'charge'])
      expect(lastSpeaker(`« Le texte est inapplicable », ${cue} Paul Renaud.`)).toBe('Paul Renaud');
    expect(lastSpeaker('Une critique revient souvent dans la salle : « Rien ne change jamais ici. »')).toBe(null);
  });

  it('reads participles that are also adjectives only after "avoir"', () => {
    for (const cue of ['a noté', 'a constaté', 'a critiqué', 'a demandé', 'a aussi pointé', 'avait averti'])
      expect(lastSpeaker(`« Le texte est inapplicable », ${cue} Paul Renaud.`)).toBe('Paul Renaud');
    expect(lastSpeaker('Claire Martin est arrivée lundi. Le projet, critiqué par l’opposition, prévoit « une hausse des impôts ».')).toBe(null);
  });

  it('reads "s’alarme" with its pronoun, never the noun "alarme"', () => {
    expect(lastSpeaker('« Les stocks sont vides », s’alarme Paul Renaud.')).toBe('Paul Renaud');
    expect(lastSpeaker('Paul Renaud est sorti. L’alarme a sonné dans le bâtiment : « Évacuez immédiatement les lieux. »')).toBe(null);
  });

  it('reads "a fait savoir", "a mis en garde" and "D’après X, « … »"', () => {
    expect(lastSpeaker('« Nous suivons la situation de près », a fait savoir l’Élysée.')).toBe('Élysée');
    expect(lastSpeaker('Paul Renaud a mis en garde contre « une crise majeure ».')).toBe('Paul Renaud');
    expect(lastSpeaker('D’après le ministère de la Santé, « le déficit atteint un niveau inédit ».')).toBe('ministère de la Santé');
  });
});

describe('"selon" an account someone gives', () => {
  it('reads the subject of the relative clause after "d’après le récit" or "selon ce"', () => {
    expect(lastSpeaker('Pour ce rendez-vous, Mme Lenoir est « arrivée avec [s]on ordre du jour », d’après le récit qu’elle livre au journal.')).toBe('Lenoir');
    expect(lastSpeaker('Paul Renaud a quitté la réunion. Le texte serait « inapplicable », selon ce qu’il a expliqué.')).toBe('Paul Renaud');
  });

  it('gives no one when the pronoun has no one to refer to', () => {
    expect(lastSpeaker('Le texte serait « inapplicable », selon ce qu’il a expliqué.')).toBe(null);
  });
});

describe('no one named', () => {
  it('does not take a name after "un proche de" for the speaker', () => {
    expect(lastSpeaker('« Vachement bon en manœuvres », selon un proche d’Edouard Philippe, Jean Dupont est redoutable.')).toBe(null);
    expect(lastSpeaker('Jean Dupont se montre redoutable, « vachement bon en manœuvres politiques », selon un proche de Paul Martin.')).toBe(null);
  });

  it('does not take whose circle or camp speaks for the speaker', () => {
    expect(lastSpeaker('« Rien n’est décidé », dit-on dans l’entourage de Jean Dupont.')).toBe(null);
    expect(lastSpeaker('« Rien n’est décidé », assure-t-on dans le camp de Marine Le Pen.')).toBe(null);
    const quotes = detectQuotes('« Rien n’est décidé », selon l’entourage de Jean Dupont.');
    expect(quotes.map((q) => [q.kind, q.speaker ?? null])).toEqual([['speech', null]]);
  });

  it('does not give a pronoun to a name when someone unnamed spoke or acted in between', () => {
    const text =
      'Jacques Chirac avait nommé Jean Dupont en 1995. Alors que ses amis se taisent, un chiraquien s’est souvenu du surnom que donnait Jacques Chirac à Jean Dupont. « Il le surnommait le Grand », a-t-il lâché.';
    expect(lastSpeaker(text)).toBe(null);
    const ténor = '« Chirac l’a soutenu en 1999 », a ajouté un ténor de la droite sur Jean Dupont. « Cela relativise tout », met-il en perspective.';
    expect(lastSpeaker(ténor)).toBe(null);
  });

  it('does not give the gender of "Joan" to a Catalan man', () => {
    const text = 'Au port, le capitaine Joan Vaquero admet que la pêche a changé. « Nous soutenons cette approche », déclare-t-il.';
    expect(lastSpeaker(text)).toBe('Joan Vaquero');
  });
});

describe('a quotation standing alone after a sentence in which someone holds a view', () => {
  it('gives the words to the person named right after a role opening the sentence ("La sociologue Claire Martin doute…")', () => {
    expect(lastSpeaker('La sociologue Claire Martin doute de l’efficacité du plan. « On a déjà essayé, sans succès. »')).toBe('Claire Martin');
    expect(lastSpeaker('La sociologue Claire Martin doute de l’efficacité du plan.\n« On a déjà essayé, sans succès. »')).toBe(null);
  });
});

describe('two people joined by "et"', () => {
  it('leaves a pronoun or a trade that fits both unknown', () => {
    expect(lastSpeaker('Marc Dubois et Paul Lemaire étudient le virus. « Le vaccin fonctionne », a expliqué le chercheur.')).toBe(null);
  });
});


describe('a reflexive verb after a name', () => {
  it('reads the name before "se" and a verb as doing something, so a pronoun after means it', () => {
    expect(lastSpeaker('Jean Dujardin se souvient de ses débuts. « On n’avait rien », raconte-t-il.')).toBe('Jean Dujardin');
    expect(lastSpeaker('Marta Ruiz se fue de la reunión. «No vuelvo», dijo.')).toBe('Marta Ruiz');
  });
});
