//! `search` and `facets`: request building and printing.

use std::io::Write;
use std::path::Path;

use super::{dims, filters, format_or_default, interval, io, Outcome};
use crate::cli::{FacetsArgs, Format, SearchArgs};
use crate::output;
use crate::schema::{count_names, Dim};
use crate::search::{search, SearchRequest, Sort};
use crate::store::Store;
use crate::Error;

pub fn run(index: &Path, a: &SearchArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let text = a.query.clone().unwrap_or_default();
    let sort = parse_sort(a.sort.as_deref(), !text.trim().is_empty())?;
    let req = SearchRequest {
        text,
        filters: filters(&a.filters)?,
        facets: dims(&a.facets, &[])?,
        facet_path: None,
        facet_depth: a.depth,
        facet_limit: a.facet_limit,
        histogram: interval(a.histogram),
        sort,
        limit: a.limit.min(10_000),
        offset: a.offset,
    };
    let store = Store::open(index)?;
    let result = search(&store, &req)?;
    match format_or_default(a.format) {
        Format::Table => output::table::search(out, &result),
        Format::Json => output::json(out, &result),
        Format::Jsonl => output::jsonl_hits(out, &result),
        Format::Csv => output::csv::hits(out, &result),
    }
    .map_err(io)?;
    Ok(if result.total == 0 {
        Outcome::NoMatch
    } else {
        Outcome::Success
    })
}

pub fn run_facets(index: &Path, a: &FacetsArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let req = SearchRequest {
        text: a.query.clone().unwrap_or_default(),
        filters: filters(&a.filters)?,
        facets: dims(&a.facets, &[Dim::Actor, Dim::Location, Dim::Claim, Dim::By])?,
        facet_path: a.path.clone(),
        facet_depth: a.depth,
        facet_limit: a.limit,
        histogram: interval(a.histogram),
        sort: Sort::Relevance,
        limit: 0,
        offset: 0,
    };
    let store = Store::open(index)?;
    let result = search(&store, &req)?;
    let facets = output::shapes::FacetsOut {
        query: result.query,
        total: result.total,
        took_ms: result.took_ms,
        path: a.path.clone(),
        facets: result.facets,
        histogram: result.histogram,
    };
    match format_or_default(a.format) {
        Format::Table => output::table::facets(out, &facets),
        Format::Json => output::json(out, &facets),
        Format::Jsonl => output::jsonl_facets(out, &facets),
        Format::Csv => output::csv::facets(out, &facets),
    }
    .map_err(io)?;
    Ok(if facets.total == 0 {
        Outcome::NoMatch
    } else {
        Outcome::Success
    })
}

/// `relevance`, `date[:asc|:desc]`, `<count>[:asc|:desc]`.
fn parse_sort(s: Option<&str>, has_text: bool) -> Result<Sort, Error> {
    let Some(s) = s else {
        return Ok(if has_text {
            Sort::Relevance
        } else {
            Sort::Date(true)
        });
    };
    let (key, dir) = s.split_once(':').unwrap_or((s, "desc"));
    let desc = match dir {
        "desc" => true,
        "asc" => false,
        other => {
            return Err(Error::Usage(format!(
                "--sort: `{other}` is not asc or desc"
            )))
        }
    };
    match key {
        "relevance" | "score" => Ok(Sort::Relevance),
        "date" => Ok(Sort::Date(desc)),
        k if count_names().contains(&k) => Ok(Sort::Count(k.to_string(), desc)),
        other => Err(Error::Usage(format!(
            "--sort: `{other}` is not relevance, date or a count ({})",
            count_names().join(", ")
        ))),
    }
}
