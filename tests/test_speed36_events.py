"""The constructions whose whole-document scans session 35's speed36 branch narrowed (issue 14 item 5).

Each repair, resolver or composing step touched now visits only the tokens its first test keeps (by one token
column: a dependency label, a tag, a part of speech, a lemma or the text); what it does to them is unchanged, so
these rows code before the change as after it. Each sentence is our own construction in 2025 wire style, none copied
from an evaluation set or the news excerpts; the codes are read from the CAMEO codebook. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). A row holds when its events
are all asserted (a code by its prefix). ``XFAIL`` keeps the rows the scans never fixed (none).
"""

from __future__ import annotations

from .event_sentences import both, check_prefix_hits, table_test

Events = set[tuple[str, str, str]]

SPEED36_SENTENCES: list[tuple[str, Events]] = [
    # rule 195f: a recipient put before the goods (the ``pobj`` column scan): a return of property
    ("France returned to Benin 26 royal treasures.", {("FRA", "BEN", "0842")}),
    # rule 328: the goods after a time phrase (the verb column scan): a return of property
    ("Germany returned to Nigeria last week 20 bronze sculptures.", {("DEU", "NGA", "0842")}),
    # rule 144c: a headline's "X to host" (the VB tag scan, per sentence): an intent to meet
    ("Qatar to host Sudan peace talks", {("QAT", "SDN", "036")}),
    # rule 174: the infinitive of "the decision of Y to" (the ``advcl`` column scan): praise of the decider
    ("Egypt welcomed the decision of Kuwait to expel Israel's envoy.", {("EGY", "KWT", "051")}),
    # rule 195d: "a halt to the fighting" as a truce (the lemma column scan): an agreement to a ceasefire
    ("Azerbaijan and Armenia agreed to a halt to the fighting.", both("AZE", "ARM", "0356")),
    # rule 52c: a hyphen-split "cease-fire" (the compound column scan follows the hyphen scan): a ceasefire
    ("Armenia announced a cease-fire with Azerbaijan.", {("ARM", "AZE", "0871")}),
    # rule 195c: a call read as a participle on the name (the ``acl`` column scan, per sentence): a phone call
    ("Erdogan called Putin to congratulate him", {("TUR", "RUS", "041")}),
    # the relative-clause verb read as a participle of the object (the ``amod`` column scan): an embargo
    (
        "The Dutch government, which faces pressure from Washington, tightened export curbs on China.",
        {("NLD", "CHN", "163")},
    ),
    # rule 106d: a bare office of several states (the text column scan): criticism by Germany
    ("The Chancellery in Berlin criticised Moscow on Tuesday.", {("DEU", "RUS", "111")}),
    # a misspelt surname (the title-case word scan): a meeting
    ("Zelenksy met Macron in Paris on Friday.", both("UKR", "FRA", "040")),
    # rule 288: a party named by its attitude adjective (the party-noun scan): a party banned
    ("Turkey banned the pro-Kurdish party on Thursday.", {("TUR", "TUR", "1722")}),
    # rule 162: a suppressed dissent noun and a protesting count (the lemma column scan)
    ("Georgian police crushed the protests in Tbilisi.", {("GEO", "GEO", "175")}),
    ("Thousands protested in Tbilisi against the government.", {("GEO", "GEO", "141")}),
    # control: no such construction, nothing coded
    ("Spain returned to the talks on Monday.", set()),
]

XFAIL: dict[str, str] = {}


test_speed36_table = table_test(SPEED36_SENTENCES, check_prefix_hits, XFAIL)
