//! Test harness: a unique temp dir per test and a command running the real
//! `reliefdex` binary in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temp directory with helpers to write inputs and run reliefdex.
pub struct Dir {
    /// Kept alive for the test's duration.
    _tmp: tempfile::TempDir,
    /// Its path.
    pub path: PathBuf,
}

impl Dir {
    /// A fresh directory.
    pub fn new() -> Dir {
        let tmp = tempfile::tempdir().expect("temp dir");
        let path = tmp.path().to_path_buf();
        Dir { _tmp: tmp, path }
    }

    /// Writes a file (creating parents) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p
    }

    /// The index directory used by [`Dir::run`].
    pub fn index(&self) -> PathBuf {
        self.path.join("index")
    }

    /// Runs reliefdex with `--index <dir>/index` and the given arguments.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in(&self.index(), args)
    }

    /// Runs reliefdex against a given index directory.
    pub fn run_in(&self, index: &Path, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_reliefdex"))
            .arg("--index")
            .arg(index)
            .args(args)
            .current_dir(&self.path)
            .env_remove("RELIEFDEX_INDEX")
            .output()
            .expect("run reliefdex");
        Run(out)
    }
}

/// A finished run.
pub struct Run(pub Output);

impl Run {
    /// Exit code.
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    /// Stdout as text.
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    /// Stderr as text.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    /// Stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.0.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout(),
                self.stderr()
            )
        })
    }
    /// Asserts the exit code, showing output on failure.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "exit code; stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// The seed report as a JSON line, as bundled in the demo sample.
pub fn seed_line() -> String {
    let sample = include_str!("../data/sample.jsonl");
    sample
        .lines()
        .find(|l| l.contains("\"seed-nk-2023\""))
        .expect("seed in the sample")
        .to_string()
}

/// The first `n` lines of the bundled sample.
pub fn sample_lines(n: usize) -> String {
    let sample = include_str!("../data/sample.jsonl");
    let mut s: String = sample.lines().take(n).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}
