"""Acts told inside a noun phrase, second round: "where" relatives, talks "held between" two parties, an ultimatum
and a loan told in a relative clause or a reduced relative, and an agreement signed at a meeting told in a relative
clause (issue 14, session 38, branch relcl2; docs/events.md rule 402).

Rule 390 (session 37, relcl1) coded an act told in a relative clause or a reduced relative by reading the noun the
clause hangs on as its verb's object. It left these shapes: a "where" relative whose antecedent is the place of the
act ("Doha, where Egypt and Jordan held talks on Monday, ..." is talks at a third location, CAMEO 044 both ways, as
rule 353 codes "held talks in Doha"; "Rafah, where Israel carried out airstrikes, ..." is 195 toward the place's
country when the clause names no other target), talks or a meeting "held between" two parties (the two are the
talks' parties, 040 / 046 both ways, 044 at a third country's venue), an ultimatum whose giver stands in a relative
clause or a "by" phrase (139 "give ultimatum" from the giver to the addressee, rule 378b), a loan told in a relative
clause or a reduced relative (071 "provide economic aid", as its main-clause twin "granted a loan to Y" codes), and an
agreement signed "during / at" the parties' meeting at a third location (057 both ways and the meeting's 044 both
ways). As in rule 390, each row's main clause states no act between parties ("is also a gas exporter", "expired on
Friday"), so rule 53c's asserted main event does not hide the clause's act; a "would" or "could" in the clause
keeps the act hypothetical.

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts,
its expected events (source, target, full CAMEO code, actors on their primary code) written from the codebook before
the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


RELCL2_SENTENCES: list[tuple[str, Events]] = [
    # -- "where" relatives: talks or a meeting at the antecedent place, a third country's
    ("Doha, where Egypt and Jordan held talks on Monday, is also a major gas exporter.", both("EGY", "JOR", "044")),
    (
        "Istanbul, where Russian and Ukrainian delegations met in May, is Turkey's largest city.",
        both("RUS", "UKR", "044"),
    ),
    (
        "Riyadh, where American and Russian officials met in February, is spending billions on new stadiums.",
        both("USA", "RUS", "044"),
    ),
    (
        "The hotel in Vienna where Iranian and American negotiators met last month is closed for repairs.",
        both("IRN", "USA", "044"),
    ),
    (
        "Nairobi, where Ethiopian and Eritrean ministers held talks last week, is East Africa's busiest hub.",
        both("ETH", "ERI", "044"),
    ),
    (
        "The summit in Doha, where Qatar hosted talks between Israel and Hamas, ended on Monday.",
        {("QAT", "ISR", "045"), ("QAT", "PSE", "045")} | both("ISR", "PSE", "044"),
    ),
    # -- "where" relatives: the act's target is the antecedent place
    ("Rafah, where Israel carried out airstrikes overnight, has no working hospital.", {("ISR", "PSE", "195")}),
    ("Sumy, where Russian drones struck a bus on Saturday, declared three days of mourning.", {("RUS", "UKR", "195")}),
    # -- "where" relatives: a visit to the antecedent place, a signing in one party's city
    (
        "Beijing, where the Brazilian president made a state visit in May, is Brazil's largest trading partner.",
        {("BRA", "CHN", "042")},
    ),
    (
        "Baku, where Armenia and Azerbaijan signed a border deal in August, is hosting a film festival.",
        both("ARM", "AZE", "057"),
    ),
    # -- talks "held between" two parties: a participle or a passive relative
    ("Talks held between India and Pakistan in Abu Dhabi on Sunday ended late at night.", both("IND", "PAK", "044")),
    ("Negotiations held between Ethiopia and Egypt last week made little progress.", both("ETH", "EGY", "046")),
    (
        "Consultations held between the foreign ministers of Chile and Argentina on Monday covered border trade.",
        both("CHL", "ARG", "040"),
    ),
    (
        "The talks that were held between Greece and Turkey in Brussels last month lasted two days.",
        both("GRC", "TUR", "044"),
    ),
    (
        "A meeting held between Vietnamese and Philippine coast guard officials on Friday lasted three hours.",
        both("VNM", "PHL", "040"),
    ),
    (
        "The talks between Egypt and Ethiopia that were held in Washington last week lasted two days.",
        both("EGY", "ETH", "044"),
    ),
    ("Talks were held between Morocco and Algeria in Geneva on Thursday.", both("MAR", "DZA", "044")),
    # -- an ultimatum with its giver in a relative clause or a "by" phrase
    ("The ultimatum that Russia gave Moldova expired on Friday.", {("RUS", "MDA", "139")}),
    ("The ultimatum Israel issued to Hamas runs out at midnight.", {("ISR", "PSE", "139")}),
    ("The ultimatum which Azerbaijan delivered to Armenia last week expired on Sunday.", {("AZE", "ARM", "139")}),
    ("An ultimatum issued by Washington to Caracas ran out on Sunday.", {("USA", "VEN", "139")}),
    ("An ultimatum given to Georgia by Russia, with a 24-hour deadline, expired on Monday.", {("RUS", "GEO", "139")}),
    ("Serbia, which issued an ultimatum to Kosovo in June, holds local elections next week.", {("SRB", "XKX", "139")}),
    # -- a loan told in a relative clause or a reduced relative
    ("The loan that Saudi Arabia granted to Egypt in March funded a power plant.", {("SAU", "EGY", "071")}),
    ("The loan Japan extended to Sri Lanka last year was worth three billion dollars.", {("JPN", "LKA", "071")}),
    ("The loan provided by India to the Maldives in June was spent on roads.", {("IND", "MDV", "071")}),
    ("The loan that the United Arab Emirates gave Ethiopia last year has been repaid.", {("ARE", "ETH", "071")}),
    ("The loans which China made to Zambia over two decades total six billion dollars.", {("CHN", "ZMB", "071")}),
    # -- an agreement signed at the parties' meeting at a third location, told in a relative clause
    (
        "The pact that Kenya and Tanzania signed during their meeting in Addis Ababa last week takes effect in "
        "January.",
        both("KEN", "TZA", "057") | both("KEN", "TZA", "044"),
    ),
    (
        "The deal that Chile and Peru signed at their summit in Panama City on Monday covers fishing rights.",
        both("CHL", "PER", "057") | both("CHL", "PER", "044"),
    ),
    (
        "The accord Ghana and Togo signed at their talks in Abuja last month covers border security.",
        both("GHA", "TGO", "057") | both("GHA", "TGO", "044"),
    ),
]

# rule 409a (session 38, aid2): "grant" is a gift verb now, so the Saudi loan row passes and left this dict
XFAIL: dict[str, str] = {
    "The talks that were held between Greece and Turkey in Brussels last month lasted two days.": (
        "040, not 044: the resolver names Brussels the EU (an IGO), which rule 155d takes as no third country"
    ),
    "An ultimatum given to Georgia by Russia, with a 24-hour deadline, expired on Monday.": (
        "070, not 139: the give participle's (verb, object) phrase is not read on a trigger noun it hangs on"
    ),
    "The loans which China made to Zambia over two decades total six billion dollars.": (
        "no event: the parser reads 'to Zambia' as an infinitive verb, so the loans have no recipient"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(RELCL2_SENTENCES, XFAIL))
def test_relcl2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


RELCL2_CONTROLS: list[tuple[str, Events]] = [
    # a "where" of a place with no act between parties
    ("Doha, where the World Cup was held in 2022, is also a major gas exporter.", set()),
    ("Geneva, where the Swiss central bank has its offices, is a banking centre.", set()),
    ("Tokyo, where the Japanese cabinet met on Monday, is preparing for a typhoon.", set()),
    # hypothetical talks "that would / could be held between" two parties stay unasserted
    ("The talks that would be held between Israel and Syria in Baku are still being planned.", set()),
    ("Talks that could be held between Russia and Ukraine in Riyadh next month remain uncertain.", set()),
    # the main-clause twins
    ("Egypt and Jordan held talks in Doha on Monday.", both("EGY", "JOR", "044")),
    ("India and Pakistan held talks in Abu Dhabi on Sunday.", both("IND", "PAK", "044")),
    ("Russia gave Moldova an ultimatum on Friday.", {("RUS", "MDA", "139")}),
    ("Saudi Arabia granted a loan to Egypt in March.", {("SAU", "EGY", "071")}),
    ("Israel carried out airstrikes on Rafah overnight.", {("ISR", "PSE", "195")}),
]


@pytest.mark.parametrize(("text", "expected"), RELCL2_CONTROLS)
def test_relcl2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
