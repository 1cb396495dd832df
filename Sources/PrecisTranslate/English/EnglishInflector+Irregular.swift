// The irregular English forms the inflector needs. Our own lists, from standard grammars.

extension EnglishInflector {
    /// base → (simple past, past participle)
    static let irregularVerbs: [String: (past: String, participle: String)] = {
        let table = """
        arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become|\
        begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|\
        blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|\
        build built built|burn burned burned|burst burst burst|buy bought bought|cast cast cast|catch caught caught|\
        choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|\
        deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamed dreamed|drink drank drunk|\
        drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|\
        find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast|\
        foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|\
        get got gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|\
        have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|\
        kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leaned leaned|leap leaped leaped|\
        learn learned learned|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|\
        make made made|mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|\
        overcome overcame overcome|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|\
        prove proved proven|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|\
        rethink rethought rethought|rewrite rewrote rewritten|rid rid rid|ride rode ridden|ring rang rung|\
        rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|\
        set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|\
        shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|\
        slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|spit spat spat|\
        split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|\
        stick stuck stuck|sting stung stung|strike struck struck|strive strove striven|swear swore sworn|\
        sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|\
        tell told told|think thought thought|throw threw thrown|thrust thrust thrust|undergo underwent undergone|\
        understand understood understood|undertake undertook undertaken|undo undid undone|upset upset upset|\
        uphold upheld upheld|wake woke woken|wear wore worn|weep wept wept|win won won|wind wound wound|\
        withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written|\
        outlaw outlawed outlawed|oversee oversaw overseen|override overrode overridden|overrun overran overrun|\
        partake partook partaken|inlay inlaid inlaid|input input input|offset offset offset|outdo outdid outdone|\
        outgrow outgrew outgrown|overdo overdid overdone|overhear overheard overheard|oversleep overslept overslept|\
        reset reset reset|retell retold retold|sew sewed sewn|sow sowed sown|stride strode stridden|\
        foretell foretold foretold|backslide backslid backslid|breastfeed breastfed breastfed|mow mowed mown|\
        swell swelled swollen|tread trod trodden|unwind unwound unwound|withstand withstood withstood|\
        slay slew slain|smell smelled smelled|spell spelled spelled|spill spilled spilled|spoil spoiled spoiled|\
        dwell dwelt dwelt|hurt hurt hurt|knit knit knit|misunderstand misunderstood misunderstood|\
        outrun outran outrun|outsell outsold outsold|outshine outshone outshone|overpay overpaid overpaid|\
        oversell oversold oversold|overspend overspent overspent|overthink overthought overthought|\
        relay relayed relayed|repay repaid repaid|resell resold resold|resend resent resent|rerun reran rerun|\
        retake retook retaken|rewind rewound rewound|underpay underpaid underpaid|undersell undersold undersold|\
        underwrite underwrote underwritten|uphold upheld upheld|withdraw withdrew withdrawn|rebuild rebuilt rebuilt|\
        reread reread reread|remake remade remade|resit resat resat|shoe shod shod|sneak snuck snuck|\
        stink stank stunk|string strung strung|wring wrung wrung|befall befell befallen|behold beheld beheld|\
        beset beset beset|bespeak bespoke bespoken|forsake forsook forsaken|forgo forwent forgone|\
        mislay mislaid mislaid|mistake mistook mistaken|outbid outbid outbid|overhang overhung overhung|\
        overlay overlaid overlaid|overtake overtook overtaken|lie lied lied
        """
        var result: [String: (past: String, participle: String)] = [:]
        for item in table.split(separator: "|") {
            let parts = item.split(separator: " ").map(String.init)
            guard parts.count == 3, result[parts[0]] == nil else { continue }
            result[parts[0]] = (parts[1], parts[2])
        }
        return result
    }()

    static let modals: Set<String> = ["can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought"]
    static let modalPast: [String: String] = ["can": "could", "may": "might", "will": "would", "shall": "should", "must": "had to"]

