"""International parliamentary bodies and "Gulf" before a sector noun, in 2025 wire style (issue 14, session 41,
branch cameotune6; docs/events.md rule 440).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts (no CAMEO manual
example). The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``); the expected events were written before the coder ran on them. Two actor classes the CAMEO-manual
tune half and session 40's cameotune5 left unresolved:

1. an international parliamentary body is an international organisation (CAMEO's IGO class, codebook 3.1.3): the
   Inter-Parliamentary Union, the world body of national parliaments, is IGOIPU (the code the Phoenix international
   actors dictionary gives it); an assembly or parliament that is the organ of a listed organisation takes that
   organisation's code, as the organisation's courts already do (rule 429c): the Parliamentary Assembly of the
   Council of Europe IGOCOE (its acronym "PACE" stays out, a common word: igos2's convention), the Pan-African
   Parliament the African Union's IGOAFU, the Arab Parliament the Arab League's IGOARL. A conference, assembly or
   summit of such a body is the body (as "the African Union summit" is IGOAFU);
2. "Gulf" before a non-state sector noun ("Gulf banks", "Gulf investors", "Gulf media") is the Gulf region's sector:
   CAMEO's region code PGS (table 3.3) + the role, as "Asian banks" is ASABUS (rule 429a); a state's office after it
   ("Gulf officials") stays uncoded as for every region adjective, and "Gulf" inside a name ("Gulf Cooperation
   Council", "the Gulf of Mexico", "Gulf Air") is no region actor;
3. an international body's own summit or conference that acts on a party ("The NATO summit in The Hague condemned
   Russia") is the body acting, no meeting (04x) with that party (rule 211c), also when the gathering is held "in" or
   "at" a place (where, not with whom) or is named in title case ("the OPEC Conference"). These rows were written
   after the code change, before the coder ran on them (their START figures from a ``git archive`` copy).

Controls: national parliaments keep their country's LEG, the European Parliament stays EU, an unnamed conference names
no one, "pace" in lower case is a word, "Gulf officials" and "Gulf" in names stay as they were; a state attending a
body's summit, a summit with a named second party and a meeting held at a body's summit keep their codes (rule 440b).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded, table_cases

Events = set[tuple[str, str, str]]


def full_events(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their whole codes (the IGO sub-code
    and the region sector are what this table is about)."""
    return coded(nlp, text, full_codes=True, root=False)[1]


CAMEOTUNE6_SENTENCES: list[tuple[str, Events]] = [
    # (1) international parliamentary bodies
    (
        "The Inter-Parliamentary Union on Tuesday condemned Tanzania's government over the arrest of 14 opposition "
        "lawmakers, saying the detentions violated their parliamentary immunity.",
        {("IGOIPU", "TZAGOV", "111")},
    ),
    (
        "Meeting in Geneva, the Inter-Parliamentary Union called on Russia to release the Ukrainian lawmakers it has "
        "held since 2022.",
        {("IGOIPU", "RUS", "0253")},
    ),
    (
        "The IPU, which groups the parliaments of some 180 countries, criticised Myanmar's military on Wednesday for "
        "dissolving the elected assembly.",
        {("IGOIPU", "MMRMIL", "111")},
    ),
    (
        "The 150th Inter-Parliamentary Union Assembly, which closed in Tashkent on Friday, praised Uzbekistan for "
        "hosting the meeting.",
        {("IGOIPU", "UZB", "051")},
    ),
    (
        "The annual conference of the Inter-Parliamentary Union called on Belarus on Saturday to free jailed "
        "opposition figures, delegates said.",
        {("IGOIPU", "BLR", "0253")},
    ),
    (
        "Belarus accused the Inter-Parliamentary Union on Tuesday of bias against its lawmakers after the body "
        "barred its delegation.",
        {("BLR", "IGOIPU", "112")},
    ),
    (
        "PACE accused Georgia's ruling party on Tuesday of backsliding on democracy, a week after the disputed "
        "parliamentary election.",
        {("IGOCOE", "GEOPTY", "112")},
    ),
    (
        "Georgia's prime minister accused PACE on Friday of meddling in the country's internal affairs.",
        {("GEOGOV", "IGOCOE", "112")},
    ),
    (
        "The Parliamentary Assembly of the Council of Europe (PACE) condemned Azerbaijan on Thursday over the "
        "jailing of independent journalists.",
        {("IGOCOE", "AZE", "111")},
    ),
    (
        "The Pan-African Parliament criticised Niger's junta on Thursday for delaying the return to civilian rule.",
        {("IGOAFU", "NERGOV", "111")},
    ),
    (
        "Meeting in Midrand, South Africa, the Pan-African Parliament praised Senegal for its peaceful transfer of "
        "power.",
        {("IGOAFU", "SEN", "051")},
    ),
    (
        "The Arab Parliament, the Arab League's legislative arm, condemned Israel on Sunday for its strikes on "
        "southern Lebanon.",
        {("IGOARL", "ISR", "111")},
    ),
    (
        "The Arab Parliament accused Iran on Monday of meddling in Bahrain's internal affairs.",
        {("IGOARL", "IRN", "112")},
    ),
    # (3) an international body's own summit or conference, held somewhere or named in title case, is no meeting
    # with the party it acts on
    (
        "The NATO summit in The Hague condemned Russia on Wednesday for its drone incursions into Polish airspace.",
        {("NATO", "RUS", "111")},
    ),
    (
        "An ASEAN summit in Kuala Lumpur criticised Myanmar's junta on Sunday for blocking aid to quake survivors.",
        {("IGOSEA", "MMRGOV", "111")},
    ),
    (
        "The African Union summit in Addis Ababa praised Kenya on Sunday for leading the security mission in Haiti.",
        {("IGOAFU", "KEN", "051")},
    ),
    (
        "The Arab League summit in Baghdad condemned Israel on Saturday over its offensive in Gaza.",
        {("IGOARL", "ISR", "111")},
    ),
    (
        "The OPEC Conference in Vienna criticised Kazakhstan on Thursday for pumping above its quota.",
        {("IGOOPC", "KAZ", "111")},
    ),
    (
        "The European Union summit in Brussels accused Belarus on Friday of using migrants as a weapon.",
        {("EU", "BLR", "112")},
    ),
    # (2) "Gulf" before a non-state sector noun
    (
        "Gulf banks agreed on Monday to lend Pakistan $3 billion to shore up its foreign reserves, the finance "
        "ministry in Islamabad said.",
        {("PGSBUS", "PAK", "0331")},
    ),
    (
        "Gulf investors criticised Egypt's government on Monday for delaying the sale of stakes in state-owned "
        "companies.",
        {("PGSBUS", "EGYGOV", "111")},
    ),
    (
        "Gulf media accused Iran on Thursday of arming the Houthi rebels in Yemen.",
        {("PGSMED", "IRN", "112")},
    ),
    (
        "Gulf clerics condemned Israel on Friday over the raid on the al-Aqsa mosque compound.",
        {("PGSREL", "ISR", "111")},
    ),
    (
        "Gulf lenders have agreed to give Egypt $5 billion in new loans, Egypt's finance minister said on Sunday.",
        {("PGSBUS", "EGY", "0331")},
    ),
    (
        "Lebanon's president asked Gulf investors on Wednesday to return to the country after the new government "
        "took office.",
        {("LBNGOV", "PGSBUS", "020")},
    ),
]

