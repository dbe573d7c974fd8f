package nl.langerthuis.graph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.langerthuis.graph.seed.SeedFile;
import org.junit.jupiter.api.Test;

/**
 * The rules on small sentences taken from the four documents: what each rule reads, what it
 * refuses, and that each proposal names its rule.
 */
class RulesTest {
  private static Passage sentence(String text) {
    return new Passage(text, "test", 1, 1, List.of(), 0);
  }

  private static List<Passage> sentences(String text) {
    return Extractor.sentences(text).usable();
  }

  // ---- sentences and sections

  @Test
  void sentencesSplitAtFullStopsButNotAtAbbreviationsOrInitials() {
    assertEquals(
        List.of(
            "Op 3 februari jl. ontving ik het eindrapport van de landelijk aanjager respijt zorg mevr. Ross, welke ik ook die dag naar uw Kamer stuurde.",
            "Hiermee doe ik de motie af."),
        Segmenter.sentences(
            "Op 3 februari jl. ontving ik het eindrapport van de landelijk aanjager respijt zorg"
                + " mevr. Ross, welke ik ook die dag naar uw Kamer stuurde. Hiermee doe ik de motie"
                + " af."));
    assertEquals(
        List.of("de staatssecretaris van Volksgezondheid, Welzijn en Sport drs. M.J. van Rijn"),
        Segmenter.sentences(
            "de staatssecretaris van Volksgezondheid, Welzijn en Sport drs. M.J. van Rijn"));
  }

  @Test
  void footnotesAndHeadingsGiveTheLocation() {
    List<Passage> passages =
        sentences(
            "## Tijdelijk verblijf\n\nIk informeer u hierover, conform de motie Bergkamp en"
                + " Veldman<sup>6</sup>.\n\n<sup>6</sup> Kamerstukken II, 2019-2020, 32620, nr. 255\n");
    assertEquals("Tijdelijk verblijf", passages.get(0).at());
    assertEquals(List.of(6), passages.get(0).marks());
    assertEquals("footnote 6", passages.get(1).at());
    assertEquals("Kamerstukken II, 2019-2020, 32620, nr. 255", passages.get(1).quote());
  }

  // ---- Kamerstuk references

  @Test
  void referencesAreReadInTheFormsTheChamberUses() {
    assertEquals(
        Set.of("25295-277", "25295-315", "25295-351"),
        ReferenceRules.numbers(
                "Kamerbrieven van 22 april jl. 6 mei jl., 19 mei jl. en 4 juni (Kamerstukken"
                    + " 2019/2020, 25 295, nr. 277, nr. 315, nr. 351, nr. X)")
            .keySet());
    assertEquals(
        Set.of("35300-XVI-22"),
        ReferenceRules.numbers("Kamerstukken II, 2019-2020, 35 300-XVI, nr. 22").keySet());
    assertEquals(
        Map.of(
            "34104-477", ReferenceRules.NUMBER,
            "31765-477", ReferenceRules.PAIRED,
            "34104-488", ReferenceRules.PAIRED),
        ReferenceRules.numbers("Kamerstuk 31765 en 34104, nr. 477 en 488."));
    assertEquals(
        Set.of("34104-488", "31765-488"),
        ReferenceRules.numbers("Tweede Kamer, 31765/34104, nr 488").keySet());
  }

  @Test
  void aReferenceIsAMotionWhenTheSentenceCitingItsFootnoteSaysSo() {
    List<Draft.Reference> references =
        ReferenceRules.find(
            sentences(
                "Via een motie hebben de leden Stoffer en Ellemeet mij opgeroepen om zorg te dragen"
                    + " voor de actieve verspreiding van de handreiking.³\n\n"
                    + "³ Kamerstukken II, 2019-2020 31 765, nr. 446.\n"),
            Gazetteer.empty());
    assertEquals(1, references.size());
    assertEquals("MOTION", references.get(0).paper());
    assertEquals("reference-number+kind-in-citing-sentence", references.get(0).rule());
  }

