import Foundation
import PrecisGlossary
import Testing
@testable import PrecisTranslate

/// The shipped lexicon and glossaries in `glossaries/`: they load with no warning, and the
/// translator built on them handles the issue's own examples.
struct ShippedResourcesTests {
    static let translator: Translator = try! Translator()

    @Test func loadWithoutWarnings() throws {
        let translator = Self.translator
        #expect(translator.warnings.isEmpty, "\(translator.warnings.prefix(5))")
        let statistics = translator.statistics
        #expect(statistics.forms > 15_000)
        #expect(statistics.glossaryEntries > 3_000)
    }

    @Test(arguments: [
        ("réseaux sociaux", "social networks"),
        ("centres de données", "data centers"),
        ("L'intelligence artificielle défie les réseaux sociaux", "Artificial intelligence challenges"),
        ("Le Conseil d'État", "Council of State"),
        ("la RDC", "DRC"),
        ("le Royaume-Uni", "United Kingdom"),
        ("725 millions de dollars", "$725 million"),
        ("3,6 %", "3.6%"),
        ("le 1er septembre", "September 1"),
        ("le 11 mai", "May 11"),
        ("les promesses de Zuckerberg", "Zuckerberg's promises"),
        ("Le projet a été dévoilé", "has been unveiled"),
    ])
    func issueExamples(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }

    /// Constructions of the WMT21 terminology dev set (tokenized text, imperatives, gerunds).
    @Test(arguments: [
        // Tokenized text writes elisions apart: "l' épidémie" is "l'épidémie".
        ("avec l' épidémie", "with the epidemic"),
        ("vous n' avez pas besoin de partir", "you do not"),
        // A verb English follows with a gerund; "avant de", "sans".
        ("évitez de toucher la table", "avoid touching the table"),
        ("avant de partir, il a dit", "before leaving"),
        ("sans les toucher", "without touching them"),
        // A reflexive clitic, an article and a body part: the possessive.
        ("évitez de vous toucher le visage", "avoid touching your face"),
        ("je me lave les mains", "I wash my hands"),
        ("il se lave le visage", "he washes his face"),
        // A phrase ending in "de" governs the infinitive: no adverb of the verb before it.
        ("la société sera en mesure de rivaliser avec OpenAI", "will be able to compete with OpenAI"),
        // A noun-subject question: the participle or infinitive goes with the fronted verb.
        ("Le président a-t-il annoncé la décision ?", "Did the president announce the decision?"),
        ("Le suspect a-t-il été arrêté ?", "Has the suspect been arrested?"),
        ("Le président veut-il partir ?", "Does the president want to leave?"),
        // Adverbs between the inverted auxiliary and the participle move with it, placed as in
        // a statement: after "do" and the subject, or after the verb and its object.
        ("Le PSG a-t-il bien joué ?", "Did PSG play well?"),
        ("Pourquoi le PSG a-t-il gagné ?", "Why did PSG win?"),
        ("Quand la crise finira-t-elle ?", "When will the crisis end?"),
        ("Pourquoi Macron refuse-t-il de démissionner ?", "Why does Macron refuse to resign?"),
        ("Où le président est-il allé ?", "Where did the president go?"),
        ("Pourquoi les systèmes de transport provoquent-ils de telles plaintes ?", "Why transportation systems cause such complaints?"),
        ("Le président a-t-il déjà annoncé la décision ?", "Did the president already announce the decision?"),
        ("Le gouvernement a-t-il mal géré la crise ?", "Did the government manage the crisis badly?"),
        ("Le suspect a-t-il déjà été arrêté ?", "Has the suspect already been arrested?"),
        ("Le club a-t-il beaucoup dépensé ?", "Did the club spend a lot?"),
        // A negated noun-subject question: "ne … pas" moves with the verb.
        ("Le PSG n'a-t-il pas gagné ?", "Did PSG not win?"),
        ("Le PSG ne gagne-t-il pas ?", "Does PSG not win?"),
        ("La France ne veut-elle pas partir ?", "Does France not want to leave?"),
        // ne … personne, also after a participle; a negated imperative in the singular.
        ("Il ne voit personne.", "He sees no one."),
        ("Il n'a vu personne.", "He saw no one."),
        ("Ne mange pas ça.", "Do not eat"),
        // A verb with an inverted subject after a quote is finite, its subject first.
        ("« C'est vrai », dit-il.", "he says."),
        // Reflexive clitics of every person; "vous" opening a sentence as the subject.
        ("Nous nous sommes trompés.", "We were wrong."),
        ("Vous vous trompez.", "You are wrong."),
        ("Vous êtes malades.", "You are sick."),
        ("Il nous a vus.", "He saw us."),
        // "sans pour autant", "de tels … que", "s'inviter".
        ("sans pour autant abandonner le métavers", "without necessarily abandoning the metaverse"),
        ("de tels géants que OpenAI", "such giants as OpenAI"),
        ("Quand l'IA s'invite sur Instagram", "When AI shows up on Instagram"),
        // A verb whose English depends on its object.
        ("il porte un masque", "he wears a mask"),
        ("elle porte une robe rouge", "she wears a red dress"),
        // "il y a" with a plural: "there are".
        ("Il y en a trois.", "There are three"),
        ("Il y a quelques problèmes.", "There are"),
        ("Il y a un problème.", "There is a problem"),
        // dire with an indirect object is "tell".
        ("Il lui a dit la vérité.", "He told him the truth."),
        // A name of an institution keeps "the".
        ("l'Organisation mondiale de la santé", "the World Health Organization"),
        // Medical words the lexicon lacked, and a present participle after a plural noun.
        ("un réseau de 500 cabinets de médecine générale", "a network of 500 general practices"),
        ("les cabinets prélèvent des échantillons", "take samples"),
        ("le codage des mécanismes sous-jacents", "the coding of the underlying mechanisms"),
        ("l' échantillonnage virologique", "virological sampling"),
        ("les cabinets participant à la surveillance", "taking part in the surveillance"),
        ("les individus souffrant de problèmes de santé", "individuals suffering from health problems"),
        ("des écouvillons sont prélevés chez les enfants malades", "are taken in the sick children"),
        ("dans toutes les tranches d' âge", "age groups"),
        ("tels qu' un diabète sucré", "diabetes mellitus"),
    ])
    func terminologyDevConstructions(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }

