#!/usr/bin/env python3
"""Side-by-side benchmark: reliefdex vs tantivy-cli 0.24 vs SQLite FTS5.

One run does all of it, on the same machine and the same text:

  1. builds the text-only input for tantivy-cli (one NDJSON doc per record:
     id, title, body) from the corpus, and measures its title+body bytes;
  2. indexes it with tantivy-cli (`tantivy index -i DIR -f FILE -t THREADS`),
     timed as a whole process;
  3. indexes the corpus files with reliefdex
     (`reliefdex --index DIR index FILE... --quiet`), timed as a whole process;
  4. loads the same title+body text into SQLite FTS5 (porter unicode61),
     timed in process;
  5. runs the same queries against all three, N times each, and keeps the
     median; plus a faceted reliefdex query with its own reported took_ms;
  6. prints a table and, with --out FILE, writes the same figures as JSON.

MB/s everywhere is title+body bytes (UTF-8) / wall seconds, 1 MB = 10^6 bytes.
Python 3 standard library only. reliefdex is skipped, with a message, when
its binary is missing.

    python3 benches/compare.py                       # full corpus
    python3 benches/compare.py --quick               # first 300 records of each file
    python3 benches/compare.py --out bench.json --repeat 11
"""

import argparse
import glob
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.normpath(os.path.join(REPO, "..", "shared", "corpus"))
DEFAULT_RELIEFDEX = os.path.join(REPO, "target", "release", "reliefdex")
QUICK_DEFAULT = 300

# Queries in the common subset of the three syntaxes. Note: a bare list of
# words is OR in tantivy's query parser but AND in FTS5, so hit counts of
# `vaccination campaign` differ by design; the timing is what is compared.
QUERIES = [
    "cholera",
    '"ebola outbreak"',
    "displaced AND flood",
    "earthquake",
    "refugees",
    "ceasefire",
    "killed",
    "vaccination campaign",
]
FACET_QUERY = "cholera"
FACET_FIELDS = "location,claim"

# tantivy 0.24 meta.json for an empty index: `id` like STRING | STORED,
# `title` and `body` like TEXT | STORED with the en_stem tokenizer and
# positions (what `tantivy new` writes when its wizard is answered that way).
def tantivy_meta():
    def text(tokenizer, record):
        return {"indexing": {"record": record, "fieldnorms": True, "tokenizer": tokenizer},
                "stored": True, "fast": False}
    return {
        "index_settings": {"docstore_compression": "lz4", "docstore_blocksize": 16384},
        "segments": [],
        "schema": [
            {"name": "id", "type": "text", "options": text("raw", "basic")},
            {"name": "title", "type": "text", "options": text("en_stem", "position")},
            {"name": "body", "type": "text", "options": text("en_stem", "position")},
        ],
        "opstamp": 0,
    }


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def nbytes(s):
    return len(s.encode("utf-8"))


# ---------------------------------------------------------------- corpus

def read_corpus(corpus_dir, quick):
    """Return (files, records, raw_lines_per_file).

    records: list of dicts id/title/body (title '' when missing). With quick,
    only the first `quick` records of each file are kept.
    """
    files = sorted(glob.glob(os.path.join(corpus_dir, "*.jsonl")))
    if not files:
        sys.exit("no *.jsonl files in %s; pass --corpus DIR" % corpus_dir)
    records, raw = [], {}
    bad = 0
    for path in files:
        kept = []
        with open(path, encoding="utf-8", errors="replace") as f:
            for lineno, line in enumerate(f, 1):
                if quick is not None and len(kept) >= quick:
                    break
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    bad += 1
                    continue
                title = rec.get("title") or ""
                body = rec.get("body") or ""
                if not isinstance(title, str):
                    title = str(title)
                if not isinstance(body, str):
                    body = str(body)
                records.append({"id": str(rec.get("id", "%s:%d" % (os.path.basename(path), lineno))),
                                "title": title, "body": body})
                kept.append(line)
        raw[path] = kept
    if bad:
        log("skipped %d lines that are not JSON" % bad)
    return files, records, raw