  @Test
  void theKindWordNearestTheFootnoteMarkDecides() {
    assertEquals(
        "NOTE",
        ReferenceRules.lastKindBefore(
            "Voor de beantwoording van deze motie verwijs ik graag naar de kamerbrief die ik mede"
                + " namens de minister van BZK stuur naar aanleiding van de Initiatiefnota Wonen en"
                + " Zorg van de leden Ellemeet e.a.<sup>25</sup>",
            25));
    assertEquals(
        "LETTER",
        ReferenceRules.kindIn(
            "Kamerbrieven van 22 april jl. 6 mei jl., 19 mei jl. en 4 juni (Kamerstukken 2019/2020,"
                + " 25 295, nr. 277)"));
  }

  // ---- motions: submitters, what they ask, status

  @Test
  void submittersAreReadInEveryFormOfTheLetters() {
    assertEquals(
        List.of("Stoffer", "Ellemeet"),
        MotionRules.submitterNames(
            "Via een motie hebben de leden Stoffer en Ellemeet mij opgeroepen"));
    assertEquals(
        List.of("Bergkamp", "Veldman"),
        MotionRules.submitterNames("De motie Bergkamp/Veldman is hiermee afgedaan."));
    assertEquals(
        List.of("Segers", "Bergkamp"),
        MotionRules.submitterNames("In de motie Segers/ Bergkamp wordt verzocht om alle kennis"));
    assertEquals(
        List.of("Van der Staaij"),
        MotionRules.submitterNames("de motie van het lid Van der Staaij over mantelzorg"));
    assertEquals(
        List.of("Dik-Faber", "Van der Staaij"),
        MotionRules.submitterNames(
            "in lijn met het amendement van de leden Dik-Faber en Van der Staaij"));
    assertEquals(
        List.of("Ellemeet"),
        MotionRules.submitterNames("de eerdere motie van kamerlid Ellemeet (GL)"));
  }

  @Test
  void whatAMotionAsksIsTheClauseAfterTheRequest() {
    assertEquals(
        "zorg te dragen voor de actieve verspreiding van de handreiking",
        MotionRules.asks(
            "Via een motie hebben de leden Stoffer en Ellemeet mij opgeroepen om zorg te dragen"
                + " voor de actieve verspreiding van de handreiking."));
    assertNull(MotionRules.asks("De handreiking is nu gemakkelijk te vinden."));
  }

  @Test
  void statusStatementsAreReadWithTheRuleThatReadThem() {
    assertEquals(
        Map.entry("SETTLED", "status-afgedaan"), MotionRules.status("Hiermee doe ik de motie af."));
    assertEquals(
        Map.entry("SETTLED", "status-afgedaan"),
        MotionRules.status("Hiermee beschouw ik de motie als afgedaan."));
    assertEquals(
        Map.entry("SETTLED", "status-invulling-gegeven"),
        MotionRules.status(
            "Hiermee is invulling gegeven aan de motie Dik-Faber/Ronnes<sup>23</sup>."));
    assertEquals(
        Map.entry("IN_PROGRESS", "status-uitvoering-loopt"),
        MotionRules.status("Ik zal de motie uitvoeren."));
    assertEquals(
        Map.entry("IN_PROGRESS", "status-uitvoering-loopt"),
        MotionRules.status(
            "Ik informeer u hierover in de voortgangsrapportage van programma Langer Thuis, conform"
                + " de motie Bergkamp en Veldman⁶."));
    assertNull(MotionRules.status("De trajecten zijn eind 2014 gestart."));
  }

  @Test
  void aSettlingStatementOutranksAnEarlierOneAndFindsItsMotionBySubmitters() {
    List<Passage> passages =
        sentences(
            "Ter opvolging van de motie Bergkamp/Veldman<sup>13</sup> is er een gesprek met"
                + " veldpartijen gevoerd. De motie Bergkamp/Veldman is hiermee afgedaan.\n\n"
                + "<sup>13</sup> Kamerstukken II, 2019-2020, 32620, nr. 255\n");
    Map<String, String> people = Map.of("Bergkamp", "person/bergkamp", "Veldman", "person/veldman");
    List<Draft.Motion> motions =
        MotionRules.motions(
            ReferenceRules.find(passages, Gazetteer.empty()), passages, Gazetteer.empty(), people);
    List<Draft.StatusEvent> events = MotionRules.statusEvents(motions, passages, people);
    assertEquals(List.of("person/bergkamp", "person/veldman"), motions.get(0).submitters());
    assertEquals(1, events.size());
    assertEquals("SETTLED", events.get(0).status());
    assertEquals("De motie Bergkamp/Veldman is hiermee afgedaan.", events.get(0).quote().quote());
  }

