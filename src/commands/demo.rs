//! `demo`: index the bundled sample of real reports and run a faceted search.

use std::io::Write;
use std::path::Path;

use super::index::{index_inputs, Source};
use super::{io, Outcome};
use crate::corpus::ReadOptions;
use crate::output;
use crate::query::Filter;
use crate::schema::Dim;
use crate::search::{search, Interval, SearchRequest, Sort};
use crate::store::Store;
use crate::Error;

/// The bundled sample: real reports from the shared corpus and the seed
/// report (see data/NOTICE.md for sources and licences).
pub const SAMPLE: &[u8] = include_bytes!("../../data/sample.jsonl");

pub fn run(index: &Path, a: &crate::cli::DemoArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let summary = index_inputs(
        index,
        Source::Embedded("data/sample.jsonl", SAMPLE),
        &ReadOptions::default(),
        threads,
        128,
        false,
        a.quiet,
    )?;
    let store = Store::open(index)?;
    let req = SearchRequest {
        text: "civilians".into(),
        filters: vec![Filter::Facet(Dim::Claim, "casualties".into())],
        facets: vec![Dim::Location, Dim::Claim, Dim::By],
        facet_path: None,
        facet_depth: 1,
        facet_limit: 6,
        histogram: Some(Interval::Year),
        sort: Sort::Relevance,
        limit: 5,
        offset: 0,
    };
    let result = search(&store, &req)?;
    let dir = index.display();
    (|| -> std::io::Result<()> {
        writeln!(out, "reliefdex demo: {}", summary.line())?;
        writeln!(out, "index: {dir}\n")?;
        writeln!(out, "$ reliefdex search civilians --claim casualties --facets location,claim,by --histogram year --limit 5\n")?;
        output::table::search(out, &result)?;
        writeln!(out, "\nNext, try:")?;
        for cmd in [
            "reliefdex search --location Shusha --claim casualties/killed --by /authority/Nagorno-Karabakh",
            "reliefdex search cholera --facets location --depth 2 --sort date",
            "reliefdex search --filter 'claim:displacement AND (location:Haiti OR location:ETH)' --format json",
            "reliefdex facets --facets location --path /Azerbaijan --depth 2",
            "reliefdex show seed-nk-2023",
            "reliefdex stats",
        ] {
            writeln!(out, "  {cmd}")?;
        }
        Ok(())
    })()
    .map_err(io)?;
    Ok(Outcome::Success)
}
