"""Reported speech and its speakers (issue 14, session 25, branch quote2; docs/events.md rule 151).

An invented-sentence table (none copied from an evaluation set) whose expected codes were written before the coder
was run on it: a speaker after, before or inside a quotation ("X said", "said X", "according to X", "a spokesman
for X said", "in a statement"), "his / her / its / our country | government | nation" as the speaker's country,
"we" / "our" inside a quotation as the speaker's side, an addressee of "told" who is not the target unless the
statement is about them, and quotations that accuse, warn or praise another state. Rows the change cannot fix
stay strict XFAIL with their reason. Events are compared at the CAMEO root, actors on their primary code.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import coded, table_cases

E = set[tuple[str, str, str]]

ROWS: list[tuple[str, E]] = [
    # -- the speaker's "his / her / its country | government | nation" -------------------------------------------
    ("Russia's foreign minister said his country would not accept the proposal.", set()),
    ("Russia's foreign minister said his country would not accept Ukraine's proposal.", {("RUS", "UKR", "12")}),
    ("The Iranian president said his government would impose new tariffs on Turkish goods.", {("IRN", "TUR", "13")}),
    ("Germany's chancellor said her government would send more weapons to Ukraine.", {("DEU", "UKR", "03")}),
    ("The Indian prime minister said his nation would never accept Pakistan's terms.", {("IND", "PAK", "12")}),
    (
        "Brazil's president told reporters that his country would hold talks with Argentina next month.",
        {("BRA", "ARG", "03")},
    ),
    (
        "A spokesman for the Chinese foreign ministry said his country would impose sanctions on Lithuania.",
        {("CHN", "LTU", "13")},
    ),
    (
        "The Japanese foreign ministry said its government strongly condemned China's missile launch.",
        {("JPN", "CHN", "11")},
    ),
    ("The French president said his country condemned Iran's nuclear programme.", {("FRA", "IRN", "11")}),
    ("The Dutch embassy said its government would send aid to Suriname.", {("NLD", "SUR", "03")}),
    # -- "we" / "our" inside a quotation are the speaker's side --------------------------------------------------
    ('"We will never recognise the annexation," the Ukrainian president told reporters in Kyiv.', set()),
    (
        '"We will never accept Russia\'s demands," the Ukrainian president told reporters in Kyiv.',
        {("UKR", "RUS", "12")},
    ),
    ("\"We strongly condemn Israel's strikes,\" Turkey's foreign minister said.", {("TUR", "ISR", "11")}),
    ('Poland\'s prime minister said: "We will send more tanks to Ukraine."', {("POL", "UKR", "03")}),
    ('"Our country will impose sanctions on Belarus," the Lithuanian president said.', {("LTU", "BLR", "13")}),
    ('"We praise India\'s restraint," the Nepalese prime minister said.', {("NPL", "IND", "05")}),
    (
        '"We welcome Saudi Arabia\'s decision to restore ties," the Iranian foreign minister said.',
        {("IRN", "SAU", "05")},
    ),
    ('"Russia attacked our power plants overnight," the Ukrainian president said.', {("RUS", "UKR", "19")}),
    ('"Pakistan attacked our border posts," the Indian army said.', {("PAK", "IND", "19")}),
    # -- the speaker inside the quotation ------------------------------------------------------------------------
    ('"Ethiopia," the Egyptian foreign minister said, "is violating the agreement."', {("EGY", "ETH", "11")}),
    ('"In our view," the French president said, "Russia is responsible for the attack."', {("FRA", "RUS", "11")}),
    # -- "told" + an addressee: not the target unless the statement is about them ---------------------------------
    (
        "The French president told the Chinese president that France would send aid to Ukraine.",
        {("FRA", "UKR", "03")},
    ),
    (
        "The Indian foreign minister told reporters in Delhi that Pakistan must stop supporting militants.",
        {("IND", "PAK", "10")},
    ),
    ('"Iran is lying to the world," the Israeli prime minister told the UN General Assembly.', {("ISR", "IRN", "11")}),
    ('"You are lying," the Iranian foreign minister told the British ambassador.', {("IRN", "GBR", "11")}),
    (
        "The Chinese foreign ministry spokesman told a news conference that Washington was lying.",
        {("CHN", "USA", "11")},
    ),
    # -- "in a statement", "a spokesman for X said" --------------------------------------------------------------
    ("In a statement, the Saudi foreign ministry condemned Israel's raid on the mosque.", {("SAU", "ISR", "11")}),
    ("The Kenyan government said in a statement that it rejected Somalia's accusations.", {("KEN", "SOM", "12")}),
    ("A spokesman for the Iranian foreign ministry said the United States was lying.", {("IRN", "USA", "11")}),
    (
        "A spokeswoman for the German government said Berlin would not accept Hungary's veto.",
        {("DEU", "HUN", "12")},
    ),
    # -- quotations that accuse, warn or praise another state -----------------------------------------------------
    ('"Russia is lying," the Ukrainian foreign minister said.', {("UKR", "RUS", "11")}),
    ('"Ukraine is lying," said the Russian foreign ministry spokeswoman.', {("RUS", "UKR", "11")}),
    ('The Russian foreign minister said, "Ukraine is lying."', {("RUS", "UKR", "11")}),
    ('"North Korea is lying," the South Korean unification minister said on Tuesday.', {("KOR", "PRK", "11")}),
    (
        '"Azerbaijan is lying about the shelling," Armenia\'s foreign ministry said in a statement.',
        {("ARM", "AZE", "11")},
    ),
    ('"Turkey will pay a heavy price," the Greek defence minister warned.', {("GRC", "TUR", "13")}),
    ('"Washington is behind the coup," the Malian junta leader said.', {("MLI", "USA", "11")}),
    ('"Israel is committing genocide," the South African foreign minister said.', {("ZAF", "ISR", "11")}),
    ('"We thank Egypt for its mediation," the Qatari emir said.', {("QAT", "EGY", "05")}),
    # -- "according to X" ----------------------------------------------------------------------------------------
    ("According to the Ukrainian military, Russia launched forty drones at Kyiv overnight.", {("RUS", "UKR", "19")}),
    (
        "According to Iran's foreign minister, his country would never accept Washington's conditions.",
        {("IRN", "USA", "12")},
    ),
    # -- the speaker's country named by a bare noun ("the kingdom": actors10's state descriptions) ---------------
    (
        "The Saudi foreign minister told reporters that the kingdom would restore ties with Iran.",
        {("SAU", "IRN", "03")},
    ),
    # -- controls: the speaker is not the actor, no speaker, a counterpart's "his" --------------------------------
    ("Russia's army shelled Kharkiv overnight, the Ukrainian president said.", {("RUS", "UKR", "19")}),
    ("The reporter said Russia would not accept the proposal.", set()),
    ("Lavrov said Russia would not accept Ukraine's proposal.", {("RUS", "UKR", "12")}),
    (
        "The Russian foreign minister met his Chinese counterpart in Beijing.",
        {("RUS", "CHN", "04"), ("CHN", "RUS", "04")},
    ),
    ("The Chinese defence ministry warned that Taiwan would pay a heavy price.", {("CHN", "TWN", "13")}),
    ('"We will not accept the proposal," the rebels said.', set()),
    (
        "Macron said his government would send aid to Lebanon, adding that Israel must withdraw.",
        {("FRA", "LBN", "03"), ("FRA", "ISR", "10")},
    ),
    ("The Egyptian foreign minister said his Israeli counterpart had rejected the plan.", set()),
    # -- added after the first run, expectations written before running them: the accept rows above with a noun
    # the lexicon reads as a proposal, and controls of the accusation of deceit and the interrupted quotation
    ("The Indian prime minister said his nation would never accept Pakistan's proposal.", {("IND", "PAK", "12")}),
    (
        "According to Iran's foreign minister, his country would never accept Washington's proposal.",
        {("IRN", "USA", "12")},
    ),
    (
        "A spokeswoman for the German government said Berlin would not accept Hungary's proposal.",
        {("DEU", "HUN", "12")},
    ),
    ("The Ukrainian foreign minister said Russia was not lying.", set()),
    ('"We will never lie to our partners," the Russian foreign minister said.', set()),
    ('"Russia," the Ukrainian foreign minister said, "attacked our power plants."', {("RUS", "UKR", "19")}),
]

XFAIL: dict[str, str] = {
    "The Indian prime minister said his nation would never accept Pakistan's terms.": (
        "'accept Y's terms' is no acceptance phrase of the lexicon (accepted_proposal_nouns; terms read as demands "
        "would be 083, an open decision): no event, the speaker's 'his nation' is resolved (IND)"
    ),
    "A spokeswoman for the German government said Berlin would not accept Hungary's veto.": (
        "'accept Y's veto' is no acceptance phrase of the lexicon: no event"
    ),
    "According to Iran's foreign minister, his country would never accept Washington's conditions.": (
        "'accept Y's conditions' is no acceptance phrase of the lexicon: no event, 'his country' is resolved (IRN)"
    ),
    '"You are lying," the Iranian foreign minister told the British ambassador.': (
        "'you' of a quotation is not resolved to the addressee of 'told' (no rule reads second-person pronouns)"
    ),
    "The Kenyan government said in a statement that it rejected Somalia's accusations.": (
        "expectation written before the run was 12; the project codes rejecting accusations as a denial (016, "
        "rule 63a), which the coder gives (KEN -> SOM 01): the convention, not a bug"
    ),
    '"Israel is committing genocide," the South African foreign minister said.': (
        "'Y is committing genocide' (a present act named by a noun) is no accusation the claims rules read"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROWS, XFAIL))
def test_reported_speech_table(rules_nlp: Language, text: str, expected: E) -> None:
    assert coded(rules_nlp, text)[1] == expected


# -- the speaker's country as an actor mention (no event: one actor) ---------------------------------------------

MENTIONS: list[tuple[str, str, str]] = [
    ("Russia's foreign minister said his country would not accept the proposal.", "country", "RUS"),
    ('"We will never recognise the annexation," the Ukrainian president told reporters in Kyiv.', "We", "UKR"),
    ("Germany's chancellor said her government would reopen the embassy.", "government", "DEU"),
    ("The Indian prime minister said his nation would not bow to pressure.", "nation", "IND"),
    ('"Our country will not bow to pressure," the Lithuanian president said.', "country", "LTU"),
    ("The Dutch embassy said its government would reopen the consulate.", "government", "NLD"),
    ("According to Iran's foreign minister, his country will not attend the talks.", "country", "IRN"),
]


def mention_code(nlp: Language, text: str, word: str) -> str | None:
    """The primary code of the actor mention that covers ``word`` (its first occurrence), None when none does."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    tok = next(t for t in doc if t.text == word)
    on = [m for m in doc.spans["actors"] if m.start <= tok.i < m.end]
    return primary_code(on[0].label_) if on else None


