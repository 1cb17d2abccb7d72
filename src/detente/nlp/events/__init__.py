"""The parts of the ``event_coder`` component (``detente.nlp.event_coder``), one module per concern:

- ``lexicon``: the trigger lexicon and word lists, read from ``data/events/event_patterns.yml``;
- ``triggers``: which words are triggers, what they wrap, reported demands, domain refinement;
- ``arguments``: source and target actors from the dependency parse, and the ordered pairs they make;
- ``modality``: negation, hypotheticals and stated intent;
- ``non_events``: trigger words that name no event here (judgements, standing treaties, things acted on);
- ``parse_repair``: the parse and lemma repairs the rules assume (rules 46a, 52c), the ``parse_repair`` pipeline
  component (its data ``data/events/parse_repair.yml``) that ``build_pipeline`` puts right before ``event_coder``.

``event_coder`` runs them per sentence and writes ``doc._.events`` (docs/events.md: the rules).
"""
