"""Optional statistical NER backends that add person/org/place mentions next to the rule passes.

Each backend exposes `find(doc) -> list[Mention]` (mentions built with `doc.make(..., source=NAME)`);
`pipeline.merge_backend_mentions` merges them after the rule passes. Backends import their
libraries lazily, so importing this package never needs them installed.
"""
