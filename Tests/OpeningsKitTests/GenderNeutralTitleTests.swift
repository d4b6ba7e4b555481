import Testing
@testable import OpeningsKit

/// `GenderNeutralTitle`: each language's conventions for neutral job titles, the titles
/// that follow them, and the words that name one gender.
@Suite struct GenderNeutralTitleTests {
    static func finding(_ title: String, _ language: String) -> GenderNeutralTitle.Finding? {
        GenderNeutralTitle.finding(in: title, language: language)
    }

    // MARK: German

    static let germanPasses = [
        // Markers, in any order, case and spacing, with any third option.
        "Verkäufer (m/w/d)", "Verkäufer (w/m/d)", "Verkäufer (m/f/d)", "Verkäufer (d/m/w)", "Verkäufer (M/W/D)",
        "Verkäufer ( m / w / d )", "Verkäufer [m/w/d]", "Verkäufer m/w/d", "Verkäufer (m/w/x)", "Verkäufer (w/m/div.)",
        "Verkäufer (m/w/divers)", "Verkäufer (m|w|d)", "Verkäufer (mwd)", "Verkäufer (all genders)", "Verkäufer (gn)",
        "Verkäufer (gn*)", "Verkäufer (m/w/d) in Teilzeit", "Kaufmann im Einzelhandel (m/w/d)",
        // Inclusive spellings and both forms.
        "Verkäufer*in", "Verkäufer:in", "Verkäufer_in", "VerkäuferIn", "Verkäufer/-in", "Verkäufer/in", "Verkäufer(in)",
        "Verkäuferin / Verkäufer", "Verkäuferin oder Verkäufer", "Verkäufer und Verkäuferin", "Kaufmann/-frau im Einzelhandel",
        "Kauffrau/Kaufmann für Büromanagement", "Mitarbeiter*innen im Kundenservice", "Ärztin/Arzt", "Angestellte/r",
        // Neutral nouns.
        "Fachkraft für Lagerlogistik", "Leitung Finanzen", "Teamleitung Vertrieb", "Assistenz der Geschäftsführung",
        "Aushilfe im Verkauf", "Pflegekraft", "Praktikum im Marketing", "Ausbildung zur Fachkraft für Lagerlogistik",
        "Werkstudierende im Vertrieb", "Person für den Empfang", "Studentische Aushilfe", "Kaufmännische Leitung",
        "Geschäftsführung", "Pflegefachkraft", "IT-Fachkraft", "Duales Studium BWL", "Initiativbewerbung",
        "Mitarbeitende Kundenservice", "Traineeprogramm Vertrieb",
        // English names with a marker; a German title with a binary marker plus an inclusive form.
        "Head of Sales (m/w/d)", "Software Engineer (m/f/d)", "Senior Product Manager (w/m/d)", "Verkäufer*in (m/w)",
        // Not a person: "Technischer Support".
        "Technischer Support",
    ]

    static let germanFindings: [(String, String, Int)] = [
        ("Verkäufer", "Verkäufer", 0),
        ("Softwareentwickler", "Softwareentwickler", 0),
        ("Kaufmann im Einzelhandel", "Kaufmann", 0),
        ("Senior Softwareentwickler", "Softwareentwickler", 7),
        ("Software Engineer", "Engineer", 9),
        ("Head of Sales", "Head", 0),
        ("Leiter Vertrieb", "Leiter", 0),
        ("Technischer Redakteur", "Redakteur", 12),
        ("Werkstudent Marketing", "Werkstudent", 0),
        ("Verkäuferin", "Verkäuferin", 0),
        ("Ärztin für Allgemeinmedizin", "Ärztin", 0),
        ("Praktikum als Softwareentwickler", "Softwareentwickler", 14),
        ("Ausbildung zum Kaufmann im Einzelhandel", "Kaufmann", 15),
        ("Ausbildung zum Fachlageristen", "Fachlageristen", 15),
        ("Fachinformatiker für Systemintegration", "Fachinformatiker", 0),
        ("Maler und Lackierer", "Maler", 0),
        ("Kauffrau für Büromanagement", "Kauffrau", 0),
        ("Customer Success Manager", "Manager", 17),
        ("Mitarbeiter Zentrallager", "Mitarbeiter", 0),
        ("Werkstudent Projektleitung", "Werkstudent", 0),
        ("Berlin – Verkäufer", "Verkäufer", 9),
        ("Oberarzt Kardiologie", "Oberarzt", 0),
        ("Salesman", "Salesman", 0),
        // A noun for the post does not excuse the person noun beside it.
        ("Ausbildung Industriemechaniker", "Industriemechaniker", 11),
        // "-iger" and "-ender" end nouns as well as adjectives.
        ("Quereinsteiger Vertrieb", "Quereinsteiger", 0),
        ("Leitender Oberarzt", "Oberarzt", 10),
        ("Stellvertretender Filialleiter", "Filialleiter", 18),
    ]

