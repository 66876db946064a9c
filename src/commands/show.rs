//! `show ID`: one stored report with everything extracted.

use std::io::Write;
use std::path::Path;

use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};

use super::{format_or_default, io, Outcome};
use crate::cli::{Format, ShowArgs};
use crate::output;
use crate::search::report_from_doc;
use crate::store::Store;
use crate::Error;

pub fn run(index: &Path, a: &ShowArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let store = Store::open(index)?;
    let searcher = store.reader()?.searcher();
    let query = TermQuery::new(
        Term::from_field_text(store.fields.id, &a.id),
        IndexRecordOption::Basic,
    );
    let found = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    let Some((_, addr)) = found.first() else {
        return Err(Error::Usage(format!(
            "no report with id `{}` in {}; find ids with `reliefdex search`",
            a.id,
            index.display()
        )));
    };
    let doc: TantivyDocument = searcher.doc(*addr)?;
    let report = report_from_doc(&store.fields, &doc, true)?;
    match format_or_default(a.format) {
        Format::Table => output::table::report(out, &report),
        Format::Json | Format::Jsonl | Format::Csv => output::json(out, &report),
    }
    .map_err(io)?;
    Ok(Outcome::Success)
}