@pytest.mark.parametrize(("text", "word", "code"), table_cases(MENTIONS, {}))
def test_speaker_country_mention(rules_nlp: Language, text: str, word: str, code: str) -> None:
    assert mention_code(rules_nlp, text, word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a clause with an actor subject of its own between: whose country is ambiguous
        ("Putin said Zelensky had betrayed his country.", "country"),
        # a plural speaker naming no state
        ("The rebels said their country would not accept the proposal.", "country"),
        # a "his country" with no speaker named by an actor
        ("The reporter said his country would not accept the proposal.", "country"),
    ],
)
def test_no_speaker_country(rules_nlp: Language, text: str, word: str) -> None:
    assert mention_code(rules_nlp, text, word) is None


# -- 151c: a speaker clause inside a quotation becomes the main clause --------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('"Russia," the Ukrainian foreign minister said, "is lying."', "lying"),
        ('"In our view," the French president said, "Russia is responsible for the attack."', "is"),
    ],
)
def test_interrupting_speaker_is_the_main_clause(rules_nlp: Language, text: str, quoted: str) -> None:
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    said = next(t for t in doc if t.lower_ == "said")
    verb = next(t for t in doc if t.text == quoted)
    assert said.dep_ == "ROOT"
    assert (verb.head.i, verb.dep_) == (said.i, "ccomp")


@pytest.mark.parametrize(
    "text",
    [
        # a speaker who is no actor ("a witness"): nothing to attribute
        '"Russia," a witness said, "is lying."',
        # a quotation about no actor: the purpose reading of the causal extractor stays as it was
        '"The aim," the Russian president said, "is to keep the treaty alive."',
    ],
)
def test_interrupting_speaker_left_as_parsed(rules_nlp: Language, text: str) -> None:
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    said = next(t for t in doc if t.lower_ == "said")
    assert said.dep_ != "ROOT"