  // ---- commitments

  @Test
  void commitmentsCarryTheDebateItsDateAndWhetherTheyWereKept() {
    List<Draft.Commitment> kept =
        CommitmentRules.find(
            List.of(
                sentence(
                    "Hiermee geef ik invulling aan de toezegging die ik heb gedaan tijdens de"
                        + " begrotingsbehandeling op 31 oktober jl.")),
            "2020-06",
            "org/tweede-kamer");
    assertEquals(1, kept.size());
    assertEquals("FULFILLED", kept.get(0).status());
    assertEquals("de begrotingsbehandeling op 31 oktober jl.", kept.get(0).occasion());
    assertEquals("2020-10-31", kept.get(0).date());
    assertEquals(CommitmentRules.TOEZEGGING, kept.get(0).rule());

    List<Draft.Commitment> open =
        CommitmentRules.find(
            List.of(
                sentence(
                    "Over de eindresultaten zal ik u in een volgende voortgangsrapportage informele"
                        + " zorg berichten."),
                sentence("De trajecten zijn eind 2014 gestart.")),
            "2015-06-24",
            null);
    assertEquals(1, open.size());
    assertEquals("OPEN", open.get(0).status());
    assertEquals(CommitmentRules.INFORM, open.get(0).rule());
  }

  // ---- actors

  @Test
  void knownNamesAreLinkedAndNewOnesProposedWithTheirRule() {
    Gazetteer gazetteer =
        Gazetteer.of(
            List.of(
                new SeedFile(
                    "x.yaml",
                    "doc/x",
                    List.of(
                        Map.of(
                            "id",
                            "org/vng",
                            "type",
                            "Organisation",
                            "name",
                            "Vereniging Nederlandse Gemeenten",
                            "abbreviation",
                            "VNG"),
                        Map.of(
                            "id",
                            "person/vera-bergkamp",
                            "type",
                            "Person",
                            "name",
                            "Vera Bergkamp")),
                    List.of())),
            f -> true);
    List<Draft.Actor> actors =
        ActorRules.find(
            sentences(
                "Ik bespreek een gezamenlijke aanpak momenteel met onder andere de VNG, ActiZ,"
                    + " InEEn en MantelzorgNL. De Nederlandse Zorgautoriteit (NZa) heeft op mijn"
                    + " verzoek een advies uitgebracht. Mede op instigatie van Kamerlid Bergkamp"
                    + " (D66) is een tas ontwikkeld. De pilots lopen in Helmond en de gemeente"
                    + " Katwijk."),
            "",
            gazetteer);
    Map<String, Draft.Actor> byId = new java.util.HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    assertEquals(Draft.Resolution.LINKED, byId.get("org/vng").resolution());
    assertEquals(ActorRules.KNOWN, byId.get("org/vng").rule());
    assertEquals(ActorRules.ENUMERATED, byId.get("org/actiz").rule());
    assertEquals(Draft.Resolution.NEW, byId.get("org/actiz").resolution());
    assertEquals("NZa", byId.get("org/nederlandse-zorgautoriteit").abbreviation());
    assertEquals("AGENCY", byId.get("org/nederlandse-zorgautoriteit").kind());
    assertEquals(Draft.Resolution.UNCERTAIN, byId.get("person/vera-bergkamp").resolution());
    assertTrue(byId.get("person/vera-bergkamp").why().contains("Bergkamp"));
    assertEquals(ActorRules.POLITICAL_PARTY, byId.get("org/d66").rule());
    assertEquals(ActorRules.MUNICIPALITY, byId.get("mun/helmond").rule());
    assertTrue(byId.containsKey("mun/katwijk"));
  }

