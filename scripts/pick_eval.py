#!/usr/bin/env python3
"""Pick the reports of the labelled evaluation set (tests/eval/reports.jsonl).

Deterministic: a fixed random seed over ../shared/corpus, reports between 600
and 3,500 characters (so a person can label every mention), none of them in
the demo sample, spread over conflict, displacement, disaster and outbreak
reports and over English, French and Spanish.

    python3 scripts/pick_eval.py ../shared/corpus > tests/eval/reports.jsonl

`--held-out` picks a second, smaller set with another seed and none of the
reports of the first (tests/eval/heldout/): it is scored but never read while
tuning rules, so its figures estimate how the rules do on unseen reports.

    python3 scripts/pick_eval.py ../shared/corpus --held-out > tests/eval/heldout/reports.jsonl

`--more` picks a third set the same size as the held-out one (another seed,
none of the reports above), added to the tuning set:

    python3 scripts/pick_eval.py ../shared/corpus --more > tests/eval/reports-more.jsonl

`--fresh` picks a new held-out set (another seed, none of the reports of any
earlier set, four ReliefWeb 2026 reports besides) once the first held-out set
has been retired to tuning (tests/eval/reports-retired.jsonl):

    python3 scripts/pick_eval.py ../shared/corpus --fresh > tests/eval/heldout/reports.jsonl

`--more2` picks 40 more tuning reports (another seed, none of any set
above):

    python3 scripts/pick_eval.py ../shared/corpus --more2 > tests/eval/reports-more2.jsonl

`--more3` picks 32 more tuning reports (another seed, none of any set
above, four ReliefWeb 2026 reports among them):

    python3 scripts/pick_eval.py ../shared/corpus --more3 > tests/eval/reports-more3.jsonl

`--more4` picks 24 more tuning reports (another seed, none of any set
above, two ReliefWeb 2026 and two WHO reports among them):

    python3 scripts/pick_eval.py ../shared/corpus --more4 > tests/eval/reports-more4.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

TOPICS = {
    "conflict": r"\b(attack|killed|clash|armed|shelling|airstrike|militar|soldier|conflict|violence|tués|attaque|conflit|armé|muertos|ataque|conflicto|armad)",
    "displacement": r"\b(displaced|refugee|returnee|evacuat|IDP|déplacé|réfugié|desplazad|refugiad|evacu)",
    "disaster": r"\b(flood|earthquake|cyclone|typhoon|hurricane|storm|drought|landslide|inondation|séisme|tremblement|ouragan|inundaci|terremoto|sismo|huracán|tormenta|sequía)",
    "outbreak": r"\b(cholera|outbreak|epidemic|ebola|plague|measles|choléra|épidémie|cólera|epidemia|brote)",
}


def topic(rec):
    text = (rec.get("title") or "") + " " + rec["body"]
    best, hits = None, 0
    for name, pattern in TOPICS.items():
        n = len(re.findall(pattern, text, re.I))
        if n > hits:
            best, hits = name, n
    return best


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    held_out = "--held-out" in sys.argv
    more = "--more" in sys.argv
    fresh = "--fresh" in sys.argv
    more2 = "--more2" in sys.argv
    more3 = "--more3" in sys.argv
    more4 = "--more4" in sys.argv
    corpus = Path(args[0] if args else "../shared/corpus")
    root = Path(__file__).parent.parent
    sample = {json.loads(l)["id"] for l in open(root / "data/sample.jsonl")}
    if held_out or more:
        sample |= {json.loads(l)["id"] for l in open(root / "tests/eval/reports.jsonl")}
    if more:
        sample |= {json.loads(l)["id"] for l in open(root / "tests/eval/heldout/reports.jsonl")}
    if fresh or more2 or more3 or more4:
        for f in sorted((root / "tests/eval").glob("**/reports*.jsonl")):
            sample |= {json.loads(l)["id"] for l in open(f)}
    seed = 20261204 if more4 else 20261203 if more3 else 20261202 if more2 else 20261201 if fresh else 20261127 if more else 20261126 if held_out else 20261125
    rng = random.Random(seed)
    picked = []

    def pool(name, lang=None):
        out = []
        for line in open(corpus / name, encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in sample or not 600 <= len(rec["body"]) <= 3500:
                continue
            if lang and rec.get("language") != lang:
                continue
            rec["_topic"] = topic(rec)
            if rec["_topic"]:
                out.append(rec)
        rng.shuffle(out)
        return out

    def take(recs, per_topic, total):
        chosen, counts = [], {}
        for rec in recs:
            if counts.get(rec["_topic"], 0) < per_topic and len(chosen) < total:
                counts[rec["_topic"]] = counts.get(rec["_topic"], 0) + 1
                chosen.append(rec)
        return chosen

    if more4:
        picked += take(pool("reliefweb-2017.jsonl", "en"), 3, 10)
        picked += take(pool("reliefweb-2017.jsonl", "fr"), 2, 5)
        picked += take(pool("reliefweb-2017.jsonl", "es"), 2, 5)
        picked += take(pool("who-dons.jsonl"), 2, 2)
        picked += take(pool("reliefweb-2026.jsonl"), 1, 2)
    elif more3:
        picked += take(pool("reliefweb-2017.jsonl", "en"), 4, 14)
        picked += take(pool("reliefweb-2017.jsonl", "fr"), 2, 6)
        picked += take(pool("reliefweb-2017.jsonl", "es"), 2, 6)
        picked += take(pool("who-dons.jsonl"), 2, 2)
        picked += take(pool("reliefweb-2026.jsonl"), 1, 4)
    elif more2:
        picked += take(pool("reliefweb-2017.jsonl", "en"), 4, 16)
        picked += take(pool("reliefweb-2017.jsonl", "fr"), 2, 8)
        picked += take(pool("reliefweb-2017.jsonl", "es"), 2, 8)
        picked += take(pool("who-dons.jsonl"), 6, 6)
        picked += take(pool("reliefweb-2026.jsonl"), 1, 2)
    elif held_out or more or fresh:
        picked += take(pool("reliefweb-2017.jsonl", "en"), 3, 12)
        picked += take(pool("reliefweb-2017.jsonl", "fr"), 2, 8)
        picked += take(pool("reliefweb-2017.jsonl", "es"), 2, 8)
        picked += take(pool("who-dons.jsonl"), 4, 4)
        if fresh:
            picked += take(pool("reliefweb-2026.jsonl"), 1, 4)
    else:
        picked += take(pool("reliefweb-2017.jsonl", "en"), 8, 30)
        picked += take(pool("reliefweb-2017.jsonl", "fr"), 6, 18)
        picked += take(pool("reliefweb-2017.jsonl", "es"), 6, 18)
        picked += take(pool("who-dons.jsonl"), 10, 10)
        picked += take(pool("reliefweb-2026.jsonl"), 3, 6)
    for rec in picked:
        out = {k: rec[k] for k in ("id", "title", "body", "date", "language", "source", "country") if k in rec}
        out["topic"] = rec["_topic"]
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
