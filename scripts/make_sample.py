#!/usr/bin/env python3
"""Build data/sample.jsonl, the bundled demo corpus of reliefdex.

Picks a few hundred real reports from ../shared/corpus/*.jsonl (plus the seed
report) so that faceted search over the sample is interesting:

  * reliefweb-2017: conflict and displacement reports in English, French and
    Spanish, whole (never truncated), titled ones first;
  * who-dons: WHO Disease Outbreak News, spread over diseases and years;
  * reliefweb-2026: Hurricane Melissa (Haiti) and Marburg (Ethiopia) records;
  * disaster-messages: ~50 short messages over varied labels, a few with the
    mojibake the corpus carries;
  * the seed report (id seed-nk-2023), body kept byte for byte.

Python 3 standard library only; fully deterministic (no randomness: every
choice is a sort with the record id as the last key). Records taken from the
corpus are copied as their original JSON line, so every field stays exactly as
in the corpus.

    python3 scripts/make_sample.py                       # writes data/sample.jsonl
    python3 scripts/make_sample.py --corpus DIR --seed FILE --out FILE
"""

import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))
DEFAULT_SEED = os.path.normpath(
    os.path.join(REPO, "..", "shared", "seeds", "000_100b0db8239baf3f.txt"))
DEFAULT_OUT = os.path.join(REPO, "data", "sample.jsonl")

BUDGET_BYTES = 1_900_000          # hard limit for the whole file

# How many records of each kind.
RW2017_PER_LANG = {"en": 90, "fr": 45, "es": 35}
RW2017_MAX_BODY = 15_000          # bytes; longer reports are skipped, not cut
WHO_TOTAL = 80
WHO_MAJOR_DISEASES = 10           # the most reported diseases get several reports
WHO_PER_MAJOR = 5                 # ... spread over the years; the others get one
WHO_MAX_BODY = 15_000
RW2026_PER_DISASTER = {"Hurricane Melissa": 15, "Marburg Disease Outbreak": 10}
RW2026_MAX_LINE = 12_000          # bytes of the whole JSON line (attachment_text included)
MESSAGES_TOTAL = 50
MESSAGES_MOJIBAKE = 4

# Conflict and displacement vocabulary, per language (lower-case stems).
CONFLICT_WORDS = {
    "en": r"refugee|displace|conflict|armed|attack|killed|clash|violence|"
          r"fighting|shelling|ceasefire|militar|rohingya|idp|insecurity|"
          r"civilian|casualt|landmine|airstrike|hostilit|evacuat|flee|fled",
    "fr": r"réfugié|refugie|déplacé|deplace|conflit|armé|attaque|tué|"
          r"violence|combat|cessez-le-feu|militaire|rohingya|insécurité|"
          r"civil|victime|fuir|fui|affrontement|hostilit|évacu",
    "es": r"desplazad|refugiad|conflicto|armad|ataque|asesinad|muert|"
          r"violencia|combate|alto el fuego|militar|rohingya|inseguridad|"
          r"civil|víctima|victima|enfrentamiento|hostilidad|evacua|huir|huyeron",
}

MOJIBAKE = re.compile("[ÃÂâ├┬]")

# Disaster-message labels to cover, in order of preference (round robin).
MESSAGE_LABELS = [
    "death", "refugees", "earthquake", "floods", "storm", "food", "water",
    "shelter", "medical_help", "military", "search_and_rescue",
    "missing_people", "fire", "security", "hospitals", "transport",
    "infrastructure_related", "money", "cold", "clothing",
]


