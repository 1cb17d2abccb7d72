"""The versioned DuckDB schema. Each migration is applied once, in order, inside a transaction.

Offsets (``start``/``end``) are always character offsets into ``documents.raw_text``, the input as given.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,       -- file name relative to the folder given, or JSONL id
            source VARCHAR,               -- outlet / site / author when known
            url VARCHAR,
            title VARCHAR,
            published DATE,               -- NULL when unknown: never invented
            published_how VARCHAR,        -- metadata | text | NULL
            path VARCHAR,                 -- the input file
            format VARCHAR,               -- txt | md | html | jsonl
            raw_text VARCHAR NOT NULL,    -- the input text unchanged (decoded)
            clean_text VARCHAR NOT NULL,
            offset_map VARCHAR NOT NULL,  -- JSON [[clean_start, raw_start, length], ...]
            content_hash VARCHAR NOT NULL,
            duplicate_of VARCHAR,         -- the original this is a near-duplicate of
            similarity DOUBLE,            -- estimated Jaccard with duplicate_of
            minhash BLOB,
            words INTEGER,
            encoding VARCHAR,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,       -- raw offsets
            "end" INTEGER NOT NULL,
            clean_start INTEGER NOT NULL, -- offsets in documents.clean_text
            clean_end INTEGER NOT NULL,
            text VARCHAR NOT NULL,        -- cleaned sentence text
            PRIMARY KEY (doc_id, idx)
        );
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL,
            sentence_idx INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR,
            actor_code VARCHAR NOT NULL,
            how VARCHAR                   -- name | alias | demonym | metonym | pronoun
        );
        CREATE TABLE events (
            event_id VARCHAR NOT NULL,    -- doc_id#sentence#n for text, gdelt:ID, icews:ID
            doc_id VARCHAR,               -- NULL for imported rows
            sentence_idx INTEGER,
            start INTEGER,
            "end" INTEGER,
            source VARCHAR,               -- CAMEO-style actor code
            target VARCHAR,
            source_name VARCHAR,
            target_name VARCHAR,
            cameo VARCHAR,
            plover VARCHAR,
            goldstein DOUBLE,
            quad INTEGER,
            negated BOOLEAN DEFAULT false,
            hypothetical BOOLEAN DEFAULT false,
            date DATE,                    -- first day of the period the text gives (date_end: its last day)
            date_precision VARCHAR,       -- day | week | month | season | quarter | third | half | year
            date_how VARCHAR,             -- text | document | origin | NULL (unknown)
            trigger VARCHAR,
            origin VARCHAR NOT NULL,      -- text | gdelt | icews
            origin_id VARCHAR,
            num_sources INTEGER,
            num_articles INTEGER,
            url VARCHAR,
            origin_fields VARCHAR         -- JSON of the origin's own columns (GDELT/ICEWS names kept)
        );
        CREATE TABLE causal_claims (
            claim_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            sentence_idx INTEGER,
            start INTEGER, "end" INTEGER,
            cause VARCHAR, effect VARCHAR,
            cause_start INTEGER, cause_end INTEGER,
            effect_start INTEGER, effect_end INTEGER,
            polarity VARCHAR,             -- + | -
            hedged BOOLEAN,
            signal VARCHAR
        );
        CREATE TABLE framing_hits (
            doc_id VARCHAR NOT NULL,
            sentence_idx INTEGER,
            start INTEGER, "end" INTEGER,
            phrase VARCHAR, narrative VARCHAR, technique VARCHAR, note VARCHAR
        );
        CREATE TABLE quality_signals (
            doc_id VARCHAR NOT NULL,
            start INTEGER, "end" INTEGER,
            signal VARCHAR, evidence VARCHAR, note VARCHAR
        );
        CREATE TABLE analyzed (
            doc_id VARCHAR PRIMARY KEY,   -- a document whose NLP results are stored completely
            pipeline VARCHAR,
            analyzed_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE TABLE imports (
            file VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            rows_imported BIGINT,
            rows_rejected BIGINT,
            imported_at TIMESTAMP DEFAULT current_timestamp
        );
        """,
    ),
]

# 2: an event date keeps its granularity (docs/dates.md): the period's last day and its label beside its
# first day, and the background flag (the sentence recalls earlier history). A store written by version 1
# gets the columns, its labels rebuilt from date + date_precision (day, month or year then).
MIGRATIONS.append(
    (
        2,
        """
        ALTER TABLE events ADD COLUMN date_end DATE;
        ALTER TABLE events ADD COLUMN date_label VARCHAR;
        ALTER TABLE events ADD COLUMN background BOOLEAN DEFAULT false;
        UPDATE events SET
            date_label = CASE date_precision
                WHEN 'year' THEN strftime(date, '%Y')
                WHEN 'month' THEN strftime(date, '%Y-%m')
                ELSE strftime(date, '%Y-%m-%d') END,
            date_end = CASE date_precision
                WHEN 'year' THEN (date_trunc('year', date) + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE
                WHEN 'month' THEN (date_trunc('month', date) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE
                ELSE date END,
            background = false
        WHERE date IS NOT NULL;
        UPDATE events SET background = false WHERE background IS NULL;
        """,
    )
)

LATEST = MIGRATIONS[-1][0]