    @Test func germanHints() throws {
        #expect(try #require(Self.finding("Verkäufer", "de")).hint == "add “(m/w/d)” or use an inclusive form such as “Verkäufer*in”")
        #expect(try #require(Self.finding("Verkäuferin", "de")).hint == "add “(m/w/d)” or use an inclusive form such as “Verkäufer*in”")
        #expect(try #require(Self.finding("Kaufmann im Einzelhandel", "de")).hint == "add “(m/w/d)” or name both forms, such as “Kauffrau/-mann”")
        #expect(try #require(Self.finding("Facharzt", "de")).hint.contains("Fachärzt*in"))
        #expect(try #require(Self.finding("Kollege im Lager", "de")).hint.contains("Kolleg*in"))
        #expect(try #require(Self.finding("Quereinsteiger Vertrieb", "de")).hint.contains("Quereinsteiger*in"))
        #expect(try #require(Self.finding("Steuerfachangestellter", "de")).hint.contains("Steuerfachangestellte*r"))
        #expect(try #require(Self.finding("Software Engineer", "de")).hint == "add “(m/w/d)”: in German an English job name reads as masculine")
    }

    /// "(m/w)" leaves out the third option German law has recognised since 2019.
    @Test func aGermanBinaryMarkerIsReported() throws {
        let finding = try #require(Self.finding("Verkäufer (m/w)", "de-AT"))
        #expect(finding.word == "(m/w)")
        #expect(finding.offset == 10)
        #expect(finding.hint == "add the third option: “(m/w/d)”")
        #expect(try #require(Self.finding("Verkäufer m/w", "de")).word == "m/w")
    }

    // MARK: French

    static let frenchPasses = [
        "Comptable (H/F)", "Vendeur (H/F)", "Vendeur (F/H)", "Vendeur H/F", "Développeur (H/F/X)", "Développeur F/H/N",
        "Vendeur (h / f)", "Vendeur·euse", "Vendeur.euse", "Vendeur/vendeuse", "Vendeur ou vendeuse", "Vendeuse / Vendeur",
        "Chargé(e) de clientèle", "Assistant·e de direction", "Conseiller·ère de vente", "Technicien·ne de maintenance",
        "Directeur·rice commercial·e", "Homme/Femme de ménage", "Responsable RH", "Responsable commercial", "Comptable",
        "Architecte logiciel", "Analyste financier", "Gestionnaire de paie", "Secrétaire médicale", "Juriste en droit social",
        "Stage en marketing digital", "Stagiaire en communication", "Software Engineer", "Customer Success Manager",
        "Sage-femme", "Aide à domicile", "Responsable RH – Direction financière", "Gestionnaire de paie – Poste basé à Lyon",
        "Médecin du travail", "Chef de projet (H/F)", "Commis de cuisine",
    ]

    static let frenchFindings: [(String, String, Int)] = [
        ("Vendeur", "Vendeur", 0),
        ("Directeur commercial", "Directeur", 0),
        ("Chef de projet", "Chef", 0),
        ("Ingénieur logiciel", "Ingénieur", 0),
        ("Vendeuse", "Vendeuse", 0),
        ("Infirmière de nuit", "Infirmière", 0),
        ("Assistant marketing", "Assistant", 0),
        ("Chargé de clientèle", "Chargé", 0),
        ("Stage – Développeur web", "Développeur", 8),
        ("Serveur", "Serveur", 0),
        ("Technicien de maintenance", "Technicien", 0),
        ("Expert-comptable", "Expert-comptable", 0),
        ("Senior Consultant SAP", "Consultant", 7),
        ("Aide-soignant", "Aide-soignant", 0),
        ("Paris – Cuisinier", "Cuisinier", 8),
        ("Hôte de caisse", "Hôte", 0),
    ]

    @Test func frenchHints() throws {
        #expect(try #require(Self.finding("Vendeur", "fr")).hint == "add “(H/F)” or write “Vendeur·euse”")
        #expect(try #require(Self.finding("Directeur commercial", "fr")).hint == "add “(H/F)” or write “Directeur·rice”")
        #expect(try #require(Self.finding("Ingénieur", "fr")).hint == "add “(H/F)” or write “Ingénieur·e”")
        #expect(try #require(Self.finding("Chef de projet", "fr")).hint == "add “(H/F)” or write “Chef·fe”")
        #expect(try #require(Self.finding("Technicien", "fr")).hint == "add “(H/F)” or write “Technicien·ne”")
        #expect(try #require(Self.finding("Acheteur", "fr")).hint == "add “(H/F)” or write “Acheteur·euse”")
        #expect(try #require(Self.finding("Opérateur de production", "fr")).hint == "add “(H/F)” or write “Opérateur·rice”")
    }