CAMEOTUNE6_CONTROLS: list[tuple[str, Events]] = [
    # national parliaments keep their country's legislature; the European Parliament stays the EU
    (
        "South Africa's parliament condemned Israel on Tuesday over its strikes on Gaza.",
        {("ZAFLEG", "ISR", "111")},
    ),
    (
        "The European Parliament condemned Russia on Thursday for the jailing of opposition figures.",
        {("EU", "RUS", "111")},
    ),
    # the organisation itself keeps its code
    ("The Arab League condemned Israel on Sunday for its strikes on southern Lebanon.", {("IGOARL", "ISR", "111")}),
    # a conference of no named organisation names no one
    ("A conference on Gaza's reconstruction in Cairo urged donors on Sunday to pledge more money.", set()),
    # "pace" in lower case is a word
    ("The pace of talks between Armenia and Azerbaijan has slowed, diplomats said on Monday.", set()),
    # a state's office after "Gulf" stays uncoded, as after every region adjective
    ("Gulf officials condemned Iran's seizure of the tanker on Sunday.", set()),
    # "Gulf" inside a name
    ("The Gulf Cooperation Council condemned Iran's seizure of the tanker on Sunday.", {("IGOGCC", "IRN", "111")}),
    ("Oil companies in the Gulf of Mexico shut down output on Tuesday ahead of the hurricane.", set()),
    ("Gulf Air cancelled its flights to Beirut on Sunday, the Bahraini airline said.", set()),
    # a gathering with a named other party, or a meeting held at a body's summit, keeps its parties (rule 440b)
    ("Putin attended the BRICS summit in Kazan on Tuesday.", set()),
    (
        "EU leaders met Chinese President Xi Jinping at the EU-China summit in Beijing on Thursday.",
        {("EU", "CHNGOV", "040"), ("CHNGOV", "EU", "040")},
    ),
    (
        "Zelensky held talks with NATO leaders at the alliance's summit in Vilnius on Wednesday.",
        {("UKRGOV", "NATO", "044"), ("NATO", "UKRGOV", "044")},
    ),
    ("Trump and Putin held a summit in Alaska on Friday.", {("USAGOV", "RUSGOV", "040"), ("RUSGOV", "USAGOV", "040")}),
    # the Gulf states keep their region code
    ("Gulf states condemned Iran's seizure of the tanker on Sunday.", {("PGS", "IRN", "111")}),
]

XFAIL: dict[str, str] = {
    "Meeting in Geneva, the Inter-Parliamentary Union called on Russia to release the Ukrainian lawmakers it has "
    "held since 2022.": "the body is resolved (IGOIPU -> RUS), but 'called on ... to release the lawmakers it has "
    "held' is read as 026 where the row was written as 0253",
    "PACE accused Georgia's ruling party on Tuesday of backsliding on democracy, a week after the disputed "
    "parliamentary election.": "the acronym 'PACE' is left out of igos.jsonl as a common word (igos2's convention, "
    "its control 'at a slow PACE'); the full name is coded; 'the ruling party' is GOV by the project's convention",
    "Georgia's prime minister accused PACE on Friday of meddling in the country's internal affairs.": "the acronym "
    "'PACE' is left out of igos.jsonl as a common word (igos2's convention); the full name is coded",
    "The pace of talks between Armenia and Azerbaijan has slowed, diplomats said on Monday.": "fails on START too: "
    "talks between two states are their 040 both ways by the project's convention; 'pace' names no actor in "
    "either tree",
    "Trump and Putin held a summit in Alaska on Friday.": "fails on START too: the table's texts are dated "
    "2024-05-01, before Trump's second term, so 'Trump' is USA, not USAGOV (the meeting itself is right)",
}


@pytest.mark.parametrize("sentence, expected", table_cases(CAMEOTUNE6_SENTENCES, XFAIL))
def test_cameotune6_events(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert full_events(rules_nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", table_cases(CAMEOTUNE6_CONTROLS, XFAIL))
def test_cameotune6_controls(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert full_events(rules_nlp, sentence) == expected
