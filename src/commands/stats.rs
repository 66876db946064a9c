//! `stats`: what is in the index.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use tantivy::collector::Count;
use tantivy::query::{AllQuery, RangeQuery};
use tantivy::Term;

use super::{format_or_default, io, Outcome};
use crate::cli::{Format, StatsArgs};
use crate::output;
use crate::output::shapes::StatsOut;
use crate::query::Resolver;
use crate::schema::{Dim, COUNTS, SCHEMA_VERSION};
use crate::store::Store;
use crate::Error;

pub fn run(index: &Path, a: &StatsArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let store = Store::open(index)?;
    let searcher = store.reader()?.searcher();
    let resolver = Resolver::new(&store, &searcher);
    let mut facet_cardinality = BTreeMap::new();
    for d in Dim::ALL {
        let n = resolver.facet_terms(store.fields.facet(d))?.len() as u64;
        facet_cardinality.insert(d.name().to_string(), n);
    }
    let mut counts = BTreeMap::new();
    for (i, (name, _)) in COUNTS.iter().enumerate() {
        let f = store.fields.counts[i];
        let q = RangeQuery::new(
            std::ops::Bound::Included(Term::from_field_u64(f, 0)),
            std::ops::Bound::Unbounded,
        );
        counts.insert(name.to_string(), searcher.search(&q, &Count)? as u64);
    }
    let hist =
        crate::search::histogram(&searcher, &store, &AllQuery, crate::search::Interval::Month)?;
    let date_range = match (hist.buckets.first(), hist.buckets.last()) {
        (Some(a), Some(b)) => Some([a.key.clone(), b.key.clone()]),
        _ => None,
    };
    let size_bytes = std::fs::read_dir(index)
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    let stats = StatsOut {
        index: index.display().to_string(),
        schema_version: SCHEMA_VERSION,
        documents: searcher.num_docs(),
        deleted: searcher
            .segment_readers()
            .iter()
            .map(|s| s.num_deleted_docs() as u64)
            .sum(),
        segments: searcher.segment_readers().len(),
        size_bytes,
        facet_cardinality,
        date_range,
        counts,
    };
    match format_or_default(a.format) {
        Format::Table => output::table::stats(out, &stats),
        _ => output::json(out, &stats),
    }
    .map_err(io)?;
    Ok(Outcome::Success)
}