    static let irregularPlurals: [String: String] = [
        "child": "children", "person": "people", "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth",
        "goose": "geese", "mouse": "mice", "ox": "oxen", "criterion": "criteria", "phenomenon": "phenomena",
        "datum": "data", "medium": "media", "curriculum": "curricula", "bacterium": "bacteria", "nucleus": "nuclei",
        "stimulus": "stimuli", "fungus": "fungi", "cactus": "cacti", "appendix": "appendices", "index": "indices",
        "matrix": "matrices", "vertex": "vertices", "thesis": "theses", "crisis": "crises", "analysis": "analyses",
        "diagnosis": "diagnoses", "hypothesis": "hypotheses", "basis": "bases", "axis": "axes", "oasis": "oases",
        "synopsis": "synopses", "parenthesis": "parentheses", "emphasis": "emphases", "prognosis": "prognoses",
        "alumnus": "alumni", "genus": "genera", "corpus": "corpora", "die": "dice", "louse": "lice",
        "passerby": "passersby", "bus": "buses", "gas": "gases", "lens": "lenses", "bonus": "bonuses",
        "virus": "viruses", "campus": "campuses", "census": "censuses", "status": "statuses", "focus": "focuses",
        "chief": "chiefs", "roof": "roofs", "belief": "beliefs", "proof": "proofs", "cliff": "cliffs",
        "safe": "safes", "chef": "chefs", "sheriff": "sheriffs", "staff": "staff", "handkerchief": "handkerchiefs",
    ]

    static let invariablePlurals: Set<String> = [
        "sheep", "fish", "deer", "species", "series", "aircraft", "spacecraft", "hovercraft", "means", "news",
        "police", "people", "information", "equipment", "advice", "furniture", "luggage", "research", "evidence",
        "progress", "software", "hardware", "traffic", "weather", "health", "money", "music", "knowledge",
        "data", "media", "staff", "personnel", "offspring", "headquarters", "crossroads", "salmon", "trout",
        "swiss", "chinese", "japanese", "vietnamese", "portuguese", "lebanese", "senegalese", "congolese",
        "feedback", "homework", "housework", "livestock", "cattle", "clothing", "mail", "rice", "wheat",
        "unemployment", "employment", "inflation", "growth", "violence", "justice", "security", "safety",
        "poverty", "pollution", "tourism", "terrorism", "racism", "climate", "energy", "electricity",
        "intelligence", "youth", "welfare", "healthcare", "childcare", "aid", "damage", "infrastructure",
        "spending", "funding", "housing", "training", "shopping", "clothing", "fishing", "hunting", "parking",
        "smoking", "doping", "trafficking", "money laundering", "fraud", "corruption", "unrest", "wildlife", "travel",
    ]

    /// Nouns in -ing that do take a plural (others, "funding", "breathing", are uncountable).
    static let countableGerunds: Set<String> = [
        "building", "meeting", "hearing", "painting", "recording", "being", "ending", "finding", "saving", "earning",
        "holding", "opening", "ruling", "setting", "wedding", "warning", "ceiling", "feeling", "offering", "crossing",
        "sibling", "evening", "morning", "outing", "uprising", "bombing", "shooting", "killing", "stabbing",
        "kidnapping", "beating", "landing", "posting", "listing", "filing", "briefing", "rating", "reading", "drawing",
        "happening", "surrounding", "belonging", "beginning", "proceeding", "dealing", "clipping", "stocking",
        "pudding", "dumpling", "duckling", "seedling", "lightning", "undertaking", "gathering", "marking", "sitting",
    ]
    static let oPlurals: Set<String> = ["hero", "potato", "tomato", "veto", "echo", "torpedo", "embargo", "tornado", "volcano", "mosquito", "domino", "cargo"]
    static let fPlurals: Set<String> = ["life", "wife", "knife", "leaf", "half", "thief", "shelf", "wolf", "calf", "loaf", "self", "sheaf", "elf", "scarf", "wharf"]

    static let doublingVerbs: Set<String> = [
        "admit", "commit", "permit", "submit", "omit", "emit", "transmit", "occur", "recur", "incur", "refer",
        "prefer", "transfer", "confer", "defer", "deter", "control", "patrol", "regret", "equip", "compel",
        "expel", "propel", "repel", "rebel", "excel", "outfit", "upset", "embed", "kidnap", "worship", "format",
        "acquit", "abet", "allot", "forbid", "forget", "begin", "unplug", "overlap", "handicap", "program",
    ]

    static let consonantSoundPrefixes = ["uni", "use", "usu", "uti", "uro", "eu", "one", "once", "ukr", "uga", "ura"]
    static let vowelSoundPrefixes = ["hour", "honest", "honor", "heir", "herb"]
    static let pronouncedInitialisms: Set<String> = ["NATO", "UNESCO", "UNICEF", "OPEC", "NASA", "AIDS", "COVID", "UEFA", "FIFA", "ISIS", "OECD"]
}