    // MARK: Spanish

    static let spanishPasses = [
        "Vendedor (h/m)", "Vendedor (m/f)", "Vendedor (H/M/X)", "Vendedor/a", "Vendedor(a)", "Vendedor/vendedora",
        "Vendedor o vendedora", "Analista de datos", "Responsable de tienda", "Dependiente", "Prácticas en marketing",
        "Camarero/a", "Cajera/o", "Auxiliar administrativo", "Gerente de ventas", "Comercial", "Recepcionista", "Product Manager",
    ]

    static let spanishFindings: [(String, String, Int)] = [
        ("Vendedor", "Vendedor", 0),
        ("Camarera", "Camarera", 0),
        ("Jefe de proyecto", "Jefe", 0),
        ("Ingeniero de software", "Ingeniero", 0),
        ("Técnico de sistemas", "Técnico", 0),
        ("Abogado", "Abogado", 0),
        ("Madrid – Programador Java", "Programador", 9),
        ("Prácticas Diseñador gráfico", "Diseñador", 10),
    ]

    // MARK: Italian

    static let italianPasses = [
        "Commesso/a", "Commesso/commessa", "Commesso (m/f)", "Operaio (m/f/x)", "Addetto vendite (m/w)", "Cameriere/a",
        "Direttore/Direttrice", "Barista", "Responsabile commerciale", "Tirocinio in marketing", "Contabile", "Store Manager",
        "Consulente finanziario", "Hostess e steward", "Commessa/o",
    ]

    static let italianFindings: [(String, String, Int)] = [
        ("Commesso", "Commesso", 0),
        ("Cameriera", "Cameriera", 0),
        ("Impiegato amministrativo", "Impiegato", 0),
        ("Direttore vendite", "Direttore", 0),
        ("Ingegnere meccanico", "Ingegnere", 0),
        ("Addetto alle vendite", "Addetto", 0),
        ("Magazziniere", "Magazziniere", 0),
    ]

    @Test func italianAndSpanishHints() throws {
        #expect(try #require(Self.finding("Commesso", "it")).hint == "add “(m/f)” or write “Commesso/a”")
        #expect(try #require(Self.finding("Direttore vendite", "it")).hint == "add “(m/f)” or write “Direttore/trice”")
        #expect(try #require(Self.finding("Vendedor", "es")).hint == "add “(h/m)” or write “Vendedor/a”")
    }

    // MARK: Dutch

    static let dutchPasses = [
        "Verkoper", "Verkoopmedewerker", "Directeur", "Kassamedewerker", "Verkoopster (m/v)", "Burgemeester", "Scrum Master",
        "Medewerker Human Resources", "Timmerman (m/v/x)", "Verkoper (v/m/x)", "Schoonmaker", "Verpleegkundige",
    ]

    static let dutchFindings: [(String, String, Int)] = [
        ("Verkoopster", "Verkoopster", 0),
        ("Directrice", "Directrice", 0),
        ("Kassière", "Kassière", 0),
        ("Schoonmaakvrouw", "Schoonmaakvrouw", 0),
        ("Vakman elektrotechniek", "Vakman", 0),
        ("Secretaresse", "Secretaresse", 0),
        ("Ervaren zakenman", "zakenman", 8),
    ]

    // MARK: Polish

    static let polishPasses = [
        "Kierownik projektu (k/m)", "Sprzedawca (K/M)", "Specjalista ds. sprzedaży (M/K/N)", "Sprzedawca (m/k)",
        "Sprzedawca/sprzedawczyni", "Sprzedawca/-czyni", "Księgowy/a", "Asystent/ka zarządu", "Osoba do sprzątania",
        "Staż w dziale HR", "Software Engineer", "Kierownik/Kierowniczka sklepu",
    ]

    static let polishFindings: [(String, String, Int)] = [
        ("Sprzedawca", "Sprzedawca", 0),
        ("Kierownik projektu", "Kierownik", 0),
        ("Programista Java", "Programista", 0),
        ("Księgowa", "Księgowa", 0),
        ("Starszy specjalista ds. marketingu", "specjalista", 8),
        ("Asystentka zarządu", "Asystentka", 0),
        ("Kierowca kat. C", "Kierowca", 0),
    ]

    @Test func polishHints() throws {
        #expect(try #require(Self.finding("Sprzedawca", "pl")).hint == "add “(k/m)” or write “Sprzedawca/Sprzedawczyni”")
        #expect(try #require(Self.finding("Kierownik projektu", "pl")).hint == "add “(k/m)” or write “Kierownik/Kierowniczka”")
    }

    // MARK: Portuguese

