import Testing
@testable import PrecisTranslate

struct EnglishInflectorTests {
    @Test(arguments: [
        ("network", "networks"), ("social network", "social networks"), ("data center", "data centers"),
        ("child", "children"), ("crisis", "crises"), ("policy", "policies"), ("day", "days"), ("box", "boxes"),
        ("church", "churches"), ("minister of health", "ministers of health"), ("woman", "women"),
        ("policeman", "policemen"), ("human", "humans"), ("life", "lives"), ("hero", "heroes"),
        ("photo", "photos"), ("CEO", "CEOs"), ("sheep", "sheep"), ("series", "series"), ("bus", "buses"),
        ("analysis", "analyses"), ("person", "people"), ("chief", "chiefs"), ("economics", "economics"),
    ])
    func plural(singular: String, plural: String) {
        #expect(EnglishInflector.plural(singular) == plural)
    }

    /// The singular, the plural's inverse; words that are their own plural stay.
    @Test(arguments: [
        ("face masks", "face mask"), ("networks", "network"), ("children", "child"), ("crises", "crisis"),
        ("policies", "policy"), ("boxes", "box"), ("churches", "church"), ("ministers of health", "minister of health"),
        ("women", "woman"), ("lives", "life"), ("heroes", "hero"), ("photos", "photo"), ("CEOs", "CEO"),
        ("sheep", "sheep"), ("series", "series"), ("buses", "bus"), ("analyses", "analysis"), ("people", "person"),
        ("test kits", "test kit"), ("news", "news"), ("economics", "economics"), ("leaves", "leaf"),
    ])
    func singular(plural: String, singular: String) {
        #expect(EnglishInflector.singular(plural) == singular)
    }

    @Test(arguments: [
        ("unveil", EnglishInflector.VerbInflection.pastParticiple, "unveiled"), ("stop", .past, "stopped"),
        ("try", .present, "tries"), ("go", .present, "goes"), ("have", .present, "has"), ("be", .present, "is"),
        ("take place", .past, "took place"), ("admit", .gerund, "admitting"), ("make", .gerund, "making"),
        ("die", .gerund, "dying"), ("visit", .past, "visited"), ("announce", .past, "announced"),
        ("carry", .past, "carried"), ("play", .past, "played"), ("see", .gerund, "seeing"), ("fix", .present, "fixes"),
        ("write", .pastParticiple, "written"), ("can", .present, "can"), ("Challenge", .present, "Challenges"),
        ("point out", .present, "points out"), ("plan", .past, "planned"), ("open", .past, "opened"),
    ])
    func verb(base: String, inflection: EnglishInflector.VerbInflection, expected: String) {
        #expect(EnglishInflector.verb(base, inflection) == expected)
    }

    @Test func agreementOfBe() {
        #expect(EnglishInflector.verb("be", .present, person: 1, plural: false) == "am")
        #expect(EnglishInflector.verb("be", .present, person: 3, plural: true) == "are")
        #expect(EnglishInflector.verb("be", .past, person: 3, plural: true) == "were")
        #expect(EnglishInflector.verb("challenge", .present, person: 3, plural: true) == "challenge")
    }

    @Test(arguments: [("apple", true), ("university", false), ("hour", true), ("European", false), ("FBI", true),
                      ("NATO", false), ("year", false), ("8", true), ("idea", true), ("one", false), ("SNCF", true)])
    func indefiniteArticle(word: String, takesAn: Bool) {
        #expect(EnglishInflector.takesAn(word) == takesAn)
    }
}
