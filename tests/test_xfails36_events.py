"""A demand made by the bare compound "opposition demands", yielded to or refused, in 2025 wire style (issue 14,
session 36, branch xfails36; docs/events.md rule 382).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv, 083x "accede to requests or
demands for political reform", 123x "reject request or demand for political reform") before the coder ran. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The
opposition is the group of the state it opposes: "Thailand gave in to opposition demands" is the same act as "gave
in to the opposition's demands", from the yielding (or refusing) state to its own opposition (THA -> THAOPP, the
scorer compares the primary codes, THA -> THA), as the possessive already codes (rules 361, 363). Before, the
compound modifier "opposition" was a bare singular role that takes no country, so the demand had no maker and the
accession or rejection no target. Controls: the possessive and the "protesters'" demands keep their codes, a foreign
state's compound demand stays that state's, and the compound "opposition" on an office or a supporter noun keeps its
older reading (actor_compose's suppressed-dissent unit). ``XFAIL`` keeps the rows the change does not fix, each with
why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


XFAILS36_SENTENCES: list[tuple[str, Events]] = [
    # yielded to: 0831 change in leadership
    ("Georgia gave in to opposition demands for the prime minister's resignation.", {("GEO", "GEO", "0831")}),
    ("Bangladesh bowed to opposition demands for the prime minister's resignation.", {("BGD", "BGD", "0831")}),
    ("Malawi met opposition demands for the finance minister's resignation.", {("MWI", "MWI", "0831")}),
    ("Armenia has met opposition demands for the defence minister's resignation.", {("ARM", "ARM", "0831")}),
    # 0832 policy change
    ("Bolivia gave in to opposition demands to change its energy policy.", {("BOL", "BOL", "0832")}),
    # 0833 rights, press freedom
    ("Zimbabwe satisfied opposition demands for press freedom.", {("ZWE", "ZWE", "0833")}),
    ("Cambodia has given in to opposition demands for press freedom.", {("KHM", "KHM", "0833")}),
    # 0834 institutions, regime
    ("Togo caved in to opposition demands for a new constitution.", {("TGO", "TGO", "0834")}),
    ("Mali accepted opposition demands for a new constitution.", {("MLI", "MLI", "0834")}),
    # refused: 1231 .. 1234
    ("Serbia rejected opposition demands for the prime minister's resignation.", {("SRB", "SRB", "1231")}),
    ("Senegal refused opposition demands for the interior minister's resignation.", {("SEN", "SEN", "1231")}),
    ("Peru's government rejected opposition demands for the president's resignation.", {("PER", "PER", "1231")}),
    ("Tunisia rejected opposition demands to change its media policy.", {("TUN", "TUN", "1232")}),
    ("Uganda dismissed opposition demands for press freedom.", {("UGA", "UGA", "1233")}),
    ("Pakistan rejected opposition demands for a new constitution.", {("PAK", "PAK", "1234")}),
    ("Nicaragua on Monday rejected opposition demands for a new constitution.", {("NIC", "NIC", "1234")}),
    # calls, as demands
    ("Kyrgyzstan rejected opposition calls for the prime minister's resignation.", {("KGZ", "KGZ", "1231")}),
    ("Ghana gave in to opposition calls for a new constitution.", {("GHA", "GHA", "0834")}),
]

_SAME_AS_POSSESSIVE = (
    "not this construction: 'the opposition's demands' codes the same (the refusal of a constitution or of a right "
    "stays the bare 120, an acceptance the bare 083), the demand's refinement under these verbs is left"
)
# the refused rows of that kind (press freedom 1233, a constitution 1234) pass since rule 379a (yield3) reads a
# rejected demand by what it asks: out of XFAIL at the merge
XFAIL: dict[str, str] = {
    "Zimbabwe satisfied opposition demands for press freedom.": "parse: the tagger makes 'Zimbabwe satisfied "
    "opposition' one proper-noun mention, so no verb yields ('satisfied the opposition's demands' codes 0833)",
    "Mali accepted opposition demands for a new constitution.": _SAME_AS_POSSESSIVE,
}


@pytest.mark.parametrize(("text", "expected"), table_cases(XFAILS36_SENTENCES, XFAIL))
def test_xfails36_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


XFAILS36_CONTROLS: list[tuple[str, Events]] = [
    # the possessive opposition and the protesters' demands keep their codes
    ("Serbia rejected the opposition's demands for the prime minister's resignation.", {("SRB", "SRB", "1231")}),
    ("Togo met the opposition's demands for a new constitution.", {("TGO", "TGO", "0834")}),
    ("Bolivia rejected protesters' demands for the energy minister's resignation.", {("BOL", "BOL", "1231")}),
    # a demand the opposition makes itself stays a demand (104x)
    ("Georgia's opposition demanded the prime minister's resignation.", {("GEO", "GEO", "1041")}),
    # a foreign state's compound demand stays that state's
    ("Turkey gave in to US demands for press freedom.", {("TUR", "USA", "0833")}),
    ("Kenya rejected US demands to change its tax policy.", {("KEN", "USA", "1232")}),
    # the compound "opposition" on a non-demand noun keeps its older reading
    ("Police in Nairobi arrested opposition supporters.", {("KEN", "KEN", "173")}),
    ("Thai police raided opposition offices.", {("THA", "THA", "190")}),
]


@pytest.mark.parametrize(("text", "expected"), XFAILS36_CONTROLS)
def test_xfails36_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
