"""The constructions whose whole-document scans session 35's speed35 branch narrowed (issue 14 item 5).

Each repair or resolver step touched now visits only the tokens its first test keeps (by one token column or the
actor tokens); what it does to them is unchanged, so these rows code before the change as after it. Each sentence is
our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts; the codes are read
from the CAMEO codebook. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_nlp``). A row holds when its events are all asserted. ``XFAIL`` keeps the rows the scans never fixed.
"""

from __future__ import annotations

from .event_sentences import check_prefix_hits, table_test

Events = set[tuple[str, str, str]]

SPEED35_SENTENCES: list[tuple[str, Events]] = [
    # rule 238c: "persona non grata" (the "persona" column scan): an expulsion
    ("Mali declared three French diplomats persona non grata on Tuesday.", {("MLI", "FRA", "161")}),
    ("Niger declared the Nigerian ambassador persona non grata.", {("NER", "NGA", "161")}),
    # rule 184c / 243b: the "by" of a passive verb's object predicate (the "by" column scan): the holder abducts
    ("Ten Thai farm workers are being held hostage by Hamas.", {("PSE", "THA", "181")}),
    # rule 207e: a naming verb's object the tagger read as a verb (the present-tense tag scan): a criticism
    ("Seoul called Pyongyang's missile launch a grave provocation.", {("KOR", "PRK", "111")}),
    # rule 204: a past participle read as an adjective complement (the listed-forms scan): fighting
    ("Sudan's army and the RSF remain locked in fighting around El Fasher.", {("SDN", "SDN", "190")}),
    # rule 277a / 287b: a leader's name in lower case after the verb (the actor-token loops)
    ("Merz met zelensky in Berlin on Monday.", {("DEU", "UKR", "040")}),
    ("netanyahu thanked trump for his support.", {("ISR", "USA", "051")}),
    # rule 164: a headline verb gated by the name before it (the third-person form scan)
    ("Israel arms Ukraine", {("ISR", "UKR", "07")}),
    # rules 236d and 266: a bare "the Commission" / "the Treasury" (the text column scan)
    ("The EU warned Hungary over the rule of law. The Commission froze funds for Hungary.", {("IGO", "HUN", "163")}),
    ("The Treasury imposed sanctions on Lukoil.", {("USA", "RUS", "163")}),
    # rule 323: a speaker's own clause hung in the clause he recalls (the VBD tag scan): an accusation
    (
        "Erdogan recalled that Greece had occupied Izmir a century ago as he accused Athens of arming its islands.",
        {("TUR", "GRC", "112")},
    ),
    # controls: no such construction, nothing of it coded
    ("The Commission of Inquiry published its report on Monday.", set()),
]

XFAIL: dict[str, str] = {
    "The EU warned Hungary over the rule of law. The Commission froze funds for Hungary.": (
        "the Commission resolves (rule 236d), but 'froze funds for Y' codes no sanction (163) here: the warning (130)"
        " alone is coded, before this branch as after it"
    ),
}


test_speed35_table = table_test(SPEED35_SENTENCES, check_prefix_hits, XFAIL)