  @Test
  void aMinistryNamedByItsAbbreviationIsTheKnownMinistry() {
    Gazetteer gazetteer =
        Gazetteer.of(
            List.of(
                new SeedFile(
                    "x.yaml",
                    "doc/x",
                    List.of(
                        Map.of(
                            "id",
                            "org/bzk",
                            "type",
                            "Organisation",
                            "name",
                            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                            "abbreviation",
                            "BZK")),
                    List.of())),
            f -> true);
    Draft.Actor actor =
        ActorRules.resolve(
            new ActorRules.Candidate(
                "ministerie van BZK",
                "Organisation",
                ActorRules.ORGANISATION_WORD,
                sentence("het ministerie van BZK"),
                null),
            gazetteer);
    assertEquals("org/bzk", actor.id());
    assertEquals(Draft.Resolution.LINKED, actor.resolution());
  }

  // ---- figures

  @Test
  void figuresKeepTheirUnitYearAndApproximation() {
    List<Draft.Figure> figures =
        FigureRules.in(
            sentence(
                "Het RIVM heeft in 2020 ruim 182 lokale en regionale samenwerkingsverbanden rondom"
                    + " ouderen in beeld gebracht, waarvan 70% bestuurlijk samenwerkt en die samen € 2,5"
                    + " miljoen ontvingen."));
    assertEquals(3, figures.size());
    Draft.Figure money = figures.get(0);
    assertEquals(2_500_000, money.value());
    assertEquals("EUR", money.unit());
    assertEquals(FigureRules.MONEY, money.rule());
    Draft.Figure percent = figures.get(1);
    assertEquals(70, percent.value());
    assertEquals("%", percent.unit());
    Draft.Figure count = figures.get(2);
    assertEquals(182, count.value());
    assertEquals("networks", count.unit());
    assertEquals("2020", count.date());
    assertTrue(count.approximate());
  }

  @Test
  void sharesAndNumbersInWordsAreFigures() {
    assertEquals(
        List.of(66.7),
        FigureRules.in(
                sentence("Twee derde van deze gemeenten heeft aangegeven dat er afspraken zijn."))
            .stream()
            .map(Draft.Figure::value)
            .toList());
    assertEquals(
        List.of(25.0),
        FigureRules.in(
                sentence(
                    "Eén op de vier werkende mantelzorgers combineert het zorgen met een baan."))
            .stream()
            .map(Draft.Figure::value)
            .toList());
    List<Draft.Figure> millions =
        FigureRules.in(
            sentence("Dat zijn bijna twee miljoen mensen die werk en mantelzorg combineren."));
    assertEquals(2_000_000, millions.get(0).value());
    assertEquals("persons", millions.get(0).unit());
    assertEquals(FigureRules.WORD_COUNT, millions.get(0).rule());
    assertTrue(millions.get(0).approximate());
  }

  @Test
  void yearsDatesPapersAndReMentionsAreNotFigures() {
    assertEquals(
        List.of(),
        FigureRules.in(
            sentence(
                "Voorafgaand aan het geplande notaoverleg van 15 juni 2020 wil ik u een stand van"
                    + " zaken geven over de drie actielijnen (Kamerstukken II, 31 765, nr. 446).")));
    assertEquals(List.of(), FigureRules.in(sentence("Parnassusplein 5 | 2511 VX Den Haag")));
  }

  // ---- the document

  @Test
  void theLetterheadGivesTitleDateAndKind() {
    String text =
        "Ministerie van Volksgezondheid,  \nWelzijn en Sport\n\n**Kenmerk**\n\n784721-138284-DMO\n\n"
            + "Datum 24 juni 2015  \nBetreft Voortgangsrapportage Informele Zorg\n\nGeachte voorzitter,\n";
    Draft.Document document =
        DocumentRules.read("doc/x", text, sentences(text), List.of(), List.of(), Gazetteer.empty());
    assertEquals("Voortgangsrapportage Informele Zorg", document.title());
    assertEquals("2015-06-24", document.date());
    assertEquals("LETTER_TO_PARLIAMENT", document.kind());
    assertEquals("784721-138284-DMO", document.kenmerk());
  }
}
