//! The JSON contract: real output of every command, and the bundled sample
//! input, validated against the JSON Schemas in `schema/`.

use jsonschema::{Draft, Resource, Validator};
use serde_json::{json, Value};

use crate::util::{sample_lines, seed_line, Dir};

/// Every schema, by the name the others `$ref` it with.
const SCHEMAS: [(&str, &str); 8] = [
    (
        "record.schema.json",
        include_str!("../schema/record.schema.json"),
    ),
    (
        "report.schema.json",
        include_str!("../schema/report.schema.json"),
    ),
    ("hit.schema.json", include_str!("../schema/hit.schema.json")),
    (
        "search.schema.json",
        include_str!("../schema/search.schema.json"),
    ),
    (
        "facets.schema.json",
        include_str!("../schema/facets.schema.json"),
    ),
    (
        "stats.schema.json",
        include_str!("../schema/stats.schema.json"),
    ),
    (
        "facet-line.schema.json",
        include_str!("../schema/facet-line.schema.json"),
    ),
    (
        "eval.schema.json",
        include_str!("../schema/eval.schema.json"),
    ),
];

fn parse(name: &str, text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("schema/{name} is not JSON: {e}"))
}

/// A validator for `schema/<name>`, with the other schemas registered so
/// relative `$ref`s ("report.schema.json#/$defs/claim") resolve offline.
fn validator(name: &str) -> Validator {
    let mut opts = jsonschema::options();
    opts.with_draft(Draft::Draft202012);
    for (n, text) in SCHEMAS {
        let resource = Resource::from_contents(parse(n, text))
            .unwrap_or_else(|e| panic!("schema/{n} is not a schema: {e}"));
        opts.with_resource(format!("json-schema:///{n}"), resource);
    }
    let (_, text) = SCHEMAS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no schema named {name}"));
    opts.build(&parse(name, text))
        .unwrap_or_else(|e| panic!("schema/{name} does not compile: {e}"))
}

fn errors(v: &Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{e} (at {})", e.instance_path))
        .collect()
}

fn assert_valid(v: &Validator, instance: &Value, what: &str) {
    let errs = errors(v, instance);
    if !errs.is_empty() {
        let mut shown = serde_json::to_string_pretty(instance).unwrap_or_default();
        if shown.len() > 3000 {
            let mut cut = 3000;
            while !shown.is_char_boundary(cut) {
                cut -= 1;
            }
            shown.truncate(cut);
            shown.push_str("\n...");
        }
        panic!(
            "{what} does not match its schema:\n{}\n{shown}",
            errs.join("\n")
        );
    }
}

fn assert_invalid(v: &Validator, instance: &Value, what: &str) {
    assert!(
        !v.is_valid(instance),
        "{what} was accepted but should be rejected:\n{instance:#}"
    );
}

/// Parses a stream of JSON values (JSON Lines, or pretty objects one after
/// another).
fn values(text: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("output is not a JSON stream ({e}):\n{text}"))
}

/// An index of the first 60 sample reports plus the seed report, and the
/// input file it was built from.
fn indexed() -> (Dir, String) {
    let dir = Dir::new();
    let input = dir.write(
        "reports.jsonl",
        format!("{}{}\n", sample_lines(60), seed_line()),
    );
    let input = input.to_str().expect("utf-8 temp path").to_string();
    dir.run(&["index", "--quiet", &input]).expect_code(0);
    (dir, input)
}

const SEARCH: [&str; 11] = [
    "search",
    "civilians",
    "--facets",
    "actor,location,claim,by,source",
    "--depth",
    "2",
    "--histogram",
    "month",
    "--limit",
    "20",
    "--format",
];