    /// Readings the whole sentence settles: a form that is a participle or a finite verb after
    /// its subject, a nationality the lexicon lists only as an adjective, and elisions and
    /// apostrophe words written apart in tokenized text (either side of the apostrophe).
    @Test(arguments: [
        ("Le président dit pouvoir gagner", "The president says he can win"),
        ("Il dit pouvoir gagner", "He says he can win"),
        ("Ils disent pouvoir gagner", "They say they can win"),
        ("Le président dit qu'il peut gagner", "The president says that he can win"),
        ("Le livre écrit par lui", "The book written by him"),
        ("L'Australien John Smith a gagné", "Australian John Smith won"),
        ("Il a rencontré l'Australien John Smith", "He met Australian John Smith"),
        ("l'équipe australienne a gagné", "the Australian team won"),
        ("beaucoup d 'entre eux", "many of them"),
        ("l' un d' entre eux", "one of them"),
        ("il est arrivé aujourd' hui", "he arrived today"),
        ("quelqu' un est venu", "someone came"),
        ("pouvez-vous me dire si vous avez d' autres symptômes ?", "can you tell me if you have other symptoms?"),
        // The partitive "de la"/"de l'" after a verb of quantity; "de" + article elsewhere.
        ("avez-vous de la fièvre ?", "do you have fever?"),
        ("Il boit de l'eau", "He drinks water"),
        ("Il vient de la ville", "He comes from the city"),
        ("la voiture de la famille", "the car of the family"),
        // Future first and second person plural the lexicon lacks, derived from the ending.
        ("nous travaillerons ensemble", "we will work together"),
        ("vous travaillerez demain", "you will work tomorrow"),
        // chez before a group is "in"; before one person or a firm, "at".
        ("chez des adultes", "in adults"),
        ("Il travaille chez Renault", "He works at Renault"),
        // de façon / de manière + adjective is the adjective's adverb.
        ("il parle de façon claire", "he speaks clearly"),
        ("ils ont augmenté de façon disproportionnée", "they increased disproportionately"),
        ("de manière rétrospective", "retrospectively"),
        ("de manière à gagner", "so as to win"),
        ("une façon simple de gagner", "a simple way to win"),
        // An acronym after a common noun goes before it; a name after a title does not.
        ("le réseau RSC national", "the national RSC network"),
        ("les cas COVID-19 ont augmenté", "COVID-19 cases increased"),
        ("le président MACRON", "President MACRON"),
        // Elided words meet the glossary's full forms; punctuation ends a term.
        ("au nom d'une entreprise", "on behalf of a company"),
        ("C'est dû au fait qu'ils ont de meilleurs inspecteurs.", "It is due to the fact that they have better inspectors."),
        ("Maintenant, que faire ?", "Now, what to do?"),     // not "maintenant que"
        ("Maintenant que tout est prêt", "Now that all is ready"),
    ])
    func sentenceReadings(french: String, english: String) {
        #expect(Self.translator.translate(french).text == english)
    }

