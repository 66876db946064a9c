//! Bad input: every case is reported as `file:line: reason`, counted, and
//! the rest is indexed; `--strict` stops at the first; nothing panics.

use std::io::Write;

use crate::util::{sample_lines, Dir};

fn documents(dir: &Dir) -> u64 {
    dir.run(&["stats", "--format", "json"])
        .expect_code(0)
        .json()["documents"]
        .as_u64()
        .expect("documents")
}

fn good(id: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"Floods in Sylhet","body":"Floods displaced 5,000 people in Sylhet.","date":"2024-06-01"}}"#
    )
}

/// Indexes `lines` and returns the run; the good lines around the bad one
/// must all be indexed.
fn index_with_bad_line(dir: &Dir, bad: &[u8]) -> crate::util::Run {
    let mut input = Vec::new();
    input.extend(good("a").as_bytes());
    input.push(b'\n');
    input.extend(bad);
    input.push(b'\n');
    input.extend(good("b").as_bytes());
    input.push(b'\n');
    dir.write("in.jsonl", input);
    let run = dir.run(&["index", "in.jsonl"]).expect_code(2);
    assert_eq!(
        documents(dir),
        2,
        "the good records around the bad one are indexed"
    );
    run
}

#[test]
fn broken_json_line() {
    let dir = Dir::new();
    let run = index_with_bad_line(&dir, br#"{"id":"x","body": "unterminated"#);
    assert!(
        run.stderr().contains("in.jsonl:2: broken JSON"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("1 skipped as bad records"),
        "{}",
        run.stderr()
    );
}

#[test]
fn invalid_utf8() {
    let dir = Dir::new();
    let run = index_with_bad_line(&dir, b"{\"id\":\"x\",\"body\":\"caf\xe9 \xff\"}");
    assert!(
        run.stderr().contains("in.jsonl:2: line is not valid UTF-8"),
        "{}",
        run.stderr()
    );
}

#[test]
fn empty_and_missing_body() {
    let dir = Dir::new();
    let run = index_with_bad_line(&dir, br#"{"id":"x","title":"no body","body":"   "}"#);
    assert!(
        run.stderr().contains("in.jsonl:2: empty or missing body"),
        "{}",
        run.stderr()
    );
    let dir = Dir::new();
    let run = index_with_bad_line(&dir, br#"{"id":"x","title":"no body"}"#);
    assert!(
        run.stderr().contains("in.jsonl:2: empty or missing body"),
        "{}",
        run.stderr()
    );
}

#[test]
fn wrong_field_types() {
    for (bad, reason) in [
        (
            &br#"{"id":"x","body":42}"#[..],
            "field `body` must be a string, found a number",
        ),
        (
            br#"{"id":["x"],"body":"text"}"#,
            "field `id` must be a string or a number, found a list",
        ),
        (
            br#"{"id":"x","body":"text","date":"last tuesday"}"#,
            "field `date` is not a date",
        ),
        (
            br#"{"id":"x","body":"text","source":[1,2]}"#,
            "field `source` must hold strings",
        ),
        (
            br#"["not","an","object"]"#,
            "expected a JSON object, found a list",
        ),
    ] {
        let dir = Dir::new();
        let run = index_with_bad_line(&dir, bad);
        assert!(
            run.stderr().contains(&format!("in.jsonl:2: {reason}")),
            "{}",
            run.stderr()
        );
    }
}

#[test]
fn fifty_megabyte_body() {
    let dir = Dir::new();
    let mut bad = br#"{"id":"huge","body":""#.to_vec();
    bad.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
    bad.extend(br#""}"#);
    let run = index_with_bad_line(&dir, &bad);
    assert!(
        run.stderr()
            .contains("in.jsonl:2: record is 52.4 MB, over the 16 MB limit"),
        "{}",
        run.stderr()
    );
}

#[test]
fn unknown_file_type_and_missing_file() {
    let dir = Dir::new();
    dir.write("good.jsonl", good("a"));
    dir.write("report.pdf", b"%PDF-1.4");
    let run = dir
        .run(&["index", "report.pdf", "good.jsonl", "nope.jsonl"])
        .expect_code(2);
    assert!(
        run.stderr().contains("report.pdf: unknown file type"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("nope.jsonl: no such file"),
        "{}",
        run.stderr()
    );
    assert_eq!(documents(&dir), 1);
}

#[test]
fn strict_stops_at_the_first_and_commits_nothing() {
    let dir = Dir::new();
    dir.write("first.jsonl", sample_lines(5));
    dir.run(&["index", "first.jsonl"]).expect_code(0);
    dir.write(
        "in.jsonl",
        format!("{}\nnot json\n{}\n", good("a"), good("b")),
    );
    let run = dir.run(&["index", "--strict", "in.jsonl"]).expect_code(2);
    assert!(run.stderr().contains("--strict"), "{}", run.stderr());
    assert!(run.stderr().contains("in.jsonl:2"), "{}", run.stderr());
    assert_eq!(
        documents(&dir),
        5,
        "what was indexed before is kept, nothing new committed"
    );
}

#[test]
fn unparsable_query() {
    let dir = Dir::new();
    dir.write("in.jsonl", sample_lines(5));
    dir.run(&["index", "in.jsonl"]).expect_code(0);
    let run = dir
        .run(&["search", "cholera AND (", "--format", "json"])
        .expect_code(2);
    assert!(
        run.stderr().contains("cannot parse the query"),
        "{}",
        run.stderr()
    );
    assert!(run.stdout().is_empty());
}

#[test]
fn filter_naming_an_unknown_facet_lists_close_matches() {
    let dir = Dir::new();
    dir.write("in.jsonl", sample_lines(5));
    dir.run(&["index", "in.jsonl"]).expect_code(0);
    let run = dir
        .run(&["search", "--filter", "locaton:Haiti"])
        .expect_code(2);
    assert!(
        run.stderr()
            .contains("unknown facet `locaton`; did you mean location"),
        "{}",
        run.stderr()
    );
    let run = dir.run(&["search", "--facets", "actr"]).expect_code(2);
    assert!(
        run.stderr().contains("did you mean actor"),
        "{}",
        run.stderr()
    );
    let run = dir
        .run(&["search", "--filter", "language:enn"])
        .expect_code(2);
    assert!(
        run.stderr()
            .contains("no language in the index matches `enn`; did you mean en"),
        "{}",
        run.stderr()
    );
}

#[test]
fn broken_stdin_and_api_json_are_reported() {
    let dir = Dir::new();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_reliefdex"))
        .args(["--index"])
        .arg(dir.index())
        .args(["index", "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(stdin, "{}\n{{oops\n{}", good("a"), good("b")).expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("-:2: broken JSON"), "{stderr}");
    assert_eq!(documents(&dir), 2);

    let dir = Dir::new();
    dir.write(
        "api.json",
        r#"{"data":[{"id":"1","fields":{"title":"A","body-html":"<p>Floods in Gaibandha</p>"}},{"id":"2","fields":{"title":"B"}}]}"#,
    );
    let run = dir.run(&["index", "api.json"]).expect_code(2);
    assert!(
        run.stderr()
            .contains("api.json:data[1]: empty or missing body"),
        "{}",
        run.stderr()
    );
    assert_eq!(documents(&dir), 1);
}
