//! `index`: read -> normalize -> extract (in parallel) -> upsert -> one commit.

use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::Outcome;
use crate::cli::IndexArgs;
use crate::corpus::{read_embedded, read_inputs, total_size, ReadOptions};
use crate::extract::Extractor;
use crate::record::{Origin, Record};
use crate::report::process_guarded;
use crate::store::Store;
use crate::writer::{Tally, Upserter};
use crate::Error;

/// What a batch flush that the extractor failed on `failed` records of
/// means for the run: those records count as bad; under `--strict` any of
/// them, like a write error, stops it.
fn settle(flushed: Result<u64, Error>, strict: bool, bad: &mut u64) -> Option<Error> {
    match flushed {
        Ok(failed) => {
            *bad += failed;
            (strict && failed > 0).then(strict_stop)
        }
        Err(e) => Some(e),
    }
}

/// The error of `--strict` when the extractor failed on a record.
fn strict_stop() -> Error {
    Error::Usage(
        "stopped at the first bad record (--strict): the extractor failed on it; nothing was committed"
            .into(),
    )
}

/// Records processed per parallel batch.
const BATCH: usize = 256;

pub fn run(index: &Path, a: &IndexArgs) -> Result<Outcome, Error> {
    let opts = super::read_options(&a.read);
    let threads = a.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
    });
    let source = Source::Paths(&a.read.inputs);
    let summary = index_inputs(
        index,
        source,
        &opts,
        threads,
        a.memory_mb,
        a.read.strict,
        a.quiet,
    )?;
    if !a.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(if summary.bad > 0 {
        Outcome::BadInput
    } else {
        Outcome::Success
    })
}

/// What an indexing run did.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// Added / updated / unchanged.
    pub tally: Tally,
    /// Bad records reported and skipped.
    pub bad: u64,
    /// Title+body bytes read.
    pub bytes: u64,
    /// Wall time, seconds.
    pub secs: f64,
}

impl Summary {
    /// The one-line summary printed after indexing.
    pub fn line(&self) -> String {
        let t = self.tally;
        let n = t.added + t.updated + t.unchanged;
        let mb = self.bytes as f64 / 1e6;
        format!(
            "indexed {n} reports ({mb:.1} MB) in {:.2} s, {:.1} MB/s: {} added, {} updated, {} unchanged, {} skipped as bad records",
            self.secs,
            mb / self.secs.max(1e-9),
            t.added,
            t.updated,
            t.unchanged,
            self.bad
        )
    }
}

/// Where an indexing run reads from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// Files, directories, `-`.
    Paths(&'a [PathBuf]),
    /// JSON Lines compiled into the binary: a name for messages and the bytes.
    Embedded(&'a str, &'static [u8]),
}

/// Indexes `inputs` into the index at `dir` and commits once at the end.
/// Bad records are printed to stderr as `file:line: reason` and skipped;
/// with `strict` the first one stops the run and nothing is committed.
pub fn index_inputs(
    dir: &Path,
    source: Source,
    opts: &ReadOptions,
    threads: usize,
    memory_mb: usize,
    strict: bool,
    quiet: bool,
) -> Result<Summary, Error> {
    let started = Instant::now();
    let store = Store::open_or_create(dir)?;
    let mut writer = store.writer(threads, memory_mb)?;
    let searcher = store.reader()?.searcher();
    let extractor = Extractor::new()?;
    let progress = if quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let total = match source {
            Source::Paths(p) => total_size(p),
            Source::Embedded(_, data) => data.len() as u64,
        };
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    };
    let mut upserter = Upserter::new(&writer, &store.fields, searcher);
    let mut batch: Vec<(Record, Origin)> = Vec::with_capacity(BATCH);
    let mut bad = 0u64;
    let mut bytes = 0u64;
    let mut failure: Option<Error> = None;
    // Returns how many records the extractor failed on (each reported).
    let flush =
        |batch: &mut Vec<(Record, Origin)>, upserter: &mut Upserter| -> Result<u64, Error> {
            let reports: Vec<_> = batch
                .par_drain(..)
                .map(|(r, origin)| process_guarded(r, &origin, &extractor))
                .collect();
            let mut failed = 0;
            for r in &reports {
                match r {
                    Ok(r) => upserter.upsert(r)?,
                    Err(e) => {
                        progress.suspend(|| eprintln!("reliefdex: {e}"));
                        failed += 1;
                    }
                }
            }
            Ok(failed)
        };
    let mut sink = |item: crate::corpus::Item| {
        match item {
            Err(e) => {
                progress.suspend(|| eprintln!("reliefdex: {e}"));
                bad += 1;
                if strict {
                    failure = Some(Error::Usage(format!(
                        "stopped at the first bad record (--strict): {e}; nothing was committed"
                    )));
                    return ControlFlow::Break(());
                }
            }
            Ok((record, origin, size)) => {
                bytes += (record.title.len() + record.body.len()) as u64;
                progress.inc(size as u64);
                batch.push((record, origin));
                if batch.len() >= BATCH {
                    failure = settle(flush(&mut batch, &mut upserter), strict, &mut bad);
                    if failure.is_some() {
                        return ControlFlow::Break(());
                    }
                }
            }
        }
        ControlFlow::Continue(())
    };
    match source {
        Source::Paths(p) => read_inputs(p, opts, &mut sink),
        Source::Embedded(name, data) => read_embedded(name, data, opts, &mut sink),
    }
    if failure.is_none() {
        failure = settle(flush(&mut batch, &mut upserter), strict, &mut bad);
    }
    let tally = upserter.tally;
    if let Some(e) = failure {
        progress.finish_and_clear();
        writer.rollback()?;
        return Err(e);
    }
    progress.set_message("committing");
    writer.commit()?;
    writer.wait_merging_threads()?;
    progress.finish_and_clear();
    Ok(Summary {
        tally,
        bad,
        bytes,
        secs: started.elapsed().as_secs_f64(),
    })
}
