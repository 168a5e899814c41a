"""Suffixless LAC ORG spans on dev (not HE/HF): right (a gold org with that exact text) or wrong, with context."""
import glob, json, sys
from dsz_extract import pipeline
from dsz_extract.ner import lac as L
from dsz_extract.dims.org import suffix_supports

backend = L.LacBackend(only_where_useful=(sys.argv[2] == "useful"))
out = open(sys.argv[1], "w", encoding="utf-8")
for f in sorted(glob.glob("_tmp/dev/*.json")):
    g = json.load(open(f, encoding="utf-8"))
    did = f.split("/")[-1][:-5]
    text = open(f"corpus/real/dev/{did}.txt", encoding="utf-8").read()
    gold_orgs = {m["text"] for m in g["mentions"] if m["type"] == "org"}
    gold_any = {m["text"]: m["type"] for m in g["mentions"]}

    def hook(doc):
        for s, e, kind in backend.entity_spans(doc):
            if kind != "org" or suffix_supports(doc.norm, s, e):
                continue
            t = doc.original[doc.normalized.to_original(s):doc.normalized.to_original(e)]
            rule = sorted({m.type for m in doc.mentions if m.start < e and s < m.end})
            ctx = (doc.norm[max(0, s - 8):s] + "[" + doc.norm[s:e] + "]" + doc.norm[e:e + 8]).replace("\n", "⏎")
            tag = "R" if t in gold_orgs else ("G:" + gold_any[t] if t in gold_any else "W")
            out.write(f"{tag}\t{did}\t{t}\t{','.join(rule)}\t{ctx}\n")
        return []

    pipeline.run(text, reference_date=g.get("reference_date"), doc_id=did, extra_mentions=hook)
out.close()