    static let portuguesePasses = [
        "Vendedor (m/f)", "Vendedor (h/m)", "Vendedor(a)", "Vendedor/a", "Engenheiro(a) de software", "Analista de sistemas",
        "Estágio em marketing", "Gerente de loja", "Jovem Aprendiz", "Atendente", "Auxiliar administrativo",
    ]

    static let portugueseFindings: [(String, String, Int)] = [
        ("Engenheiro de software", "Engenheiro", 0),
        ("Vendedora", "Vendedora", 0),
        ("Estagiário", "Estagiário", 0),
        ("Advogado trabalhista", "Advogado", 0),
        ("Diretor comercial", "Diretor", 0),
        ("Enfermeira", "Enfermeira", 0),
    ]

    // MARK: English

    static let englishPasses = [
        "Salesperson", "Chair of the Board", "Software Engineer", "Flight Attendant", "Human Resources Manager",
        "Supervisor", "Account Executive", "Waiter/Waitress", "Salesman/Saleswoman", "Manager (m/f/d)",
    ]

    static let englishFindings: [(String, String, Int)] = [
        ("Salesman", "Salesman", 0),
        ("Senior Salesman", "Salesman", 7),
        ("Waitress", "Waitress", 0),
        ("Foreman – Construction", "Foreman", 0),
        ("Chairman's Assistant", "Chairman", 0),
        ("Cameraman", "Cameraman", 0),
        ("Stewardess", "Stewardess", 0),
    ]

    @Test func englishHintNamesANeutralTitle() throws {
        #expect(try #require(Self.finding("Salesman", "en")).hint == "use a neutral title, e.g. “salesperson”")
    }

    // MARK: Other languages

    @Test(arguments: ["sv", "ja-JP", "", "x-klingon", "da-DK"])
    func otherLanguagesAreNotJudged(language: String) {
        #expect(Self.finding("Verkäufer", language) == nil)
        #expect(GenderNeutralTitle(language: language) == nil)
    }

    @Test func theLanguageIsItsPrimarySubtag() throws {
        #expect(GenderNeutralTitle(language: "DE_ch")?.language == .de)
        #expect(GenderNeutralTitle(language: "fr-CA")?.language == .fr)
        #expect(try #require(Self.finding("Vendeur", "FR-be")).word == "Vendeur")
    }

    /// Offsets count Characters: an emoji or a combining accent is one.
    @Test func offsetsCountCharacters() throws {
        #expect(try #require(Self.finding("🚀 Verkäufer", "de")).offset == 2)
        #expect(try #require(Self.finding("Cafe\u{301} – Serveur", "fr")).offset == 7)
    }

    // MARK: Every language

    /// Each language's passing titles, with the language tag they are judged in.
    static let passing: [(String, String)] = germanPasses.map { ("de-DE", $0) }
        + frenchPasses.map { ("fr-FR", $0) }
        + spanishPasses.map { ("es-ES", $0) }
        + italianPasses.map { ("it-IT", $0) }
        + dutchPasses.map { ("nl-NL", $0) }
        + polishPasses.map { ("pl-PL", $0) }
        + portuguesePasses.map { ("pt-BR", $0) }
        + englishPasses.map { ("en-US", $0) }

    /// Each language's gendered titles: the word reported and its offset in the title.
    static let gendered: [(String, String, String, Int)] = germanFindings.map { ("de", $0.0, $0.1, $0.2) }
        + frenchFindings.map { ("fr", $0.0, $0.1, $0.2) }
        + spanishFindings.map { ("es", $0.0, $0.1, $0.2) }
        + italianFindings.map { ("it", $0.0, $0.1, $0.2) }
        + dutchFindings.map { ("nl", $0.0, $0.1, $0.2) }
        + polishFindings.map { ("pl", $0.0, $0.1, $0.2) }
        + portugueseFindings.map { ("pt", $0.0, $0.1, $0.2) }
        + englishFindings.map { ("en", $0.0, $0.1, $0.2) }

    @Test(arguments: passing)
    func passes(language: String, title: String) {
        #expect(Self.finding(title, language) == nil)
    }

    @Test(arguments: gendered)
    func reported(language: String, title: String, word: String, offset: Int) throws {
        let finding = try #require(Self.finding(title, language))
        #expect(finding.word == word)
        #expect(finding.offset == offset)
    }

    /// Every finding of these languages comes with the language's own fix.
    @Test func everyFindingHasItsLanguagesHint() throws {
        for (title, _, _) in Self.portugueseFindings {
            #expect(try #require(Self.finding(title, "pt")).hint.hasPrefix("add “(m/f)”"), "\(title)")
        }
        for (title, _, _) in Self.englishFindings {
            #expect(try #require(Self.finding(title, "en")).hint.hasPrefix("use a neutral title"), "\(title)")
        }
    }
}
