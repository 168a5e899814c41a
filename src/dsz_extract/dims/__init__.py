"""One module per mention type; each exposes `find(doc) -> list[Mention]`."""
