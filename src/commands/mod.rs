//! Command drivers: CLI arguments -> validated requests -> stages -> output.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::{Command, FilterArgs, Format, IntervalArg};
use crate::query::{parse_filter, Cmp, Filter};
use crate::schema::Dim;
use crate::search::Interval;
use crate::Error;

pub mod demo;
mod eval;
mod extract;
pub mod index;
mod search;
mod show;
mod stats;

/// Indexes files quietly with default reading options (benchmarks, tests).
pub fn index_files(
    dir: &Path,
    inputs: &[std::path::PathBuf],
    threads: usize,
    memory_mb: usize,
) -> Result<index::Summary, Error> {
    index::index_inputs(
        dir,
        index::Source::Paths(inputs),
        &crate::corpus::ReadOptions::default(),
        threads,
        memory_mb,
        false,
        true,
    )
}

/// How a command ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: a search found nothing.
    NoMatch,
    /// Exit 2: the command ran but some input was bad (already reported).
    BadInput,
}

/// Runs one command, writing results to `out`.
pub fn run(index: &Path, command: Command, out: &mut dyn Write) -> Result<Outcome, Error> {
    match command {
        Command::Index(a) => index::run(index, &a),
        Command::Search(a) => search::run(index, &a, out),
        Command::Facets(a) => search::run_facets(index, &a, out),
        Command::Show(a) => show::run(index, &a, out),
        Command::Extract(a) => extract::run(&a, out),
        Command::Stats(a) => stats::run(index, &a, out),
        Command::Demo(a) => demo::run(index, &a, out),
        Command::Eval(a) => eval::run(&a, out),
    }
}

/// Reading limits from the shared input flags.
fn read_options(a: &crate::cli::ReadArgs) -> crate::corpus::ReadOptions {
    crate::corpus::ReadOptions {
        max_record_bytes: a.max_record_mb.max(1) * 1024 * 1024,
    }
}

/// The format asked for, else table on a terminal and JSON in a pipe.
fn format_or_default(f: Option<Format>) -> Format {
    f.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Json
        }
    })
}

/// Flags -> filters: values of one flag are ORed, flags are ANDed.
fn filters(args: &FilterArgs) -> Result<Vec<Filter>, Error> {
    let mut out = Vec::new();
    for (dim, values) in [
        (Dim::Actor, &args.actor),
        (Dim::Location, &args.location),
        (Dim::Claim, &args.claim),
        (Dim::By, &args.by),
    ] {
        let mut items: Vec<Filter> = values
            .iter()
            .map(|v| Filter::Facet(dim, v.clone()))
            .collect();
        match items.len() {
            0 => {}
            1 => out.push(items.remove(0)),
            _ => out.push(Filter::Or(items)),
        }
    }
    for (flag, value, cmp) in [
        ("--since", &args.since, Cmp::Ge),
        ("--until", &args.until, Cmp::Le),
    ] {
        if let Some(v) = value {
            let d = crate::corpus::parse_date(v).ok_or_else(|| {
                Error::Usage(format!("{flag}: `{v}` is not a date (use YYYY-MM-DD)"))
            })?;
            out.push(Filter::Date(cmp, d));
        }
    }
    for expr in &args.filter {
        match parse_filter(expr)? {
            Filter::And(items) => out.extend(items),
            f => out.push(f),
        }
    }
    Ok(out)
}

/// Parses `--facets` names.
fn dims(names: &[String], default: &[Dim]) -> Result<Vec<Dim>, Error> {
    if names.is_empty() {
        return Ok(default.to_vec());
    }
    names
        .iter()
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .map(|n| Dim::from_name(&n).ok_or_else(|| crate::query::unknown_dimension(&n)))
        .collect()
}

fn interval(i: Option<IntervalArg>) -> Option<Interval> {
    i.map(|i| match i {
        IntervalArg::Month => Interval::Month,
        IntervalArg::Year => Interval::Year,
    })
}

/// Writes, turning I/O errors into [`Error::Io`] on stdout.
fn io(e: std::io::Error) -> Error {
    Error::Io {
        path: "<stdout>".into(),
        source: e,
    }
}
