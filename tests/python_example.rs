//! `examples/search.py`, quoted in the README, runs against a real index.

use std::process::Command;

use crate::util::{sample_lines, Dir};

fn has_python() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn run_example(dir: &Dir, args: &[&str]) -> std::process::Output {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/search.py");
    Command::new("python3")
        .arg(script)
        .args(args)
        .env("RELIEFDEX", env!("CARGO_BIN_EXE_reliefdex"))
        .env("RELIEFDEX_INDEX", dir.index())
        .current_dir(&dir.path)
        .output()
        .expect("run python3")
}

fn check(out: &std::process::Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "examples/search.py exited with {:?}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("total: ")),
        "no total line in:\n{stdout}"
    );
    stdout
}

#[test]
fn python_example_runs_with_and_without_hits() {
    if !has_python() {
        eprintln!("note: python3 is not on PATH; skipping the examples/search.py test");
        return;
    }
    let dir = Dir::new();
    let input = dir.write("reports.jsonl", sample_lines(20));
    dir.run(&["index", "--quiet", input.to_str().unwrap()])
        .expect_code(0);

    // Default query and claim filter; zero hits (reliefdex exits 1) is fine too.
    check(&run_example(&dir, &[]));
    // A query matching nothing at all: still exit 0, with "total: 0".
    let stdout = check(&run_example(&dir, &["zzqxnotaword", "casualties"]));
    assert!(stdout.contains("total: 0"), "{stdout}");
}

#[test]
fn python_example_reports_reliefdex_errors() {
    if !has_python() {
        eprintln!("note: python3 is not on PATH; skipping the examples/search.py test");
        return;
    }
    let dir = Dir::new();
    // No index was built: reliefdex exits 2 and the example must fail loudly.
    let out = run_example(&dir, &[]);
    assert!(!out.status.success(), "expected a failure without an index");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("reliefdex failed"),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
