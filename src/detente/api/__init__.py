"""The Python API: plain functions, the only layer that queries the store for users.

The CLI and the REST app are thin shells over these functions.
"""

from detente.api.ingest import IngestReport, analyze, analyze_stored, code_documents, code_stream, ingest

__all__ = ["IngestReport", "analyze", "analyze_stored", "code_documents", "code_stream", "ingest"]
