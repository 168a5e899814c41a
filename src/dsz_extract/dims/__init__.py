"""One module per mention type; each exposes `find(doc) -> list[Mention]`. project_model.py is the learned
reader of project names that runs after them all (`mentions(doc)`)."""