/// A report as the extractor will produce it, with one of everything nested.
fn hand_built_report() -> Value {
    json!({
        "id": "rw-4012345",
        "title": "ICRC calls on parties to guarantee the safety of civilians",
        "date": "2023-09-19",
        "language": "en",
        "source": ["ICRC"],
        "country": ["Azerbaijan"],
        "url": "https://reliefweb.int/report/azerbaijan/icrc",
        "actors": [{
            "name": "International Committee of the Red Cross",
            "facet": "/humanitarian/ICRC",
            "kind": "humanitarian",
            "country": null,
            "mentions": [{"text": "ICRC", "start": 1912, "end": 1916}]
        }, {
            "name": "Gegham Stepanyan",
            "facet": "/person/Gegham Stepanyan",
            "kind": "person",
            "country": "ARM",
            "organisation": "/authority/Nagorno-Karabakh",
            "mentions": [{"text": "Gegham Stepanián", "start": 420, "end": 436}]
        }],
        "locations": [{
            "name": "Shusha",
            "facet": "/Azerbaijan/Nagorno-Karabakh/Shusha",
            "iso3": "AZE",
            "kind": "place",
            "lat": 39.76,
            "lon": 46.75,
            "mentions": [{"text": "Shusha", "start": 802, "end": 808}]
        }],
        "claims": [{
            "type": "casualties/killed",
            "count": 27,
            "qualifier": "at least",
            "subject": "people",
            "by": "/authority/Nagorno-Karabakh",
            "location": "/Azerbaijan/Nagorno-Karabakh",
            "sentence": "The authorities ... have reported that at least 27 people have died ...",
            "start": 59,
            "end": 341
        }, {
            "type": "displacement/evacuated",
            "count": null,
            "qualifier": null,
            "subject": null,
            "by": null,
            "location": null,
            "sentence": "Residents were evacuated.",
            "start": 400,
            "end": 425
        }]
    })
}

/// The hand-built report as a search hit.
fn hand_built_hit() -> Value {
    let mut hit = hand_built_report();
    let claim = hit["claims"][0].clone();
    let extra = json!({
        "rank": 1,
        "score": 3.25,
        "snippet": {"text": "at least 27 <b>civilians</b>", "highlights": [[12, 21]]},
        "evidence": [claim],
        "counts": {"killed": 27, "injured": 200}
    });
    for (k, v) in extra.as_object().unwrap() {
        hit[k] = v.clone();
    }
    hit
}

fn hand_built_search() -> Value {
    json!({
        "query": "civilians",
        "total": 1,
        "offset": 0,
        "limit": 10,
        "took_ms": 0.8,
        "hits": [hand_built_hit()],
        "facets": {
            "location": [{
                "path": "/Azerbaijan", "name": "Azerbaijan", "count": 1,
                "children": [{"path": "/Azerbaijan/Nagorno-Karabakh", "name": "Nagorno-Karabakh", "count": 1}]
            }],
            "claim": []
        },
        "histogram": {"interval": "month", "buckets": [{"key": "2023-09", "count": 1}]}
    })
}

#[test]
fn schemas_compile_and_declare_draft_2020_12() {
    for (name, text) in SCHEMAS {
        let schema = parse(name, text);
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "schema/{name}"
        );
        validator(name);
    }
}

#[test]
fn bundled_sample_matches_record_schema() {
    let v = validator("record.schema.json");
    let sample = include_str!("../data/sample.jsonl");
    let mut n = 0;
    for (i, line) in sample.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("data/sample.jsonl:{}: {e}", i + 1));
        assert_valid(&v, &record, &format!("data/sample.jsonl:{}", i + 1));
        n += 1;
    }
    assert!(n > 100, "only {n} records in the sample");
}

#[test]
fn record_schema_accepts_aliases_and_rejects_what_reliefdex_rejects() {
    let v = validator("record.schema.json");
    let reliefweb = json!({
        "id": 4012345,
        "title": "Flash update",
        "body-html": "<p>Floods.</p>",
        "date": {"original": "2023-09-19T00:00:00+00:00", "created": "2023-09-19T10:00:00+00:00"},
        "source": [{"name": "UN Office for the Coordination of Humanitarian Affairs", "shortname": "OCHA"}],
        "country": [{"name": "Azerbaijan", "shortname": "Azerbaijan", "iso3": "aze"}],
        "primary_country": {"name": "Azerbaijan", "iso3": "aze"},
        "language": [{"id": 267, "name": "English", "code": "en"}],
        "url": "https://reliefweb.int/node/4012345",
        "theme": [{"name": "Protection and Human Rights"}]
    });
    assert_valid(&v, &reliefweb, "a ReliefWeb API item");
    let plain = json!({"text": "Floods.", "published": "2023-09", "source": "OCHA; WFP", "language": "French"});
    assert_valid(&v, &plain, "a record with aliases");

    assert_invalid(
        &v,
        &json!({"id": "x", "title": "no body"}),
        "a record without a body",
    );
    assert_invalid(&v, &json!({"body": "  \n "}), "a blank body");
    assert_invalid(&v, &json!({"id": true, "body": "x"}), "a boolean id");
    assert_invalid(&v, &json!({"body": "x", "title": 3}), "a numeric title");
    assert_invalid(
        &v,
        &json!({"body": "x", "date": "19/09/2023"}),
        "a date in the wrong form",
    );
    assert_invalid(
        &v,
        &json!({"body": "x", "date": {"year": 2023}}),
        "a date object without `original`",
    );
    assert_invalid(
        &v,
        &json!({"body": "x", "source": [42]}),
        "a numeric source",
    );
    assert_invalid(
        &v,
        &json!({"body": "x", "country": [{"iso3": "AZE"}]}),
        "a country without a name",
    );
    assert_invalid(&v, &json!(["body", "x"]), "a list");
}

