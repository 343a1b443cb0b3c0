/**
 * A discourse battery of French news reporting (issue 10, round four): passages of two to five sentences written for
 * this test, where the speaker is named a sentence or a paragraph before the quotation and other people are named in
 * between (as objects, as people spoken about). The speaker a careful reader would name, or null where such a reader
 * could not tell (an unnamed source, two people who fit, a pronoun or a description that fits no one or two, a
 * document whose issuer is not named, a sentence before that is not about speaking).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of';

describe('an organisation speaks through a document named in a sentence before', () => {
  it('"précise le communiqué", "indique le texte", "peut-on lire dans le communiqué"', () => {
    expect.soft(speakerOf('Le groupe Renault a publié un communiqué lundi soir. « Aucune usine ne fermera en France », précise le communiqué.', 'Aucune usine')).toBe('Renault');
    expect.soft(speakerOf('La SNCF a diffusé un communiqué mardi matin. Le trafic reste très perturbé dans le Nord. « Les trains reprendront progressivement jeudi », indique le texte.', 'Les trains')).toBe('SNCF');
    expect.soft(speakerOf('Danone a publié un communiqué après la grève. « La direction reste ouverte au dialogue avec les représentants du personnel », peut-on lire dans le communiqué.', 'reste ouverte')).toBe('Danone');
    expect.soft(speakerOf('Le PSG a publié un communiqué après la défaite. « Le club condamne les violences », peut-on lire.', 'condamne')).toBe('PSG');
  });

  it('the document of the organisation named last, not of the one named first', () => {
    expect.soft(speakerOf('Airbus a livré quatre-vingts avions en mars. Boeing, de son côté, a publié un communiqué mercredi. « La production reprendra dès la semaine prochaine », précise le communiqué.', 'La production')).toBe('Boeing');
  });

  it('"indique le constructeur", "précise l’entreprise": a word for the organisation named before', () => {
    expect.soft(speakerOf('Renault a réagi dans un communiqué. « Nous respectons la décision des salariés », indique le constructeur.', 'Nous respectons')).toBe('Renault');
    expect.soft(speakerOf('Swisscom a présenté ses résultats annuels jeudi à Berne. Le chiffre d’affaires recule de 2 %. « Nous restons confiants pour l’année prochaine », indique l’entreprise.', 'Nous restons')).toBe('Swisscom');
    expect.soft(speakerOf('Hydro-Québec a confirmé la panne dans un communiqué publié mardi. « Près de 200 000 clients sont toujours privés de courant », précise la société.', 'Près de')).toBe('Hydro-Québec');
    expect.soft(speakerOf('La banque UBS a diffusé une note à ses clients. « Les taux resteront stables », précise la note.', 'Les taux')).toBe('UBS');
  });

  it('null: a document whose issuer is not named', () => {
    expect.soft(speakerOf('Un communiqué a été diffusé dans la nuit. « La situation est désormais sous contrôle », précise le texte.', 'La situation')).toBe(null);
    expect.soft(speakerOf('Le PSG a battu Lyon dimanche soir. « Le club condamne les violences », peut-on lire.', 'condamne')).toBe(null);
    expect.soft(speakerOf('Les salariés de Danone ont manifesté devant le siège mardi. « Aucun plan social n’est envisagé », indique le communiqué.', 'Aucun plan')).toBe(null);
    expect.soft(speakerOf('Proximus a publié ses résultats mardi. Le régulateur a aussitôt diffusé un communiqué. « Les tarifs doivent baisser », précise le texte.', 'Les tarifs')).toBe(null);
  });

  it('null: a word for an organisation when two were named', () => {
    expect.soft(speakerOf('Carrefour et Auchan ont tous deux réagi par communiqué. « Nous appliquerons la loi à la lettre », indique le groupe.', 'Nous appliquerons')).toBe(null);
    expect.soft(speakerOf('Pierre Martin a quitté la réunion en colère. « Rien n’a changé depuis des mois », indique l’entreprise.', 'Rien n’a changé')).toBe(null);
    expect.soft(speakerOf('Orange et Bouygues Telecom ont signé un accord. « Nous partageons nos antennes », précise l’opérateur.', 'partageons')).toBe(null);
    expect.soft(speakerOf('Stellantis a présenté ses résultats. Le patron du groupe, Carlos Tavares, était absent. « Nous avons atteint nos objectifs », indique l’entreprise.', 'objectifs')).toBe(null);
  });
});

describe('a pronoun refers to the subject of the sentence before, not to people named as objects', () => {
  it('the subject wins over an object of the same gender', () => {
    expect.soft(speakerOf('Emmanuel Macron a reçu Olaf Scholz à l’Élysée mardi. Il a salué une amitié solide. « Nous avancerons ensemble sur la défense », a-t-il ajouté.', 'Nous avancerons')).toBe('Emmanuel Macron');
    expect.soft(speakerOf('Anne Hidalgo a longuement critiqué Rachida Dati lors du conseil de Paris. « Ce projet est une impasse », a-t-elle lancé.', 'Ce projet')).toBe('Anne Hidalgo');
    expect.soft(speakerOf('Gabriel Attal est revenu sur son débat avec Jordan Bardella. Il juge l’exercice utile. « Je ne regrette pas de l’avoir affronté », poursuit-il.', 'Je ne regrette')).toBe('Gabriel Attal');
    expect.soft(speakerOf('Le Premier ministre belge, Alexander De Croo, a répondu à Bart De Wever à la Chambre. « Nous ne toucherons pas à l’indexation des salaires », a-t-il affirmé.', 'Nous ne toucherons')).toBe('Alexander De Croo');
  });

  it('the pronoun’s gender picks the one person who fits', () => {
    expect.soft(speakerOf('Valérie Pécresse a rencontré les maires d’Île-de-France, dont Patrick Ollier. « Les transports restent notre priorité », poursuit-elle.', 'Les transports')).toBe('Valérie Pécresse');
    expect.soft(speakerOf('Christophe Béchu a appelé Bruno Le Maire lundi. Le lendemain, Bruno Le Maire a écrit à Élisabeth Borne. « Nous devons agir vite », a-t-elle répondu.', 'Nous devons')).toBe('Élisabeth Borne');
  });

  it('null: two subjects of the pronoun’s gender, a gender that fits no one, an unnamed subject', () => {
    expect.soft(speakerOf('Jean Castex et Édouard Philippe se sont retrouvés au Havre. « Nous avons parlé de l’avenir », a-t-il confié.', 'Nous avons parlé')).toBe(null);
    expect.soft(speakerOf('Sophie Binet et Marylise Léon ont été reçues à Matignon. « Le compte n’y est pas », a-t-elle déclaré à la sortie.', 'Le compte')).toBe(null);
    expect.soft(speakerOf('Didier Deschamps a convoqué Kylian Mbappé et Antoine Griezmann. « Le groupe est prêt », a-t-elle assuré.', 'Le groupe est')).toBe(null);
    expect.soft(speakerOf('Bruno Le Maire a écrit à Élisabeth Borne et à Agnès Pannier-Runacher. « Nous devons agir vite », a-t-elle répondu.', 'Nous devons')).toBe(null);
    expect.soft(speakerOf('Un ministre a reçu les syndicats de la fonction publique. « Rien n’est encore décidé », a-t-il assuré.', 'Rien n’est')).toBe(null);
  });
});

describe('a speech noun or a preamble names its speaker before a colon', () => {
  it('"la réponse du porte-parole, X, a été sèche :", "la réaction de X ne s’est pas fait attendre :"', () => {
    expect.soft(speakerOf('La réponse du porte-parole du Kremlin, Dmitri Peskov, a été sèche : « Ces accusations sont absurdes et sans fondement. »', 'Ces accusations')).toBe('Dmitri Peskov');
    expect.soft(speakerOf('La réaction de Clément Beaune ne s’est pas fait attendre : « C’est une faute politique majeure. »', 'une faute')).toBe('Clément Beaune');
  });

  it('"Dans un message sur X, Y a écrit :", "Interrogé par Le Soir, X est catégorique :"', () => {
    expect.soft(speakerOf('Dans un message publié sur X, Raphaël Glucksmann a écrit : « L’Europe doit se réveiller avant qu’il ne soit trop tard. »', 'L’Europe doit')).toBe('Raphaël Glucksmann');
    expect.soft(speakerOf('Interrogé par Le Soir, le bourgmestre de Bruxelles, Philippe Close, est catégorique : « Il n’y aura aucune dérogation. »', 'aucune dérogation')).toBe('Philippe Close');
    expect.soft(speakerOf('Sur Instagram, Aya Nakamura a répondu à ses détracteurs : « Je chante pour ceux qui m’aiment. »', 'Je chante')).toBe('Aya Nakamura');
    expect.soft(speakerOf('Interrogée par RTL, la ministre de la Culture, Rachida Dati, est restée ferme : « Le musée restera ouvert. »', 'Le musée')).toBe('Rachida Dati');
  });

  it('null: the person named beside the speech noun is not its speaker', () => {
    expect.soft(speakerOf('La lettre adressée à Élisabeth Borne par les syndicats était claire : « Nous ne signerons pas cet accord. »', 'Nous ne signerons')).toBe(null);
    expect.soft(speakerOf('Le sort de Carlos Ghosn a de nouveau été évoqué au tribunal : « Il a fui la justice japonaise. »', 'Il a fui')).toBe(null);
    expect.soft(speakerOf('La critique visant Gérald Darmanin était sévère : « Le ministre a perdu le contrôle de la situation. »', 'perdu le contrôle')).toBe(null);
    expect.soft(speakerOf('Dans un message adressé à Pascal Praud, un téléspectateur a écrit : « Vous dépassez les bornes chaque soir. »', 'Vous dépassez')).toBe(null);
    expect.soft(speakerOf('Interrogé par Ouest-France, un habitant est catégorique : « Personne ne nous a prévenus. »', 'Personne')).toBe(null);
    expect.soft(speakerOf('La réponse adressée à Pascal Praud par la direction a été immédiate : « Vous êtes suspendu jusqu’à nouvel ordre. »', 'Vous êtes suspendu')).toBe(null);
  });
});

describe('a sentence about someone speaking, then a paragraph that is only a quotation', () => {
  it('"a répondu aussitôt", "n’a pas mâché ses mots", "s’est montré cinglant", "a réagi"', () => {
    expect.soft(speakerOf('Sébastien Lecornu, ministre des Armées, a été interpellé à l’Assemblée nationale. Le ministre a répondu aussitôt.\n\n« Nous tiendrons nos engagements envers l’Ukraine. »', 'Nous tiendrons')).toBe('Sébastien Lecornu');
    expect.soft(speakerOf('Le texte a été rejeté de justesse. Jean-Luc Mélenchon n’a pas mâché ses mots.\n\n« Ce gouvernement ne tient plus qu’à un fil. »', 'Ce gouvernement')).toBe('Jean-Luc Mélenchon');
    expect.soft(speakerOf('Interrogée sur la réforme des retraites, Marine Tondelier s’est montrée cinglante.\n\n« C’est une régression sociale sans précédent. »', 'régression sociale')).toBe('Marine Tondelier');
    expect.soft(speakerOf('La mairesse de Montréal, Valérie Plante, a réagi sur les réseaux sociaux.\n\n« Montréal ne laissera tomber personne cet hiver. »', 'Montréal ne laissera')).toBe('Valérie Plante');
    expect.soft(speakerOf('Le président du Medef, Patrick Martin, se veut plus rassurant.\n\n« Les entreprises tiendront le choc. »', 'tiendront')).toBe('Patrick Martin');
  });

  it('the subject who speaks, not the person answered', () => {
    expect.soft(speakerOf('Emmanuel Macron a répondu sèchement à Ursula von der Leyen.\n\n« La France ne signera pas ce traité en l’état. »', 'La France ne signera')).toBe('Emmanuel Macron');
  });

  it('null: the sentence before is not about speaking, or two people spoke', () => {
    expect.soft(speakerOf('Jean-Luc Mélenchon a quitté l’hémicycle avant la fin du discours.\n\n« Ce gouvernement ne tient plus qu’à un fil. »', 'Ce gouvernement')).toBe(null);
    expect.soft(speakerOf('Marine Tondelier et Manuel Bompard ont vivement réagi.\n\n« C’est une régression sociale sans précédent. »', 'régression sociale')).toBe(null);
    expect.soft(speakerOf('Les syndicats se sont montrés cinglants.\n\n« Rien n’est décidé pour l’instant. »', 'Rien n’est')).toBe(null);
    expect.soft(speakerOf('Le Tour de France partira de Lille l’an prochain. Tadej Pogačar y prendra le départ.\n\n« Ce sera une étape très difficile pour les sprinteurs. »', 'Ce sera')).toBe(null);
  });
});

describe('a description refers to the person it fits when another is named in between', () => {
  it('an age, a nationality or a title given earlier', () => {
    expect.soft(speakerOf('Yvette Martin, 67 ans, a été agressée dans son appartement de Lyon. Son voisin, Karim Benali, a appelé les secours. « J’ai cru que j’allais mourir », raconte la sexagénaire.', 'J’ai cru')).toBe('Yvette Martin');
    expect.soft(speakerOf('Le pilote néerlandais Max Verstappen a devancé Lando Norris à Zandvoort. Norris a pesté contre sa stratégie. « Gagner à domicile reste spécial », a lancé le Néerlandais.', 'Gagner à domicile')).toBe('Max Verstappen');
    expect.soft(speakerOf('Max Verstappen, quadruple champion du monde, a devancé Lando Norris à Zandvoort. Norris a pesté contre sa stratégie. « Cette victoire est la plus belle », a savouré le quadruple champion.', 'la plus belle')).toBe('Max Verstappen');
    expect.soft(speakerOf('Jean-Yves Le Drian, ancien ministre des Affaires étrangères, a rencontré Félix Tshisekedi à Kinshasa. « La paix passe par le dialogue », a insisté l’ancien ministre.', 'La paix passe')).toBe('Jean-Yves Le Drian');
  });

  it('"le jeune homme", "l’entraîneur", the gender of "la sexagénaire"', () => {
    expect.soft(speakerOf('Lucas Morel, 19 ans, a sauvé un enfant de la noyade à Biarritz. La maire, Maider Arosteguy, lui a remis une médaille. « Je n’ai pas réfléchi », raconte le jeune homme.', 'Je n’ai pas réfléchi')).toBe('Lucas Morel');
    expect.soft(speakerOf('L’entraîneur du PSG, Luis Enrique, a été interrogé sur Ousmane Dembélé. L’attaquant souffre d’une blessure à la cuisse. « Nous le ménagerons trois semaines », a précisé l’entraîneur.', 'Nous le ménagerons')).toBe('Luis Enrique');
    expect.soft(speakerOf('Yvette Martin, 67 ans, a été agressée à Lyon. Son voisin, Karim Benali, 64 ans, a appelé les secours. « J’ai entendu des cris », raconte le sexagénaire.', 'J’ai entendu')).toBe('Karim Benali');
    expect.soft(speakerOf('Jeannine Dupuis, 83 ans, vit seule à Liège. Sa fille, Claire, 55 ans, lui rend visite chaque jour. « Je ne veux pas quitter ma maison », confie l’octogénaire.', 'quitter ma')).toBe('Jeannine Dupuis');
  });

  it('null: the description fits two people, or no one the text described so', () => {
    expect.soft(speakerOf('Les Néerlandais Max Verstappen et Nyck de Vries ont terminé aux deux premières places. « Quelle course incroyable », a lancé le Néerlandais.', 'Quelle course')).toBe(null);
    expect.soft(speakerOf('Lucas Morel, 19 ans, et Hugo Petit, 20 ans, ont sauvé un enfant de la noyade. « Je n’ai pas réfléchi », raconte le jeune homme.', 'Je n’ai pas réfléchi')).toBe(null);
    expect.soft(speakerOf('Kylian Mbappé a marqué deux buts contre Gérone. Vinícius Júnior a ajouté le troisième. « Nous avons souffert en première période », a reconnu l’entraîneur.', 'Nous avons souffert')).toBe(null);
    expect.soft(speakerOf('Jonas Vingegaard a devancé Remco Evenepoel au sommet du Ventoux. « J’ai tout donné dans la dernière montée », a assuré le Slovène.', 'J’ai tout donné')).toBe(null);
    expect.soft(speakerOf('Kylian Mbappé, 26 ans, a marqué contre Lyon. Son coéquipier, Jude Bellingham, 22 ans, a aussi marqué. « Nous avons bien joué », a confié le trentenaire.', 'bien joué')).toBe(null);
    expect.soft(speakerOf('Yvette Martin, 67 ans, a été agressée à Lyon. Son voisin, Karim Benali, 64 ans, a appelé les secours. « J’ai entendu des cris », raconte l’octogénaire.', 'J’ai entendu')).toBe(null);
  });
});

describe('a quotation runs over paragraphs, and the next speaker introduced takes the next one', () => {
  it('a paragraph that is only a quotation goes on with the words before it', () => {
    expect.soft(speakerOf('« Nous allons porter plainte », a annoncé Fabien Roussel mardi.\n\n« Cette décision est une insulte aux ouvriers de l’usine. »', 'une insulte')).toBe('Fabien Roussel');
  });

  it('a quotation reopened with » at the start of the next paragraph, credited at its end', () => {
    expect.soft(speakerOf('La secrétaire générale de la CGT a pris la parole devant l’usine. « Nous avons tout essayé pour sauver le site.\n\n» Les salariés méritent mieux que cette fermeture », a déclaré Sophie Binet.', 'Nous avons tout essayé')).toBe('Sophie Binet');
  });

  it('the person introduced after the first speaker takes the next quotation', () => {
    expect.soft(speakerOf('« Le plan est prêt », a assuré Bruno Le Maire.\n\nLe président du Medef, Patrick Martin, s’est montré plus prudent.\n\n« Nous attendons des actes concrets. »', 'Nous attendons')).toBe('Patrick Martin');
    expect.soft(speakerOf('« Rien n’est joué », estime Valérie Plante.\n\nSon adversaire, Denis Coderre, ne partage pas cet avis. « La ville est à l’arrêt », a-t-il lancé.', 'La ville est')).toBe('Denis Coderre');
  });

  it('null: someone unnamed, or someone not speaking, comes in between', () => {
    expect.soft(speakerOf('« Le plan est prêt », a assuré Bruno Le Maire.\n\nLe Medef a réuni ses adhérents à Paris. Plusieurs patrons ont exprimé leurs doutes.\n\n« Nous attendons des actes concrets. »', 'Nous attendons')).toBe(null);
    expect.soft(speakerOf('« Nous allons porter plainte », a annoncé Fabien Roussel.\n\nLa ministre du Travail, Astrid Panosyan-Bouvet, a reçu les syndicats mercredi.\n\n« Le dialogue doit reprendre au plus vite. »', 'Le dialogue')).toBe(null);
  });
});
