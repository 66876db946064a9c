//! Opt-in tests over the shared corpus (`cargo test -- --ignored`; the corpus
//! directory comes from `RELIEFDEX_CORPUS`, default `../shared/corpus`).
//! Every record must be indexed or reported, nothing may panic, and every
//! command must answer on the result.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::util::Dir;

fn corpus_dir() -> PathBuf {
    let dir = std::env::var_os("RELIEFDEX_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    // The binary runs in a temp dir: hand it absolute paths.
    std::fs::canonicalize(&dir).unwrap_or(dir)
}

/// Ids of the JSON Lines records that have a non-empty body, counted
/// independently of reliefdex's reader.
fn expected_ids(files: &[PathBuf]) -> (HashSet<String>, usize) {
    let mut ids = HashSet::new();
    let mut empty = 0;
    for f in files {
        for line in std::fs::read_to_string(f).expect("read corpus").lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
            let body = v["body"].as_str().unwrap_or("");
            if body.trim().is_empty() {
                empty += 1;
                continue;
            }
            ids.insert(v["id"].as_str().expect("id").to_string());
        }
    }
    (ids, empty)
}

#[test]
#[ignore = "uses ../shared/corpus; run with --ignored"]
fn indexes_the_whole_corpus_without_losing_a_record() {
    let corpus = corpus_dir();
    assert!(corpus.is_dir(), "no corpus at {}", corpus.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let (ids, empty) = expected_ids(&files);
    let dir = Dir::new();
    let args: Vec<String> = ["index".to_string(), "--quiet".into()]
        .into_iter()
        .chain(files.iter().map(|f| f.display().to_string()))
        .collect();
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = dir.run(&argv);
    // The corpus has exactly one record with an empty body (drm-14428).
    assert_eq!(empty, 1);
    assert_eq!(
        run.code(),
        2,
        "one bad record is reported: {}",
        run.stderr()
    );
    assert_eq!(run.stderr().lines().count(), 1, "{}", run.stderr());
    assert!(
        run.stderr().contains("disaster-messages.jsonl:"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("empty or missing body"),
        "{}",
        run.stderr()
    );
    let stats = dir
        .run(&["stats", "--format", "json"])
        .expect_code(0)
        .json();
    assert_eq!(
        stats["documents"].as_u64().unwrap() as usize,
        ids.len(),
        "one document per distinct id"
    );

    // Every command answers on the full corpus.
    let v = dir
        .run(&[
            "search",
            "cholera",
            "--facets",
            "actor,location,claim,by,source",
            "--histogram",
            "year",
            "--format",
            "json",
        ])
        .expect_code(0)
        .json();
    assert!(v["total"].as_u64().unwrap() > 100);
    let first = v["hits"][0]["id"].as_str().unwrap().to_string();
    dir.run(&["show", &first, "--format", "json"])
        .expect_code(0)
        .json();
    dir.run(&["facets", "--format", "json", "--depth", "2"])
        .expect_code(0)
        .json();
    dir.run(&[
        "search",
        "--filter",
        "killed >= 10",
        "--sort",
        "killed",
        "--format",
        "csv",
    ])
    .expect_code(0);

    // The ReliefWeb API files hold the reports of reliefweb-2026.jsonl under
    // the same ids (`rw-<id>`), as HTML: indexing them replaces those reports
    // and adds none. One of them has an empty `body-html` and is reported.
    let api: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(api.len(), 2);
    let mut args = vec!["index"];
    args.extend(api.iter().map(String::as_str));
    let run = dir.run(&args).expect_code(2);
    assert!(
        run.stderr()
            .contains("reliefweb-api-hurricane-melissa-haiti.json:data[9]: empty or missing body"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("0 added, 49 updated"),
        "{}",
        run.stderr()
    );
    let after = dir
        .run(&["stats", "--format", "json"])
        .expect_code(0)
        .json();
    assert_eq!(after["documents"].as_u64().unwrap() as usize, ids.len());
}
