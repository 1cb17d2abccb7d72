"""Issue 13, session 38, causal97 (docs/causal.md round 97): a table of made-up sentences in the style of 2025 news, on
the time marker "after" when its clause or phrase comes before the main clause it belongs to. On the CNC train 5-fold
CV (train folds only), a trailing "after" ("Police arrested 30 people | after protesters set fire to two buses") is a
reason more often than not, but a fronted one ("After the talks ended, the delegations flew home") sets the scene:
CNC draws a pair through 11 of the 51 fronted "after"s of its train half, and through none of the 6 that the marker
rule read as a reason (4 of them in sentences CNC calls not causal). With the switch on, the marker
rule's claim on a fronted "after" goes; every other claim of the sentence stays (a causal verb of the main clause, the
span tagger's own reading), and "following", "as" and "when" keep their fronted reasons (CNC marks those causal).
Each row's pairs were written before the stage was run on it; none is copied from an evaluation set or a news
excerpt. Rows the shipped stage does not get are strict xfails with the general reason.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _fronted_sequences
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import claim_pairs, news_table_tests, sentence, settings_set

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Police arrested 30 people in Dhaka after protesters set fire to two buses.",
        [("protesters set fire to two buses", "Police arrested 30 people in Dhaka")],
    ),
    (
        "The interior minister of Peru resigned after police shot dead two protesters in Juliaca.",
        [("police shot dead two protesters in Juliaca", "The interior minister of Peru resigned")],
    ),
    (
        "Schools in Nairobi were closed on Tuesday after students clashed with police.",
        [("students clashed with police", "Schools in Nairobi were closed on Tuesday")],
    ),
    (
        "Dock workers in Rotterdam walked off the job after the port operator cut their overtime pay.",
        [("the port operator cut their overtime pay", "Dock workers in Rotterdam walked off the job")],
    ),
    (
        "A curfew was imposed in Imphal after gunmen attacked a police post.",
        [("gunmen attacked a police post", "A curfew was imposed in Imphal")],
    ),
    (
        "Three journalists were detained in Tbilisi after the rally against the foreign agents law.",
        [("the rally against the foreign agents law", "Three journalists were detained in Tbilisi")],
    ),
    (
        "Tensions rose in Kinshasa following the killing of an opposition lawmaker.",
        [("the killing of an opposition lawmaker", "Tensions rose in Kinshasa")],
    ),
    (
        "Following the arrest of the mayor, thousands of people marched through Istanbul.",
        [("the arrest of the mayor", "thousands of people marched through Istanbul")],
    ),
    (
        "Following the fuel price hike, transport unions called a nationwide strike in Nigeria.",
        [("the fuel price hike", "transport unions called a nationwide strike in Nigeria")],
    ),
    (
        "Following reports of vote rigging, opposition supporters blocked roads in Maputo.",
        [("reports of vote rigging", "opposition supporters blocked roads in Maputo")],
    ),
    (
        "As the currency collapsed, shops in Harare began pricing goods in dollars.",
        [("the currency collapsed", "shops in Harare began pricing goods in dollars")],
    ),
    (
        "When the government raised bread prices, riots broke out in Khartoum.",
        [("the government raised bread prices", "riots broke out in Khartoum")],
    ),
    (
        "Hundreds of flights were cancelled in Frankfurt after air traffic controllers went on strike.",
        [("air traffic controllers went on strike", "Hundreds of flights were cancelled in Frankfurt")],
    ),
    (
        "The rebels withdrew from the town after government troops shelled their positions for three days.",
        [("government troops shelled their positions for three days", "The rebels withdrew from the town")],
    ),
    (
        "Two people were killed in Goma after a mob attacked a UN convoy.",
        [("a mob attacked a UN convoy", "Two people were killed in Goma")],
    ),
    (
        "The opposition boycotted the parliament session after the speaker expelled five of its members.",
        [("the speaker expelled five of its members", "The opposition boycotted the parliament session")],
    ),
    (
        "Mozambique closed its border with South Africa after protesters torched trucks at the crossing.",
        [("protesters torched trucks at the crossing", "Mozambique closed its border with South Africa")],
    ),
    (
        "Bangladesh shut down mobile internet after students clashed with ruling party activists.",
        [("students clashed with ruling party activists", "Bangladesh shut down mobile internet")],
    ),
    (
        "After the polls closed in Caracas, gunfire killed two election workers outside a school.",
        [("gunfire", "two election workers outside a school")],
    ),
    (
        "After the summit ended in Brussels, a snowstorm forced the closure of the airport.",
        [("a snowstorm", "the closure of the airport")],
    ),
    (
        "As the blockade tightened, food prices doubled in Port-au-Prince.",
        [("the blockade tightened", "food prices doubled in Port-au-Prince")],
    ),
    (
        "The protest in Lima turned deadly after police opened fire on the crowd.",
        [("police opened fire on the crowd", "The protest in Lima turned deadly")],
    ),
    (
        "Workers at the Volkswagen plant in Zwickau staged a walkout after managers announced 2,000 job cuts.",
        [("managers announced 2,000 job cuts", "Workers at the Volkswagen plant in Zwickau staged a walkout")],
    ),
    (
        "Several villages in Sindh were evacuated following heavy rains.",
        [("heavy rains", "Several villages in Sindh were evacuated")],
    ),
    (
        "Farmers in Punjab blocked the railway tracks after the state cut the price paid for wheat.",
        [("the state cut the price paid for wheat", "Farmers in Punjab blocked the railway tracks")],
    ),
    (
        "The ruling party in Mali lost its majority after six lawmakers defected to the opposition.",
        [("six lawmakers defected to the opposition", "The ruling party in Mali lost its majority")],
    ),
    (
        "When soldiers raided the camp, hundreds of refugees fled into the forest near Bunia.",
        [("soldiers raided the camp", "hundreds of refugees fled into the forest near Bunia")],
    ),
    (
        "Thousands of teachers went on strike in Buenos Aires after the province froze their salaries.",
        [("the province froze their salaries", "Thousands of teachers went on strike in Buenos Aires")],
    ),
]

CONTROLS: list[str] = [
    "After the talks ended in Doha, the two delegations flew home.",
    "After the rally, the opposition leader travelled to Mombasa by train.",
    "After the ceremony in Warsaw, the president laid a wreath at the tomb of the unknown soldier.",
    "After the strike ended, the union held a press conference in Johannesburg.",
    "Even after the court banned the march, thousands of people gathered in central Budapest.",
    "After the protesters left the square, city workers cleared away the banners in Belgrade.",
    "After the riot police withdrew, the students returned to their classes in Dhaka.",
    "Two days after the clashes in Tripoli, the airport reopened for flights to Istanbul.",
    "After the election commission announced the results, the winner addressed supporters in Kinshasa.",
    "After the march reached parliament, the organisers handed a petition to the speaker.",
    "After the army fired warning shots, the convoy continued towards the border with Chad.",
    "After meeting the striking nurses, the health minister flew back to Nairobi.",
    "After the protest in Manila, the activists went to a church for a memorial mass.",
    "Soon after the demonstration, the opposition leader boarded a flight to London.",
]
_NO_CLAIM = "no claim with or without the switch (the stage's recall on this shape: not a side of this round)"
_TAGGER = (
    "the span tagger's own pair through the fronted 'after' (the switch drops the marker rule's claims only: the"
    " tagger's were right in 2 of 6 such CNC train sentences)"
)
XFAIL_CAUSAL: dict[int, str] = {
    5: "the rally's target ('against the foreign agents law') is a further pair of its own (round 15's convention)",
    18: "'killed' gives no pair of its own: off, the only claim was the fronted 'after' one; on, none",
    26: _NO_CLAIM,
}
XFAIL_CONTROLS: dict[int, str] = {9: _TAGGER, 12: _TAGGER}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=42, switches=("fronted_after_sequences",)
)


def test_a_fronted_after_is_no_reason_only_when_on(causal_nlp: Language) -> None:
    text = CONTROLS[7]
    with settings_set(causal_nlp, fronted_after_sequences=False):
        assert claim_pairs(causal_nlp, text) != []
    with settings_set(causal_nlp, fronted_after_sequences=True):
        assert claim_pairs(causal_nlp, text) == []
    # a causal verb of the main clause keeps its own pair beside the dropped one
    text, want = CAUSAL[19]
    with settings_set(causal_nlp, fronted_after_sequences=False):
        assert len(claim_pairs(causal_nlp, text)) == 2
    with settings_set(causal_nlp, fronted_after_sequences=True):
        assert len(claim_pairs(causal_nlp, text)) == len(want) == 1


def test_which_after_phrases_are_fronted(parse: Language) -> None:
    lexicon = load_lexicon()

    def fronted(text: str) -> list[str]:
        sent = sentence(parse, text)
        return [sent.doc.text[lo:hi] for _, lo, hi in _fronted_sequences(sent, lexicon)]

    # a clause and a phrase before their main clause, "even" or a span of time before the marker
    assert fronted(CONTROLS[0]) == ["After the talks ended in Doha"]
    assert fronted(CONTROLS[1]) == ["After the rally"]
    assert fronted(CONTROLS[4]) == ["after the court banned the march"]
    assert fronted(CONTROLS[7]) == ["after the clashes in Tripoli"]
    # a trailing "after" and a fronted "following" are none
    assert fronted(CAUSAL[0][0]) == []
    assert fronted(CAUSAL[5][0]) == []
    assert fronted(CAUSAL[7][0]) == []