# ---------------------------------------------------------------- helpers

def find_tantivy(explicit):
    if explicit:
        return explicit if os.path.exists(explicit) or shutil.which(explicit) else None
    for cand in (shutil.which("tantivy"),
                 os.path.expanduser("~/.cargo/bin/tantivy")):
        if cand and os.path.exists(cand):
            return cand
    return None


def run_timed(argv, stdout=subprocess.DEVNULL, check=True, ok_codes=(0,)):
    t0 = time.perf_counter()
    proc = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if check and proc.returncode not in ok_codes:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError("%s exited %d: %s" % (" ".join(argv[:4]), proc.returncode, err[-500:]))
    return dt, proc


def settle():
    """Flush dirty pages (the input just written, indexes just removed) so
    that they are not written back during a tool's timed, fsync'ing commit."""
    if hasattr(os, "sync"):
        os.sync()


def median_ms(samples):
    return round(statistics.median(samples) * 1000.0, 2)


def dir_size(path):
    total = 0
    for root, _, names in os.walk(path):
        for n in names:
            try:
                total += os.path.getsize(os.path.join(root, n))
            except OSError:
                pass
    return total


def mbps(mb, seconds):
    return round(mb / seconds, 2) if seconds > 0 else None


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return round(a / b, 2)


# ---------------------------------------------------------------- tantivy-cli

def bench_tantivy(binary, work, records, input_mb, threads, memory, queries, repeat,
                  index_runs):
    ndjson = os.path.join(work, "tantivy-input.ndjson")
    with open(ndjson, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False))
            f.write("\n")
    runs, owns = [], []
    for run in range(index_runs):
        idx = os.path.join(work, "tantivy-index-%d" % run)
        os.makedirs(idx)
        with open(os.path.join(idx, "meta.json"), "w") as f:
            json.dump(tantivy_meta(), f)
        log("tantivy-cli: indexing %d docs (%.2f MB title+body), run %d/%d ..."
            % (len(records), input_mb, run + 1, index_runs))
        argv = [binary, "index", "-i", idx, "-f", ndjson, "-t", str(threads)]
        if memory:
            argv += ["-m", str(memory)]
        settle()
        secs, proc = run_timed(argv, stdout=subprocess.PIPE)
        runs.append(secs)
        out = proc.stdout.decode("utf-8", "replace")
        for line in out.splitlines():
            if line.startswith("Total Nowait Merge:"):
                owns.append(line.split(":", 1)[1].strip())
        failed = out.count("Failed to add document")
        if run + 1 < index_runs:
            shutil.rmtree(idx, ignore_errors=True)
    secs = statistics.median(runs)
    own = owns[-1] if owns else None
    # Check the index holds every doc: count the hits of a query matching all
    # ids is not possible in tantivy's syntax, so read the segment metas.
    with open(os.path.join(idx, "meta.json")) as f:
        meta = json.load(f)
    ndocs = sum(s["max_doc"] - (s.get("deletes") or {}).get("num_deleted_docs", 0)
                for s in meta["segments"])
    res = {
        "tool": "tantivy-cli",
        "binary": binary,
        "command": " ".join(argv),
        "docs": ndocs,
        "failed_docs": failed,
        "seconds": round(secs, 3),
        "mb_per_s": mbps(input_mb, secs),
        "runs_seconds": [round(x, 3) for x in runs],
        "own_report": own,
        "segments": len(meta["segments"]),
        "index_mb": round(dir_size(idx) / 1e6, 2),
        "queries": {},
    }
    log("tantivy-cli: %d docs in %.2f s = %s MB/s (its own figure over JSON bytes: %s)"
        % (ndocs, secs, res["mb_per_s"], own))
    for q in queries:
        argv = [binary, "search", "-i", idx, "-q", q]
        _, proc = run_timed(argv, stdout=subprocess.PIPE)       # warm-up, and hit count
        hits = proc.stdout.count(b"\n")
        times = [run_timed(argv)[0] for _ in range(repeat)]
        res["queries"][q] = {"median_ms": median_ms(times), "hits": hits,
                             "min_ms": round(min(times) * 1000, 2)}
    return res