#[test]
fn hand_built_shapes_exercise_the_nested_definitions() {
    let report = validator("report.schema.json");
    let hit = validator("hit.schema.json");
    let search = validator("search.schema.json");
    assert_valid(&report, &hand_built_report(), "a hand-built report");
    let mut full = hand_built_report();
    full["body"] = json!("The authorities ...");
    full["fields"] = json!({"theme": ["Protection"]});
    assert_valid(&report, &full, "a hand-built report with body and fields");
    assert_valid(&hit, &hand_built_hit(), "a hand-built hit");
    assert_valid(&search, &hand_built_search(), "a hand-built search result");
}

/// Breaks a valid search result in one way.
type Breaker = Box<dyn Fn(&mut Value)>;

#[test]
fn schemas_reject_broken_output() {
    let report = validator("report.schema.json");
    let hit = validator("hit.schema.json");
    let search = validator("search.schema.json");
    let stats = validator("stats.schema.json");

    // The brief's example: a claim type outside the taxonomy.
    let mut s = hand_built_search();
    s["hits"][0]["claims"][0]["type"] = json!("bogus");
    assert_invalid(&search, &s, "a search result with claim type `bogus`");
    let errs = errors(&search, &s);
    assert!(
        errs.iter().any(|e| e.contains("/hits/0/claims/0/type")),
        "the error should point at the claim type: {errs:?}"
    );

    let broken: Vec<(&str, Breaker)> = vec![
        (
            "a renamed top-level field",
            Box::new(|s| {
                let total = s.as_object_mut().unwrap().remove("total").unwrap();
                s["count"] = total;
            }),
        ),
        (
            "a renamed hit field",
            Box::new(|s| {
                let ev = s["hits"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("evidence")
                    .unwrap();
                s["hits"][0]["evidences"] = ev;
            }),
        ),
        (
            "an unknown claim field",
            Box::new(|s| s["hits"][0]["claims"][0]["actor"] = json!("x")),
        ),
        (
            "an evidence type with a leading slash",
            Box::new(|s| s["hits"][0]["evidence"][0]["type"] = json!("/casualties/killed")),
        ),
        (
            "a facet without a leading slash",
            Box::new(|s| s["hits"][0]["actors"][0]["facet"] = json!("humanitarian/ICRC")),
        ),
        (
            "a negative offset",
            Box::new(|s| s["hits"][0]["locations"][0]["mentions"][0]["start"] = json!(-1)),
        ),
        (
            "a fractional count",
            Box::new(|s| s["hits"][0]["claims"][0]["count"] = json!(2.5)),
        ),
        (
            "a count as a string",
            Box::new(|s| s["hits"][0]["claims"][0]["count"] = json!("27")),
        ),
        (
            "a lower-case iso3",
            Box::new(|s| s["hits"][0]["locations"][0]["iso3"] = json!("aze")),
        ),
        (
            "an unknown actor kind",
            Box::new(|s| s["hits"][0]["actors"][0]["kind"] = json!("ngo")),
        ),
        (
            "`by` as a name, not a facet",
            Box::new(|s| s["hits"][0]["claims"][0]["by"] = json!("ICRC")),
        ),
        (
            "a missing `by`",
            Box::new(|s| {
                s["hits"][0]["claims"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("by");
            }),
        ),
        (
            "an extra hit field",
            Box::new(|s| s["hits"][0]["highlight"] = json!(null)),
        ),
        ("a rank of 0", Box::new(|s| s["hits"][0]["rank"] = json!(0))),
        (
            "an unknown count field",
            Box::new(|s| s["hits"][0]["counts"]["dead"] = json!(3)),
        ),
        (
            "an unknown facet dimension",
            Box::new(|s| s["facets"]["theme"] = json!([])),
        ),
        (
            "a facet count without a path",
            Box::new(|s| {
                s["facets"]["location"][0]["children"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("path");
            }),
        ),
        (
            "a histogram by week",
            Box::new(|s| s["histogram"]["interval"] = json!("week")),
        ),
        (
            "a date in another form",
            Box::new(|s| s["hits"][0]["date"] = json!("19 September 2023")),
        ),
    ];
    for (what, breaks) in broken {
        let mut s = hand_built_search();
        assert_valid(&search, &s, "the unbroken search result");
        breaks(&mut s);
        assert_invalid(&search, &s, what);
    }

    let mut r = hand_built_report();
    r["rank"] = json!(1);
    assert_invalid(&report, &r, "a report with a hit field");
    let mut h = hand_built_hit();
    h.as_object_mut().unwrap().remove("snippet");
    assert_invalid(&hit, &h, "a hit without `snippet`");
    assert_invalid(
        &stats,
        &json!({"index": "i", "schema_version": 1, "documents": 1, "deleted": 0, "segments": 1,
                "size_bytes": 10, "facet_cardinality": {}, "date_range": ["2023-09-19"], "counts": {}}),
        "stats with a one-date range",
    );
}

/// Real output of every command, on one index built once (indexing with
/// extraction is the slow part), each checked against its schema.
#[test]
fn real_output_matches_the_schemas() {
    let (dir, input) = indexed();
    check_search_json(&dir);
    check_search_jsonl(&dir);
    check_facets_json(&dir);
    check_show_json(&dir);
    check_stats_json(&dir);
    check_extract(&dir, &input);
    check_eval_json(&dir);
}

/// `eval --format json` has its shape, and the scores stay above the floors
/// measured when the evaluation set was made (a regression guard, not the
/// targets: see tests/eval/results/).
fn check_eval_json(dir: &Dir) {
    let out = dir.run(&["eval", "--format", "json"]).expect_code(0).json();
    assert_valid(&validator("eval.schema.json"), &out, "eval --format json");
    let l = &out["labelled"];
    assert!(l["reports"].as_u64().unwrap() >= 200, "{}", l["reports"]);
    // (floors a few points under the session-18 figures on 226 reports +
    // the seed: 0.821, 0.820, 0.817)
    for (what, floor) in [("actors", 0.80), ("locations", 0.80), ("claim_types", 0.80)] {
        let f1 = l[what]["f1"].as_f64().unwrap();
        assert!(f1 >= floor, "{what} F1 fell to {f1} (floor {floor})");
    }
    let counts = l["counts"]["value"].as_f64().unwrap();
    // (session 10: 0.796, session 11: 0.814, session 12: 0.812 on the
    // larger set, session 13: 0.816, session 16: 0.833)
    assert!(counts >= 0.82, "exact counts fell to {counts}");
    let attribution = l["attribution"]["value"].as_f64().unwrap();
    // (session 10: 0.435, session 11: 0.462, session 12: 0.468, session 13:
    // 0.474, session 16: 0.515, session 18: 0.554; the 27 reports added
    // blind in session 10 scored 1/34 before tuning, the 21 of session 12
    // 7/21)
    assert!(attribution >= 0.53, "attribution fell to {attribution}");
    // projection flags on the labelled claims found (session 12: F1 0.467)
    let projections = l["projections"]["f1"].as_f64().unwrap();
    assert!(
        projections >= 0.40,
        "projection flags fell to {projections}"
    );
    let h = &out["held_out"];
    assert!(h["reports"].as_u64().unwrap() >= 30, "{}", h["reports"]);
}

fn check_search_json(dir: &Dir) {
    let mut args = SEARCH.to_vec();
    args.push("json");
    let out = dir.run(&args).expect_code(0).json();
    let search = validator("search.schema.json");
    assert_valid(&search, &out, "search --format json");
    assert!(
        !out["hits"].as_array().unwrap().is_empty(),
        "no hits to check"
    );
    for dim in ["actor", "location", "claim", "by", "source"] {
        assert!(
            out["facets"].get(dim).is_some(),
            "facets.{dim} missing: {out:#}"
        );
    }
    assert!(out["histogram"].is_object(), "histogram missing");

    // A real hit carrying a hand-built claim, then the same with a bogus type.
    let mut with_claim = out.clone();
    with_claim["hits"][0]["claims"] = json!([hand_built_report()["claims"][0]]);
    assert_valid(&search, &with_claim, "a real search result with a claim");
    with_claim["hits"][0]["claims"][0]["type"] = json!("bogus");
    assert_invalid(
        &search,
        &with_claim,
        "a real search result with claim type `bogus`",
    );

    // With claim filters, hits carry their evidence (exit 1 if nothing is
    // extracted yet: the empty result is checked then).
    let filtered = dir.run(&[
        "search",
        "--claim",
        "casualties",
        "--by",
        "/authority",
        "--by",
        "/government",
        "--facets",
        "claim,by",
        "--format",
        "json",
    ]);
    assert!(
        matches!(filtered.code(), 0 | 1),
        "search --claim: {}",
        filtered.stderr()
    );
    assert_valid(
        &search,
        &filtered.json(),
        "search --claim --by --format json",
    );

    // No hits (exit 1) still prints a result in the same shape.
    let none = dir
        .run(&[
            "search",
            "zzqxnotaword",
            "--facets",
            "location",
            "--format",
            "json",
        ])
        .expect_code(1)
        .json();
    assert_valid(&search, &none, "search --format json with no hits");
    assert_eq!(none["total"], 0);
}

fn check_search_jsonl(dir: &Dir) {
    let mut args = SEARCH.to_vec();
    args.push("jsonl");
    let run = dir.run(&args).expect_code(0);
    let hit = validator("hit.schema.json");
    let stdout = run.stdout();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(!lines.is_empty(), "no hits");
    for (i, line) in lines.iter().enumerate() {
        let value: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("jsonl line {} is not JSON ({e}): {line}", i + 1));
        assert_valid(
            &hit,
            &value,
            &format!("search --format jsonl, line {}", i + 1),
        );
        assert_eq!(value["rank"], i + 1);
    }
}

fn check_facets_json(dir: &Dir) {
    let facets = validator("facets.schema.json");
    let dims = "actor,location,claim,by,source,country,language";
    let top = dir
        .run(&[
            "facets",
            "--facets",
            dims,
            "--histogram",
            "year",
            "--format",
            "json",
        ])
        .expect_code(0)
        .json();
    assert_valid(&facets, &top, "facets --format json");
    assert!(top["path"].is_null());

    // Drill into the first value found in any dimension (or a country).
    let path = top["facets"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|v| v.as_array()?.first()?.get("path")?.as_str())
        .next()
        .unwrap_or("/Azerbaijan")
        .to_string();
    let drilled = dir
        .run(&[
            "facets", "--facets", dims, "--path", &path, "--depth", "2", "--format", "json",
        ])
        .expect_code(0)
        .json();
    assert_valid(
        &facets,
        &drilled,
        &format!("facets --path {path} --format json"),
    );
    assert_eq!(drilled["path"], path.as_str());

    let lines = dir
        .run(&[
            "facets", "--facets", dims, "--depth", "2", "--format", "jsonl",
        ])
        .expect_code(0)
        .stdout();
    let line_schema = validator("facet-line.schema.json");
    assert!(lines.lines().count() > 3, "{lines}");
    for line in lines.lines() {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_valid(&line_schema, &v, "facets --format jsonl");
    }
}

fn check_show_json(dir: &Dir) {
    let out = dir
        .run(&["show", "seed-nk-2023", "--format", "json"])
        .expect_code(0)
        .json();
    assert_valid(&validator("report.schema.json"), &out, "show --format json");
    assert_eq!(out["id"], "seed-nk-2023");
    assert!(out["body"].is_string(), "show carries the body");
}

fn check_stats_json(dir: &Dir) {
    let out = dir
        .run(&["stats", "--format", "json"])
        .expect_code(0)
        .json();
    assert_valid(&validator("stats.schema.json"), &out, "stats --format json");
    assert_eq!(
        out["documents"], 60,
        "60 sample lines, the seed among them once"
    );
}

fn check_extract(dir: &Dir, input: &str) {
    let report = validator("report.schema.json");

    let run = dir
        .run(&["extract", "--format", "jsonl", input])
        .expect_code(0);
    let lines: Vec<String> = run.stdout().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 61, "one line per input record");
    let mut found = [0; 3];
    for (i, line) in lines.iter().enumerate() {
        let value: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("extract line {} is not JSON ({e}): {line}", i + 1));
        assert_valid(
            &report,
            &value,
            &format!("extract --format jsonl, line {}", i + 1),
        );
        for (n, key) in found.iter_mut().zip(["actors", "locations", "claims"]) {
            *n += value[key].as_array().map_or(0, Vec::len);
        }
    }
    eprintln!(
        "extract: {} actors, {} locations, {} claims validated",
        found[0], found[1], found[2]
    );

    let run = dir
        .run(&["extract", "--body", "--format", "json", input])
        .expect_code(0);
    let all = values(&run.stdout());
    assert!(!all.is_empty());
    for (i, value) in all.iter().enumerate() {
        assert_valid(
            &report,
            value,
            &format!("extract --body --format json, report {}", i + 1),
        );
        assert!(value["body"].is_string());
    }
}