    /// Idioms and word order a word-by-word reading gets wrong: reflexive verbs with "de",
    /// adverbs between auxiliary and participle, impersonal falloir, "tel que", verb + bare
    /// noun, "être en train de", "reste à savoir".
    @Test(arguments: [
        // se souvenir de: "remember" takes a direct object; "tout" alone is "everything".
        ("Il se souvient de tout.", "He remembers everything."),
        ("Nous nous souvenions de tout.", "We remembered everything."),
        ("Il se souvient du match.", "He remembers the match."),
        ("Elle se moque de lui.", "She mocks him."),
        ("Il sait tout.", "He knows everything."),
        ("Il a tout perdu.", "He lost everything."),
        // Adverbs between auxiliary and participle go where English puts them.
        ("Elle a bien mangé.", "She ate well."),
        ("Ils ont beaucoup travaillé.", "They worked a lot."),
        ("Il a mal dormi.", "He slept badly."),
        ("Il travaille beaucoup.", "He works a lot."),
        ("Elle n'a pas bien dormi.", "She did not sleep well."),
        ("Il a encore gagné le match.", "He won the match again."),
        ("Elle a toujours aimé la musique.", "She has always loved music."),
        ("Il ne l'a pas encore annoncé.", "He has not yet announced it."),
        ("Le projet n'est toujours pas terminé.", "The project is still not finished."),
        ("Il a beaucoup aimé ce film.", "He really loved this film."),
        ("Il n'a toujours pas répondu.", "He still did not answer."),
        ("Il a beaucoup de travail.", "He has a lot of work."),
        // Impersonal falloir: never "he", never "had not to".
        ("Faut-il partir ?", "Should we leave?"),
        ("Faut-il partir", "Should we leave"),
        ("Fallait-il partir ?", "Did we have to leave?"),
        ("Faudra-t-il partir ?", "Will we have to leave?"),
        ("Ne faut-il pas partir ?", "Should we not leave?"),
        ("Il ne fallait pas le dire.", "We should not have said it."),
        ("Il ne fallait jamais le dire.", "We should never have said it."),
        ("Il ne faudra pas partir.", "We must not leave."),
        ("Il a fallu partir.", "We had to leave."),
        ("Il n'a pas fallu le dire.", "We did not have to say it."),
        ("Il aurait fallu partir.", "We should have left."),
        ("Faut-il du temps ?", "Does it take time?"),
        ("Peut-il gagner", "Can he win"),
        // "tel que" after a noun: "such as" after it; before a clause, "as".
        ("Un pays tel que la France.", "A country such as France."),
        ("Une ville telle que Paris.", "A city such as Paris."),
        ("Des entreprises telles que Google.", "Companies such as Google."),
        ("Tel que prévu, il est parti.", "As planned, he left."),
        // porter plainte in every tense; other verbs with a bare noun.
        ("Elle a porté plainte contre son voisin.", "She filed a complaint against her neighbor."),
        ("Je porte plainte contre lui.", "I file a complaint against him."),
        ("Il n'a pas porté plainte.", "He did not file a complaint."),
        ("Elle portera plainte.", "She will file a complaint."),
        ("Elle a décidé de porter plainte.", "She decided to file a complaint."),
        ("Nous allons porter plainte.", "We will file a complaint."),
        ("Elle a déposé plainte.", "She filed a complaint."),
        ("Elle a porté plainte pour viol.", "She filed a rape complaint."),
        ("Le match a eu lieu hier.", "The match took place yesterday."),
        // être en train de: the progressive.
        ("Le gouvernement est en train de préparer une réforme.", "The government is preparing a reform."),
        ("Elle était en train de préparer une réforme.", "She was preparing a reform."),
        ("Ils ne sont pas en train de dormir.", "They are not sleeping."),
        ("Est-il en train de mentir ?", "Is he lying?"),
        ("Le gouvernement était en train de le préparer.", "The government was preparing it."),
        // reste à savoir: "it remains to be seen whether".
        ("Reste à savoir si la loi passera.", "It remains to be seen whether the law will pass."),
        ("Il reste à savoir si la loi passera.", "It remains to be seen whether the law will pass."),
        ("Il restait à savoir si la loi passerait.", "It remained to be seen whether the law would pass."),
        ("Reste à voir qui gagnera", "It remains to be seen who will win"),
        ("Il reste à trouver un accord.", "It remains to find an agreement."),
        // A word read as a noun after a noun subject is the verb before what the verb takes.
        ("La famille porte plainte", "The family files a complaint"),
        ("Le club dépose plainte.", "The club files a complaint."),
        ("Le joueur porte un maillot.", "The player wears a jersey."),
        ("Le projet avance.", "The project advances."),
        ("Le plus dur reste à faire", "The hardest part remains to be done"),
        ("La situation reste à clarifier.", "The situation remains to be clarified."),
        ("Le plus difficile reste à venir.", "The most difficult part remains to come."),
        ("Le plus important est de partir.", "The most important thing is to leave."),
        ("C'est le plus grand.", "It is the biggest."),
        ("La porte la plus proche", "The closest door"),
        // passer: "spend" with an object, "pass" without one, "go" before a preposition; être
        // makes it intransitive.
        ("Il semble que la loi passe.", "It seems that the law passes."),
        ("La loi passera.", "The law will pass."),
        ("Le projet de loi est passé.", "The bill passed."),
        ("Le prix est passé de 10 à 20 euros.", "The price went from 10 to 20 euros."),
        ("Il a passé trois jours en prison.", "He spent three days in prison."),
        ("Il passe du temps avec sa famille.", "He spends time with his family."),
        ("Il a passé plus de dix ans à Paris.", "He spent more than ten years in Paris."),
        // "cher" after a verb of price is an adverb; "coûter cher" is "be expensive".
        ("Ce produit coûte cher.", "This product is expensive."),
        ("Cette erreur a coûté cher au club.", "This mistake was expensive to the club."),
        ("Cela nous a coûté cher.", "This cost us dearly."),
        ("Cette réforme a coûté très cher.", "This reform was very expensive."),
        ("La réforme coûtera plus cher.", "The reform will cost more."),
        ("Ils vont payer cher.", "They will pay dearly."),
        ("Ce produit est cher.", "This product is expensive."),
        // rester and other copulas before an adjective are verbs ("remains"), not the noun "rest".
        ("Le groupe reste discret sur ses projets.", "The group remains discreet on its projects."),  // copula + adjective: a verb, not "rest"
        ("La situation reste tendue.", "The situation remains tense."),
        ("Malgré les scandales, reste optimiste.", "Despite the scandals, remains optimistic."),  // no subject in the text
        ("Le reste du monde.", "The rest of the world."),                 // a determiner: the noun
        ("La question est de savoir si l'entreprise pourra rivaliser.", "The question is whether the company will be able to compete."),
        ("Combien d'entre eux sont partis ?", "How many of them left?"),   // a quantity before the expression "d'entre eux"
        ("Je sais combien d'entre eux sont partis.", "I know how many of them left."),
        ("À présent, tout va bien.", "Now, everything goes well."),
        ("Il a présenté son projet.", "He presented his project."),          // not "à présent"
        // An invariable noun after an expression ending in a determiner takes its number.
        ("l'ensemble des pays", "all countries"),
        ("dans l'ensemble des pays", "in all countries"),
        ("la plupart des pays", "most countries"),
        ("l'ensemble du pays", "the whole country"),
        ("l'ensemble de données est disponible", "the data set is available"),  // not "given all of"
        ("Les cas sont plus nombreux", "Cases are more numerous"),
        ("Les manifestants sont de plus en plus nombreux", "Protesters are increasingly numerous"),
        ("les cabinets de médecins", "the doctors' offices"),
        // A glossary term matched in the plural, though its entry has a word ending in s.
        ("des pays voisins", "neighboring countries"),
        ("les centres de données de Meta", "Meta's data centers"),
        ("Les prix de l'énergie augmentent", "Energy prices increase"),  // an invariable first word
        ("Le prix de l'énergie augmente", "The energy price increases"),
    ])
    func idiomsAndWordOrder(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result == english, "\(french) → \(result)")
    }

    /// Subject pronouns for things ("it"), impersonal "il", the number of invariable nouns,
    /// and lines written in capitals.
    @Test(arguments: [
        // il/elle standing for a thing in the same line is "it"; for a person, a proper name,
        // or with no antecedent, "he"/"she".
        ("La voiture est rouge. Elle est rapide.", "The car is red. It is fast."),
        ("Le projet avance. Il sera terminé en mai.", "The project advances. It will be finished in May."),
        ("La voiture est rouge. Elle est rapide. Elle est neuve.", "The car is red. It is fast. It is new."),
        ("Il a acheté une voiture. Elle est rouge.", "He bought a car. It is red."),
        ("La réunion a commencé, mais elle a été interrompue.", "The meeting began, but it has been interrupted."),
        ("Le gouvernement a présenté un plan. Il veut réduire la dette.", "The government presented a plan. It wants to reduce the debt."),
        ("Le ministre a présenté la réforme. Elle sera votée en juin.", "The minister presented the reform. It will be voted in June."),
        ("La voiture est rouge. Est-elle rapide ?", "The car is red. Is it fast?"),
        ("Le président est arrivé. Il est fatigué.", "The president arrived. He is tired."),
        ("Le président a visité le chantier. Il a parlé.", "The president visited the construction site. He spoke."),
        ("La joueuse a gagné. Elle est heureuse.", "The player won. She is happy."),
        ("Le chien est malade. Il dort.", "The dog is sick. He sleeps."),
        ("Marie a acheté une voiture. Elle est contente.", "Marie bought a car. She is happy."),
        ("Pierre a acheté une voiture. Il est content.", "Pierre bought a car. He is happy."),
        ("Macron a signé la loi. Il est content.", "Macron signed the law. He is happy."),
        ("Le président a une voiture. Elle est rapide.", "The president has a car. It is fast."),
        ("La France a gagné. Elle est championne.", "France won. It is champion."),
        // A feminine title takes the sport glossary's term ("championne du monde").
        ("La France a gagné. Elle est championne du monde.", "France won. It is world champion."),
        ("Elles sont championnes du monde.", "They are world champions."),
        ("Elle est championne d'Europe.", "She is European champion."),
        ("Elle est rapide.", "She is fast."),
        ("Les voitures sont rouges. Elles sont rapides.", "Cars are red. They are fast."),
        // son/sa/ses after the verb's subject: "its" for a thing, "her" for elle or a woman.
        ("La voiture a perdu sa roue.", "The car lost its wheel."),
        ("L'entreprise a annoncé ses résultats.", "The company announced its results."),
        ("La voiture est rouge. Elle a perdu sa roue.", "The car is red. It lost its wheel."),
        ("La ministre a présenté son plan.", "The minister presented her plan."),
        ("Le président a présenté son plan.", "The president presented his plan."),
        ("Il a vendu sa maison.", "He sold his house."),
        ("La carrière a commencé, mais sa formation est finie.", "The career began, but his training is finished."),
        ("Lors de sa transformation, l'entreprise a changé.", "During its transformation, the company changed."),
        ("Lors de sa visite, la ministre a parlé.", "During her visit, the minister spoke."),
        ("la réalité virtuelle, qui s'est développée avec sa division", "virtual reality, which developed with its division"),
        ("Une copie a été envoyée à George Washington le 6 juillet, qui la fit lire à ses troupes.",
         "A copy has been sent to George Washington July 6, which did to read it to his troops."),   // not the date's
        // Impersonal il.
        ("Il faut partir.", "We must leave."),
        ("La voiture est rouge. Il faut partir.", "The car is red. We must leave."),
        ("Il y a un problème.", "There is a problem."),
        ("Il est important de partir.", "It is important to leave."),
        ("Il n'est pas possible de partir.", "It is not possible to leave."),
        ("Il est content de partir.", "He is happy to leave."),
        ("Il pleut.", "It rains."),
        ("Il semble fatigué.", "He seems tired."),
        ("Il s'agit d'un problème.", "It is a problem."),
        // An invariable noun takes its number from its determiner.
        ("Des pays tels que la France et l'Italie", "Countries such as France and Italy"),
        ("les prix", "the prices"),
        ("des mois", "months"),
        ("Ces pays sont riches.", "These countries are rich."),
        ("Trois pays ont signé.", "Three countries signed."),
        ("Le pays est riche.", "The country is rich."),
        ("Les fils du président", "The sons of the president"),
        ("Les pays européens", "The European countries"),
        // After a quantity, an invariable noun counts unless English reads it as a mass.
        // Cities and countries are things: "it"; a person's first name keeps "he"/"she".
        ("Paris est une ville. Elle est belle.", "Paris is a city. It is beautiful."),
        ("Lyon est une ville. Il est grand.", "Lyon is a city. It is big."),
        ("La France est un pays. Elle est belle.", "France is a country. It is beautiful."),
        ("L'Allemagne est un pays. Elle est riche.", "Germany is a country. It is rich."),
        ("Le Japon est un pays. Il est riche.", "Japan is a country. It is rich."),
        ("Marie est une amie. Elle est belle.", "Marie is a friend. She is beautiful."),
        ("Pierre est un ami. Il est grand.", "Pierre is a friend. He is big."),
        ("Beaucoup de pays ont fermé leurs frontières.", "Many countries closed their borders."),
        ("Peu de pays ont signé.", "Few countries signed."),
        ("Combien de pays ont signé ?", "How many countries signed?"),
        ("Il a attendu trop de mois.", "He waited too many months."),
        ("Beaucoup de grands pays ont signé.", "Many big countries signed."),
        ("Il y a trop de cas.", "There are too many cases."),
        ("Il a beaucoup de temps.", "He has a lot of time."),
        ("Il a eu beaucoup de succès.", "He had a lot of success."),
        ("Il y a beaucoup de travail.", "There is a lot of work."),
        ("Il y avait trop de monde.", "There were too many people."),
        ("Il y a beaucoup de gens.", "There are a lot of people."),
        ("Plusieurs pays ont signé.", "Several countries signed."),
        // A line in capitals comes out in capitals, the words English adds too.
        ("FAUT-IL PARTIR ?", "SHOULD WE LEAVE?"),
        ("LA FAMILLE PORTE PLAINTE", "THE FAMILY FILES A COMPLAINT"),
        ("LE PROJET AVANCE", "THE PROJECT ADVANCES"),
    ])
    func pronounsAndAgreement(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result == english, "\(french) → \(result)")
    }

    /// Quantities after "il y a", negated questions with a noun subject, verbs whose
    /// preposition changes their English, and "to" before an infinitive complement.
    @Test(arguments: [
        // "il y a peu de": the quantity counts the noun; "il y a peu" alone is "recently".
        ("Il y a peu de pays qui ont réussi.", "There are few countries that succeeded."),
        ("Il y a peu d'argent.", "There is little money."),
        ("Il y a peu de chances.", "There is little chance."),
        ("Il y a très peu de pays.", "There are very few countries."),
        ("Très peu de pays ont réussi.", "Very few countries succeeded."),
        ("Il y a peu, il est parti.", "Recently, he left."),
        ("Il y a peu de temps.", "A short time ago."),
        ("Il a un peu d'argent.", "He has a little money."),
        // A negated question after pourquoi/comment/quand/où puts do/did before the noun subject;
        // "pas de" is "a" after avoir before a singular count noun, "any" otherwise.
        ("Pourquoi les Singapouriens n'ont-ils pas de voiture ?", "Why do Singapouriens not have a car?"),
        ("Pourquoi les Singapouriens n'ont-ils pas de voitures ?", "Why do Singapouriens not have any cars?"),
        ("Comment le gouvernement ne voit-il pas le problème ?", "How does the government not see the problem?"),
        ("Pourquoi le PSG n'a-t-il pas gagné ?", "Why did PSG not win?"),
        ("Le PSG n'a-t-il pas gagné ?", "Did PSG not win?"),
        ("Le PSG n'a-t-il pas de joueurs ?", "Does PSG not have any players?"),
        ("Il n'a pas de voiture.", "He does not have a car."),
        ("Il n'a pas d'argent.", "He does not have any money."),
        ("Je n'ai pas de voitures.", "I do not have any cars."),
        ("Je n'ai pas d'autre option.", "I do not have any other option."),
        ("Ils ne rencontraient pas de compréhension.", "They did not meet any understanding."),
        ("Il n'a pas encore d'impact.", "He does not yet have an impact."),
        // The object of a fronted question follows the subject and keeps its article.
        ("Le PSG peut-il imposer des règles ?", "Can PSG impose rules?"),
        // passer par: "go through"; "en passant par" (a route, or a list's middle) is "via".
        ("Le projet passe par le Sénat.", "The project goes through the Senate."),
        ("Il faut passer par Paris.", "We must go through Paris."),
        ("Le projet est passé par le Sénat.", "The project went through the Senate."),
        ("Il est venu en passant par Paris.", "He came via Paris."),
        // Other verbs whose "de" (du, des) has its own English; a partitive stays one.
        ("Il a parlé des règles.", "He spoke about the rules."),
        ("Le PSG a-t-il parlé des règles ?", "Did PSG speak about the rules?"),
        ("Il vient du Japon.", "He comes from Japan."),
        ("Il dépend des règles.", "He depends on the rules."),
        ("Il souffre du froid.", "He suffers from the cold."),
        ("Il discute des règles.", "He discusses the rules."),
        // … also before an indefinite plural with its adjective ("de graves maladies").
        ("Il souffre de graves maladies.", "He suffers from serious diseases."),
        ("Ils parlent de grands projets.", "They speak about big projects."),
        ("Il a parlé de grands projets.", "He spoke about big projects."),
        ("Il a de grands projets.", "He has big projects."),
        ("Il vient de partir.", "He has just left."),
        // "à" + place: "to" closing "de … à" and after a verb of motion, "in" otherwise.
        ("Il va de Paris à Lyon.", "He goes from Paris to Lyon."),
        ("De Paris à Lyon, il y a 400 km.", "From Paris to Lyon, there are 400 km."),
        ("Le train de Paris à Lyon part à midi.", "The train from Paris to Lyon leaves at noon."),
        ("Les vols de Paris au Japon sont annulés.", "The flights from Paris to Japan are canceled."),
        ("Les promesses de Zuckerberg à Paris.", "Zuckerberg's promises in Paris."),
        ("Il va à Lyon.", "He goes to Lyon."),
        ("Il est allé à Paris.", "He went to Paris."),
        ("Il va au Japon.", "He goes to Japan."),
        ("Il est à Lyon.", "He is in Lyon."),
        ("Il arrive à Lyon.", "He arrives in Lyon."),
        ("Il est au Japon.", "He is in Japan."),
        ("Il boit du lait.", "He drinks milk."),
        ("Le PSG a-t-il bu du lait ?", "Did PSG drink milk?"),
        // Infinitive complements: "to" after want, hope, seem …; none after can, must, should.
        ("Pourquoi une organisation voudrait-elle imposer des règles ?", "Why would an organization want to impose rules?"),
        ("Une organisation voudrait imposer des règles.", "An organization would like to impose rules."),
        ("Ils ont voulu imposer des règles.", "They wanted to impose rules."),
        ("Ils auraient voulu imposer des règles.", "They would have wanted to impose rules."),
        ("Ils n'ont pas voulu l'imposer.", "They did not want to impose it."),
        ("Elle semble vouloir partir.", "She seems to want to leave."),
        ("Elle espère gagner.", "She hopes to win."),
        ("Il essaie de partir.", "He tries to leave."),
        ("Il a décidé de partir.", "He decided to leave."),
        ("Ils refusent de partir.", "They refuse to leave."),
        ("Ils ont pu imposer des règles.", "They were able to impose rules."),
        ("Il peut imposer des règles.", "He can impose rules."),
        ("Il doit imposer des règles.", "He must impose rules."),
        ("Il devrait imposer des règles.", "He should impose rules."),
        ("Ils savent imposer des règles.", "They know how to impose rules."),
        ("Il ne sait pas nager.", "He does not know how to swim."),
        ("Le PSG sait-il gagner ?", "Does PSG know how to win?"),
        ("Ils comptent imposer des règles.", "They intend to impose rules."),
        ("Il compte les voix.", "He counts the voices."),
        ("Il pense partir demain.", "He plans to leave tomorrow."),
        ("Il pense à son travail.", "He thinks about his work."),
    ])
    func quantitiesQuestionsAndInfinitives(french: String, english: String) {
        let result = Self.translator.translate(french).text
        #expect(result == english, "\(french) → \(result)")
    }

    static let termTranslator: Translator = {
        let shipped = try! Translator()
        let origin = GlossaryEntry.Origin(file: "terms.tsv", line: 1)
        let terms = Glossary(path: "terms.tsv", format: .tsv, entries: [
            GlossaryEntry(source: "toucher", targets: ["touch", "touching"], origin: origin),
            GlossaryEntry(source: "épidémie", targets: ["disease outbreak", "epidemic", "outbreak"], origin: origin),
            GlossaryEntry(source: "épidémie de COVID-19", targets: ["COVID-19 epidemic", "COVID-19 outbreak"], origin: origin),
            GlossaryEntry(source: "désinfectant", targets: ["disinfectant"], origin: origin),
            GlossaryEntry(source: "grippe", targets: ["flu", "influenza"], origin: .init(file: "terms.tsv", line: 5)),
            GlossaryEntry(source: "grippe saisonnière", targets: ["seasonal flu", "seasonal influenza"], origin: origin),
            GlossaryEntry(source: "laboratoire", targets: ["laboratory", "lab"], origin: origin),
            GlossaryEntry(source: "grippe de 1918", targets: ["1918 flu"], origin: origin),
        ])
        return Translator(lexicon: shipped.lexicon, glossaries: [], userGlossaries: [terms])
    }()

    /// A user's term is applied in the form the grammar needs, and a longer term's alternative
    /// agrees with its head's translation.
    @Test(arguments: [
        ("évitez de toucher la table", "avoid touching"),        // a frozen entry's infinitive still takes the gerund
        ("il faut toucher", "touch"),
        ("avec l'épidémie de COVID-19", "the COVID-19 outbreak"),  // agrees with épidémie → "disease outbreak"
        ("des lingettes désinfectantes", "disinfectant wipes"),
        ("la pandémie de grippe de 1918 a tué", "1918 flu"),
        ("la grippe de 1918-1919 a tué", "flu of 1918-1919"),    // a term ending in a number never ends inside a range
        ("la grippe de 1918-1919 a tué 50 millions de personnes.", "influenza of 1918-1919"),  // "grippe" is still the user's term
        ("la grippe de 1918 – 1919 a tué", "1918 flu"),          // spaced: two numbers, the term matches
    ])
    func userTermsInContext(french: String, english: String) {
        let result = Self.termTranslator.translate(french).text
        #expect(result.contains(english), "\(french) → \(result)")
    }

    /// Alternatives that are one word in two registers follow the line's: full forms in prose,
    /// clipped ones in speech and headlines; other alternatives keep the glossary's order.
    @Test(arguments: [
        ("Il a la grippe.", "He has influenza."),                                       // prose
        ("Les échantillons sont envoyés au laboratoire pour la grippe.", "influenza"),
        ("La grippe saisonnière tue chaque année.", "seasonal influenza"),               // a multi-word term
        ("je pense que c'est la grippe", "flu"),                                        // I
        ("Vous avez sans doute la grippe.", "flu"),                                     // you
        ("Respectez les gestes qui préviennent la grippe.", "flu"),                     // an imperative: you
        ("Votre laboratoire a appelé.", "lab"),                                         // you: the clipped form
        ("La grippe frappe la France", "flu"),                                          // a headline
        ("La grippe saisonnière arrive", "seasonal flu"),
        ("Le laboratoire a publié ses résultats.", "laboratory"),                       // prose keeps the full first
        ("avec l'épidémie de COVID-19.", "the COVID-19 outbreak"),                      // not a register pair: order kept
    ])
    func registerChoosesAmongAlternatives(french: String, english: String) {
        let result = Self.termTranslator.translate(french).text.lowercased()
        #expect(result.contains(english.lowercased()), "\(french) → \(result)")
        if english.contains("influenza") { #expect(!result.contains(" flu")) }
    }

    @Test func registerChoiceIsExplained() {
        let span = Self.termTranslator.translate("Tous les échantillons sont testés pour la grippe.").spans.first { $0.text == "influenza" }
        #expect(span?.rule == .glossary)
        #expect(span?.origin == "written prose: 'influenza', not 'flu' (terms.tsv:5)")
        let kept = Self.termTranslator.translate("La grippe arrive").spans.first { $0.text == "Flu" || $0.text == "flu" }
        #expect(kept?.origin == "terms.tsv:5")
    }

    @Test func alternativesFollowTheHeadWord() {
        let origin = GlossaryEntry.Origin(file: "t.tsv", line: 1)
        let glossary = Glossary(path: "t.tsv", format: .tsv, entries: [
            GlossaryEntry(source: "grippe", targets: ["flu", "influenza"], origin: origin),
            GlossaryEntry(source: "grippe saisonnière", targets: ["seasonal influenza", "seasonal flu"], origin: origin),
            GlossaryEntry(source: "virus de la grippe", targets: ["influenza virus", "flu virus"], origin: origin),
            GlossaryEntry(source: "grippe aviaire", targets: ["bird flu", "avian flu"], origin: origin),  // both agree: order kept
            GlossaryEntry(source: "taux de mortalité", targets: ["death rate", "mortality rate"], origin: origin),  // no one-word entry
        ])
        let harmonized = Glossary.harmonizingAlternatives([glossary])[0].entries.map(\.preferredTarget)
        #expect(harmonized == ["flu", "seasonal flu", "flu virus", "bird flu", "death rate"])
    }
}
