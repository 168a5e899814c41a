"""Run the probe TSV: places (text[=adcode]) and orgs per sentence, alone and after a lead."""
import sys
from dsz_extract.extractor import Extractor

ner = sys.argv[2] if len(sys.argv) > 2 else "rules"
x = Extractor(ner=ner)
LEAD = "本报讯 记者近日获悉。\n"
ok = tot = 0
fails = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    parts = line.split("\t") + ["", ""]
    sent, pexp, oexp = parts[0], parts[1], parts[2]
    want_p = {}
    for w in filter(None, pexp.split(",")):
        n, _, a = w.partition("=")
        want_p[n] = a or None
    want_o = sorted(filter(None, oexp.split(",")))
    for ctx in ("", LEAD):
        r = x(ctx + sent, reference_date="2024-06-01", doc_id="probe").model_dump(mode="json")
        got_p = {m["text"]: (m.get("value") or {}).get("adcode") for m in r["mentions"] if m["type"] == "place"}
        got_o = sorted(m["text"] for m in r["mentions"] if m["type"] == "org")
        bad = []
        if sorted(got_p) != sorted(want_p):
            bad.append(f"P want {sorted(want_p)} got {sorted(got_p)}")
        else:
            for n, a in want_p.items():
                if a and got_p.get(n) != a:
                    bad.append(f"A {n} want {a} got {got_p.get(n)}")
        if got_o != want_o:
            bad.append(f"O want {want_o} got {got_o}")
        tot += 1
        if not bad:
            ok += 1
        else:
            fails.append(("L " if ctx else "  ") + sent + "  ||  " + " ; ".join(bad))
print(f"pass {ok}/{tot}")
for f in fails:
    print(f)
