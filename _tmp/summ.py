import json, sys
for f in sys.argv[1:]:
    d = json.load(open(f))["mentions"]
    out = []
    for t in ("place", "org", "person"):
        m = d[t]
        out.append(f"{t} {m['overlap']['f1']:.4f}")
        if t == "place":
            out.append(f"adc {m['value']['accuracy']:.4f}")
    print(f.split('/')[-1], *out)