# ---------------------------------------------------------------- reliefdex

def bench_reliefdex(binary, work, inputs, input_mb, queries, repeat, index_runs):
    runs = []
    for run in range(index_runs):
        idx = os.path.join(work, "reliefdex-index-%d" % run)
        argv = [binary, "--index", idx, "index"] + inputs + ["--quiet"]
        log("reliefdex: indexing %d file(s), run %d/%d ..." % (len(inputs), run + 1, index_runs))
        settle()
        # Exit 2 = bad records were reported and skipped (the corpus has one
        # message with an empty body); the rest is indexed.
        runs.append(run_timed(argv, ok_codes=(0, 2))[0])
        if run + 1 < index_runs:
            shutil.rmtree(idx, ignore_errors=True)
    secs = statistics.median(runs)
    res = {
        "tool": "reliefdex",
        "binary": binary,
        "command": " ".join([binary, "--index", idx, "index", "FILES...", "--quiet"]),
        "seconds": round(secs, 3),
        "mb_per_s": mbps(input_mb, secs),
        "runs_seconds": [round(x, 3) for x in runs],
        "index_mb": round(dir_size(idx) / 1e6, 2),
        "queries": {},
    }
    res["docs"] = reliefdex_doc_count(binary, idx)
    log("reliefdex: indexed in %.2f s = %s MB/s" % (secs, res["mb_per_s"]))
    for q in queries:
        argv = [binary, "--index", idx, "search", q, "--limit", "10", "--format", "json"]
        # Exit 1 means "no hits", which is a valid answer.
        _, proc = run_timed(argv, stdout=subprocess.PIPE, ok_codes=(0, 1))
        total, took = parse_reliefdex_json(proc.stdout)
        times = [run_timed(argv, ok_codes=(0, 1))[0] for _ in range(repeat)]
        res["queries"][q] = {"median_ms": median_ms(times), "hits": total,
                             "min_ms": round(min(times) * 1000, 2), "took_ms": took}
    # Faceted query: wall time and reliefdex's own in-process took_ms.
    argv = [binary, "--index", idx, "search", FACET_QUERY, "--facets", FACET_FIELDS,
            "--format", "json"]
    run_timed(argv, stdout=subprocess.PIPE, ok_codes=(0, 1))     # warm-up
    walls, tooks, total = [], [], None
    for _ in range(repeat):
        dt, proc = run_timed(argv, stdout=subprocess.PIPE, ok_codes=(0, 1))
        walls.append(dt)
        total, took = parse_reliefdex_json(proc.stdout)
        if took is not None:
            tooks.append(took)
    res["faceted"] = {
        "command": "reliefdex search %s --facets %s --format json" % (FACET_QUERY, FACET_FIELDS),
        "median_wall_ms": median_ms(walls),
        "median_took_ms": round(statistics.median(tooks), 2) if tooks else None,
        "hits": total,
    }
    return res