def read_jsonl(path):
    """Yield (raw_line, record) for each line of a JSONL file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                yield line, json.loads(line)


def nbytes(s):
    return len(s.encode("utf-8"))


def spread(items, k):
    """Pick k items evenly spaced over a sorted list (deterministic)."""
    n = len(items)
    if k >= n:
        return list(items)
    if k <= 0:
        return []
    if k == 1:
        return [items[n // 2]]
    return [items[round(i * (n - 1) / (k - 1))] for i in range(k)]


def pick_reliefweb_2017(rows):
    out = []
    for lang, want in RW2017_PER_LANG.items():
        word = re.compile(r"\b(?:%s)" % CONFLICT_WORDS[lang], re.IGNORECASE)
        scored = []
        for line, rec in rows:
            if rec.get("language") != lang:
                continue
            body = rec.get("body", "")
            if not body or nbytes(body) > RW2017_MAX_BODY:
                continue
            text = rec.get("title", "") + "\n" + body
            hits = word.findall(text)
            distinct = len({h.lower() for h in hits})
            if len(hits) < 3:
                continue
            # Titled first, then the most varied conflict vocabulary, then the
            # densest, then id.
            density = len(hits) / max(1, len(text) / 1000)
            scored.append(((0 if rec.get("title") else 1, -distinct,
                            -round(density, 3), rec["id"]), line))
        scored.sort()
        out.extend(line for _, line in scored[:want])
    return out


def disease_of(rec):
    d = rec.get("disaster")
    if isinstance(d, list) and d:
        return d[0].strip()
    return None


def pick_who(rows):
    by_disease = collections.defaultdict(list)
    for line, rec in rows:
        dis = disease_of(rec)
        body = rec.get("body", "")
        if dis is None or not rec.get("title") or not body:
            continue
        if nbytes(body) > WHO_MAX_BODY:
            continue
        by_disease[dis].append((rec.get("date", ""), rec["id"], line))
    # Most frequent diseases first: the major ones get WHO_PER_MAJOR reports
    # spread over the years, then one report each for the others (the most
    # recent one) until WHO_TOTAL.
    order = sorted(by_disease, key=lambda d: (-len(by_disease[d]), d))
    out = []
    for d in order[:WHO_MAJOR_DISEASES]:
        out.extend(c[2] for c in spread(sorted(by_disease[d]), WHO_PER_MAJOR))
    for d in order[WHO_MAJOR_DISEASES:]:
        if len(out) >= WHO_TOTAL:
            break
        out.append(sorted(by_disease[d])[-1][2])
    return out


def pick_reliefweb_2026(rows):
    out = []
    for disaster, want in RW2026_PER_DISASTER.items():
        cands = sorted((rec.get("date", ""), rec["id"], line)
                       for line, rec in rows
                       if disaster in (rec.get("disaster") or [])
                       and nbytes(line) <= RW2026_MAX_LINE)
        out.extend(c[2] for c in spread(cands, want))
    return out


def pick_messages(rows):
    seen, pool = set(), []
    for line, rec in rows:
        if rec["id"] in seen or not rec.get("body", "").strip():
            continue                       # duplicates and the empty message
        seen.add(rec["id"])
        pool.append((rec["id"], line, rec))
    pool.sort(key=lambda t: (int(t[0].split("-")[1]) if t[0].split("-")[1].isdigit() else 0, t[0]))
    chosen, chosen_ids = [], set()

    def take(entry):
        chosen.append(entry[1])
        chosen_ids.add(entry[0])

    # A few messages with mojibake, labelled ones first.
    moj = [p for p in pool if MOJIBAKE.search(p[2]["body"])]
    moj.sort(key=lambda p: (0 if p[2].get("labels") else 1, p[0]))
    for p in moj[:MESSAGES_MOJIBAKE]:
        take(p)
    # Then round robin over the labels, alternating news and direct messages.
    per_label = {}
    for lab in MESSAGE_LABELS:
        per_label[lab] = [p for p in pool if lab in (p[2].get("labels") or [])]
    cursor = collections.Counter()
    genre_turn = 0
    while len(chosen) < MESSAGES_TOTAL:
        progressed = False
        for lab in MESSAGE_LABELS:
            if len(chosen) >= MESSAGES_TOTAL:
                break
            want_genre = ("news", "direct")[genre_turn % 2]
            cands = [p for p in per_label[lab] if p[0] not in chosen_ids]
            if not cands:
                continue
            same = [p for p in cands if p[2].get("genre") == want_genre]
            pick_from = same or cands
            # Spread picks over the list instead of always taking the first.
            idx = (cursor[lab] * 7919) % len(pick_from)
            cursor[lab] += 1
            take(pick_from[idx])
            genre_turn += 1
            progressed = True
        if not progressed:
            break
    return chosen


def seed_record(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    title, sep, body = text.partition("\n")
    if not sep:
        sys.exit("seed %s has no title line" % path)
    rec = collections.OrderedDict([
        ("id", "seed-nk-2023"),
        ("title", title.rstrip("\r")),
        ("body", body),               # exactly as received, mojibake included
        ("language", "en"),
        ("date", "2023-09-19"),
        ("source", "ICRC"),
    ])
    return json.dumps(rec, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--seed", default=DEFAULT_SEED)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    def rows(name):
        return list(read_jsonl(os.path.join(args.corpus, name)))

    parts = [
        ("seed", [seed_record(args.seed)]),
        ("reliefweb-2017", pick_reliefweb_2017(rows("reliefweb-2017.jsonl"))),
        ("reliefweb-2026", pick_reliefweb_2026(rows("reliefweb-2026.jsonl"))),
        ("who-dons", pick_who(rows("who-dons.jsonl"))),
        ("disaster-messages", pick_messages(rows("disaster-messages.jsonl"))),
    ]
    lines, ids = [], set()
    for name, picked in parts:
        for line in picked:
            rid = json.loads(line)["id"]
            if rid in ids:
                sys.exit("duplicate id %s in the sample" % rid)
            ids.add(rid)
            lines.append(line)
    data = "".join(l + "\n" for l in lines).encode("utf-8")
    if len(data) > BUDGET_BYTES:
        sys.exit("sample is %d bytes, over the %d byte budget" % (len(data), BUDGET_BYTES))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(data)
    for name, picked in parts:
        size = sum(nbytes(l) + 1 for l in picked)
        print("%-18s %4d records %9d bytes" % (name, len(picked), size), file=sys.stderr)
    print("%-18s %4d records %9d bytes -> %s" % ("total", len(lines), len(data), args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
