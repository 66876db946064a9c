#!/usr/bin/env python3
"""Search a reliefdex index from Python: reports claiming deaths, who says so, where.

Usage: RELIEFDEX_INDEX=./reliefdex-index python3 examples/search.py [QUERY] [CLAIM]
"""
import json
import os
import subprocess
import sys

query = sys.argv[1] if len(sys.argv) > 1 else "civilians"
claim = sys.argv[2] if len(sys.argv) > 2 else "casualties"
cmd = [os.environ.get("RELIEFDEX", "reliefdex"), "search", query, "--claim", claim,
       "--facets", "location", "--format", "json"]
if os.environ.get("RELIEFDEX_INDEX"):
    cmd += ["--index", os.environ["RELIEFDEX_INDEX"]]

run = subprocess.run(cmd, capture_output=True, text=True)
if run.returncode not in (0, 1):  # 0: hits, 1: no hits, 2: error
    sys.exit(f"reliefdex failed: {run.stderr.strip()}")
result = json.loads(run.stdout)

print(f"total: {result['total']}")
for hit in result["hits"]:
    print(f"{hit['id']}  {hit['date'] or '----------'}  {hit['title']}")
    for claim in hit["evidence"]:
        count = "" if claim["count"] is None else f" {claim['count']}"
        print(f"    {claim['type']}{count} (by {claim['by'] or 'the report itself'})")
for place in result["facets"].get("location", [])[:5]:
    print(f"location {place['path']}: {place['count']}")