def reliefdex_doc_count(binary, idx):
    """Best effort: `reliefdex stats --format json` -> documents, else None."""
    try:
        proc = subprocess.run([binary, "--index", idx, "stats", "--format", "json"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
        obj = json.loads(proc.stdout.decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, subprocess.TimeoutExpired):
        return None
    if isinstance(obj, dict):
        for key in ("documents", "docs", "num_docs"):
            if isinstance(obj.get(key), int):
                return obj[key]
    return None


def parse_reliefdex_json(stdout):
    try:
        obj = json.loads(stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None, None
    if not isinstance(obj, dict):
        return None, None
    total = obj.get("total")
    if isinstance(total, dict):                 # tolerate {"value": n, ...}
        total = total.get("value")
    took = obj.get("took_ms", obj.get("took"))
    return total, took


# ---------------------------------------------------------------- SQLite FTS5

def bench_sqlite(work, records, input_mb, queries, repeat, index_runs):
    runs = []
    for run in range(index_runs):
        path = os.path.join(work, "fts5-%d.sqlite" % run)
        log("sqlite fts5: loading %d docs, run %d/%d ..." % (len(records), run + 1, index_runs))
        settle()
        t0 = time.perf_counter()
        con = sqlite3.connect(path)
        con.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
                    "tokenize='porter unicode61')")
        with con:
            con.executemany("INSERT INTO docs(id, title, body) VALUES (?, ?, ?)",
                            ((r["id"], r["title"], r["body"]) for r in records))
        runs.append(time.perf_counter() - t0)
        if run + 1 < index_runs:
            con.close()
            os.remove(path)
    secs = statistics.median(runs)
    ndocs = con.execute("SELECT count(*) FROM docs").fetchone()[0]
    res = {
        "tool": "sqlite-fts5",
        "sqlite_version": sqlite3.sqlite_version,
        "docs": ndocs,
        "seconds": round(secs, 3),
        "mb_per_s": mbps(input_mb, secs),
        "runs_seconds": [round(x, 3) for x in runs],
        "index_mb": round(os.path.getsize(path) / 1e6, 2),
        "queries": {},
    }
    log("sqlite fts5: %d docs in %.2f s = %s MB/s" % (ndocs, secs, res["mb_per_s"]))
    sql = "SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10"
    for q in queries:
        try:
            hits = con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (q,)).fetchone()[0]
            con.execute(sql, (q,)).fetchall()                  # warm-up
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                con.execute(sql, (q,)).fetchall()
                times.append(time.perf_counter() - t0)
            res["queries"][q] = {"median_ms": median_ms(times), "hits": hits,
                                 "min_ms": round(min(times) * 1000, 3)}
        except sqlite3.Error as e:
            res["queries"][q] = {"error": str(e)}
    con.close()
    return res


# ---------------------------------------------------------------- report

def fmt(v, width, prec=2):
    if v is None:
        s = "-"
    elif isinstance(v, float):
        s = "%.*f" % (prec, v)
    else:
        s = str(v)
    return s.rjust(width)


def print_report(report):
    out = sys.stdout
    t, r, s = report["tantivy_cli"], report["reliefdex"], report["sqlite_fts5"]
    inp = report["input"]
    print("", file=out)
    print("input: %d records, %.2f MB title+body (%s)%s" % (
        inp["records"], inp["mb"], inp["corpus"],
        ", quick: first %d records per file" % inp["quick"] if inp["quick"] else ""), file=out)
    print("machine: %s, %s cores, python %s, sqlite %s, load average at start %s" % (
        report["machine"]["platform"], report["machine"]["cores"],
        report["machine"]["python"], report["machine"]["sqlite"],
        " ".join(str(x) for x in report["machine"]["loadavg_at_start"])), file=out)
    print("", file=out)
    print("indexing (title+body MB / wall s, median of %d runs; tantivy-cli and reliefdex"
          " whole process)" % report["index_runs"], file=out)
    print("  %-14s %8s %9s %9s %10s" % ("tool", "docs", "seconds", "MB/s", "index MB"), file=out)
    for name, row in (("tantivy-cli", t), ("reliefdex", r), ("sqlite-fts5", s)):
        if row is None or "skipped" in row:
            print("  %-14s skipped (see below)" % name, file=out)
            continue
        print("  %-14s %8s %9s %9s %10s" % (name, fmt(row.get("docs"), 8),
              fmt(row["seconds"], 9, 3), fmt(row["mb_per_s"], 9), fmt(row.get("index_mb"), 10)),
              file=out)
    print("  ratio reliefdex / tantivy-cli (MB/s): %s" % fmt(report["ratios"]["indexing"], 0),
          file=out)
    print("", file=out)
    print("queries (median of %d; tantivy-cli and reliefdex = whole process wall time,"
          " sqlite = in-process)" % report["repeat"], file=out)
    hdr = "  %-24s %11s %11s %8s %11s   %s" % ("query", "tantivy ms", "reliefdex", "r/t",
                                              "sqlite ms", "hits t/r/s")
    print(hdr, file=out)
    for q in report["queries"]:
        tq = (t or {}).get("queries", {}).get(q, {}) if t and "skipped" not in t else {}
        rq = (r or {}).get("queries", {}).get(q, {}) if r and "skipped" not in r else {}
        sq = (s or {}).get("queries", {}).get(q, {})
        print("  %-24s %11s %11s %8s %11s   %s/%s/%s" % (
            q[:24], fmt(tq.get("median_ms"), 11), fmt(rq.get("median_ms"), 11),
            fmt(report["ratios"]["queries"].get(q), 8), fmt(sq.get("median_ms"), 11, 3),
            fmt(tq.get("hits"), 0), fmt(rq.get("hits"), 0),
            fmt(sq.get("hits"), 0) if "error" not in sq else "err"), file=out)
    if r and "skipped" not in r and "faceted" in r:
        f = r["faceted"]
        print("", file=out)
        print("faceted: %s -> wall %s ms, took_ms %s (median), hits %s" % (
            f["command"], fmt(f["median_wall_ms"], 0), fmt(f["median_took_ms"], 0),
            fmt(f["hits"], 0)), file=out)
    skipped = [(n, row["skipped"]) for n, row in
               (("tantivy-cli", t), ("reliefdex", r), ("sqlite-fts5", s))
               if row and "skipped" in row]
    if skipped:
        print("", file=out)
        for n, why in skipped:
            print("%s: %s" % (n, why), file=out)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(
        description="Benchmark reliefdex against tantivy-cli 0.24 and SQLite FTS5 "
                    "on the same title+body text.")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS,
                    help="directory of *.jsonl records (default: %(default)s)")
    ap.add_argument("--reliefdex", default=DEFAULT_RELIEFDEX,
                    help="reliefdex binary (default: %(default)s)")
    ap.add_argument("--tantivy", default=None,
                    help="tantivy-cli binary (default: `tantivy` on PATH, else ~/.cargo/bin/tantivy)")
    ap.add_argument("--threads", type=int, default=2, help="tantivy-cli -t (default: 2)")
    ap.add_argument("--memory", type=int, default=None,
                    help="tantivy-cli -m bytes (default: its own, 1 GB)")
    ap.add_argument("--repeat", "-n", type=int, default=7,
                    help="runs per query, the median is reported (default: 7)")
    ap.add_argument("--index-runs", type=int, default=3, metavar="N",
                    help="indexing runs per tool, each into a fresh index; the median "
                    "is reported (default: 3)")
    ap.add_argument("--quick", nargs="?", type=int, const=QUICK_DEFAULT, default=None,
                    metavar="N", help="only the first N records of each corpus file "
                    "(default N: %d)" % QUICK_DEFAULT)
    ap.add_argument("--query", "-q", action="append", dest="queries", metavar="Q",
                    help="query to run (repeatable; replaces the built-in list)")
    ap.add_argument("--skip", action="append", default=[],
                    choices=["tantivy", "reliefdex", "sqlite"], help="leave a tool out")
    ap.add_argument("--workdir", default=None,
                    help="where to build the indexes (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--out", default=None, help="also write the results as JSON to this file")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.index_runs < 1:
        ap.error("--index-runs must be at least 1")
    queries = args.queries or QUERIES

    files, records, raw = read_corpus(args.corpus, args.quick)
    input_bytes = sum(nbytes(r["title"]) + nbytes(r["body"]) for r in records)
    input_mb = input_bytes / 1e6
    log("corpus: %d records from %d files, %.2f MB title+body"
        % (len(records), len(files), input_mb))

    if args.workdir:
        work = os.path.abspath(args.workdir)
        if os.path.exists(work):
            sys.exit("work directory %s exists; remove it or pick another" % work)
        os.makedirs(work)
    else:
        work = tempfile.mkdtemp(prefix="reliefdex-bench-")

    report = {
        "input": {"corpus": os.path.abspath(args.corpus), "files": [os.path.basename(f) for f in files],
                  "records": len(records), "bytes": input_bytes, "mb": round(input_mb, 3),
                  "quick": args.quick},
        "machine": {"platform": platform.platform(), "cores": os.cpu_count(),
                    "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "loadavg_at_start": [round(x, 2) for x in os.getloadavg()]},
        "repeat": args.repeat,
        "index_runs": args.index_runs,
        "queries": queries,
        "tantivy_cli": None, "reliefdex": None, "sqlite_fts5": None,
    }
    try:
        # tantivy-cli
        if "tantivy" in args.skip:
            report["tantivy_cli"] = {"skipped": "skipped (--skip tantivy)"}
        else:
            tbin = find_tantivy(args.tantivy)
            if tbin is None:
                msg = ("tantivy-cli not found; install it with "
                       "`cargo install tantivy-cli --version 0.24.0` or pass --tantivy PATH")
                log(msg)
                report["tantivy_cli"] = {"skipped": msg}
            else:
                report["tantivy_cli"] = bench_tantivy(tbin, work, records, input_mb, args.threads,
                                                      args.memory, queries, args.repeat,
                                                      args.index_runs)
        # reliefdex
        if "reliefdex" in args.skip:
            report["reliefdex"] = {"skipped": "skipped (--skip reliefdex)"}
        elif not (os.path.isfile(args.reliefdex) and os.access(args.reliefdex, os.X_OK)):
            msg = ("reliefdex binary not found at %s; build it with "
                   "`cargo build --release` or pass --reliefdex PATH. Skipping reliefdex."
                   % args.reliefdex)
            log(msg)
            report["reliefdex"] = {"skipped": msg}
        else:
            if args.quick is not None:
                # Feed reliefdex exactly the records the others get.
                inputs = []
                for path in files:
                    sub = os.path.join(work, "quick-" + os.path.basename(path))
                    with open(sub, "w", encoding="utf-8") as f:
                        for line in raw[path]:
                            f.write(line + "\n")
                    inputs.append(sub)
            else:
                inputs = files
            try:
                report["reliefdex"] = bench_reliefdex(os.path.abspath(args.reliefdex), work,
                                                      inputs, input_mb, queries, args.repeat,
                                                      args.index_runs)
            except RuntimeError as e:
                log("reliefdex failed: %s" % e)
                report["reliefdex"] = {"skipped": "failed: %s" % e}
        # SQLite FTS5
        if "sqlite" in args.skip:
            report["sqlite_fts5"] = {"skipped": "skipped (--skip sqlite)"}
        else:
            report["sqlite_fts5"] = bench_sqlite(work, records, input_mb, queries, args.repeat,
                                                 args.index_runs)
    finally:
        if args.keep:
            log("work directory kept: %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)

    t, r = report["tantivy_cli"], report["reliefdex"]
    t_ok = t is not None and "skipped" not in t
    r_ok = r is not None and "skipped" not in r
    report["ratios"] = {
        "indexing": ratio(r["mb_per_s"], t["mb_per_s"]) if t_ok and r_ok else None,
        "queries": {q: ratio(r["queries"][q]["median_ms"], t["queries"][q]["median_ms"])
                    if t_ok and r_ok else None for q in queries},
    }
    print_report(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2, ensure_ascii=False)
            f.write("\n")
        log("wrote %s" % args.out)


if __name__ == "__main__":
    main()
