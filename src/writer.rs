//! Stage 4, index: [`Report`] -> tantivy document, upserted by id.
//!
//! An upsert is `delete_term(id)` followed by `add_document` before the same
//! commit; tantivy's opstamps order them, so the new version survives. A
//! report whose content hash is already in the index is left alone.

use std::collections::HashMap;

use tantivy::schema::Facet;
use tantivy::{DateTime, IndexWriter, Searcher, TantivyDocument, Term};

use crate::report::Report;
use crate::schema::{Dim, Fields, COUNTS};
use crate::Error;

/// What happened to each report of a run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// New ids.
    pub added: u64,
    /// Ids already present whose content changed.
    pub updated: u64,
    /// Ids already present with identical content.
    pub unchanged: u64,
}

/// Upserts reports into an index, remembering what this run already wrote.
pub struct Upserter<'a> {
    writer: &'a IndexWriter<TantivyDocument>,
    fields: &'a Fields,
    searcher: Searcher,
    /// id -> hash of the version written during this run.
    this_run: HashMap<String, String>,
    /// Counters.
    pub tally: Tally,
}

impl<'a> Upserter<'a> {
    /// `searcher` sees the index as committed before this run.
    pub fn new(
        writer: &'a IndexWriter<TantivyDocument>,
        fields: &'a Fields,
        searcher: Searcher,
    ) -> Self {
        Upserter {
            writer,
            fields,
            searcher,
            this_run: HashMap::new(),
            tally: Tally::default(),
        }
    }

    /// Adds, replaces or skips one report.
    pub fn upsert(&mut self, report: &Report) -> Result<(), Error> {
        let id = &report.record.id;
        let known = match self.this_run.get(id) {
            Some(h) if *h == report.hash => {
                self.tally.unchanged += 1;
                return Ok(());
            }
            Some(_) => true,
            None => {
                if self.committed(self.fields.hash, &report.hash)? {
                    self.tally.unchanged += 1;
                    return Ok(());
                }
                self.committed(self.fields.id, id)?
            }
        };
        if known {
            self.writer
                .delete_term(Term::from_field_text(self.fields.id, id));
            self.tally.updated += 1;
        } else {
            self.tally.added += 1;
        }
        self.writer.add_document(to_document(self.fields, report))?;
        self.this_run.insert(id.clone(), report.hash.clone());
        Ok(())
    }

    /// Whether a live committed document has `value` in `field`.
    fn committed(&self, field: tantivy::schema::Field, value: &str) -> Result<bool, Error> {
        let term = Term::from_field_text(field, value);
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            if let Some(mut postings) = inverted
                .read_postings(&term, tantivy::schema::IndexRecordOption::Basic)
                .map_err(tantivy::TantivyError::from)?
            {
                use tantivy::DocSet;
                let alive = segment.alive_bitset();
                let mut doc = postings.doc();
                while doc != tantivy::TERMINATED {
                    if alive.is_none_or(|a| a.is_alive(doc)) {
                        return Ok(true);
                    }
                    doc = postings.advance();
                }
            }
        }
        Ok(false)
    }
}

/// Turns a facet path from extraction or metadata into a tantivy facet,
/// skipping malformed ones (tantivy panics on some inputs; we never pass them).
pub fn facet(path: &str) -> Option<Facet> {
    if !path.starts_with('/') || path.len() < 2 || path.contains("//") || path.ends_with('/') {
        return None;
    }
    Facet::from_text(path).ok()
}

/// A facet path with a single segment made from free text.
pub fn leaf_facet(name: &str) -> Option<Facet> {
    let clean: String = name.trim().replace(['/', '\\'], "-");
    if clean.is_empty() {
        return None;
    }
    Some(Facet::from_path([clean.as_str()]))
}

/// Builds the tantivy document of a report.
pub fn to_document(f: &Fields, r: &Report) -> TantivyDocument {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.id, &r.record.id);
    doc.add_text(f.hash, &r.hash);
    let slot = Fields::lang_slot(r.language);
    doc.add_text(f.title_text[slot], &r.text.title);
    doc.add_text(f.body_text[slot], &r.text.body);
    doc.add_text(f.title, &r.text.title);
    doc.add_text(f.body, &r.text.body);
    let ex = &r.extraction;
    for a in &ex.actors {
        if let Some(fc) = facet(&a.facet) {
            doc.add_facet(f.facet(Dim::Actor), fc);
        }
    }
    for l in &ex.locations {
        if let Some(fc) = facet(&l.facet) {
            doc.add_facet(f.facet(Dim::Location), fc);
        }
    }
    for c in &ex.claims {
        if let Some(fc) = facet(&format!("/{}", c.kind)) {
            doc.add_facet(f.facet(Dim::Claim), fc);
        }
        if let Some(fc) = c.by.as_deref().and_then(facet) {
            doc.add_facet(f.facet(Dim::By), fc);
        }
    }
    for s in &r.record.source {
        if let Some(fc) = leaf_facet(s) {
            doc.add_facet(f.facet(Dim::Source), fc);
        }
    }
    for c in &r.record.country {
        if let Some(fc) = leaf_facet(c) {
            doc.add_facet(f.facet(Dim::Country), fc);
        }
    }
    if let Some(fc) = leaf_facet(r.language.code()) {
        doc.add_facet(f.facet(Dim::Language), fc);
    }
    if let Some(date) = r.record.date.as_deref().and_then(parse_ymd) {
        doc.add_date(f.date, date.0);
        doc.add_u64(f.month, date.1);
    }
    // A report's count is the largest figure it claims for that type, as a
    // fact: "could displace up to 10,000" is no count of the displaced.
    for (i, (_, kind)) in COUNTS.iter().enumerate() {
        let max = ex
            .claims
            .iter()
            .filter(|c| c.kind == *kind && !c.projection)
            .filter_map(|c| c.count)
            .max();
        if let Some(n) = max {
            doc.add_u64(f.counts[i], n);
        }
    }
    let extraction = serde_json::to_string(ex).unwrap_or_else(|_| "{}".into());
    doc.add_text(f.extraction, &extraction);
    doc.add_text(f.meta, meta_json(r));
    doc
}

/// `YYYY-MM-DD` -> (timestamp at midnight UTC, yyyymm).
pub fn parse_ymd(s: &str) -> Option<(DateTime, u64)> {
    let mut it = s.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    let date = time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()?;
    let ts = date.midnight().assume_utc().unix_timestamp();
    Some((DateTime::from_timestamp_secs(ts), y as u64 * 100 + m as u64))
}

/// The stored metadata of a report: everything but title, body and extraction.
pub fn meta_json(r: &Report) -> String {
    let mut m = serde_json::Map::new();
    m.insert("date".into(), r.record.date.clone().into());
    m.insert("language".into(), r.language.code().into());
    m.insert("source".into(), r.record.source.clone().into());
    m.insert("country".into(), r.record.country.clone().into());
    m.insert("url".into(), r.record.url.clone().into());
    m.insert(
        "fields".into(),
        serde_json::Value::Object(r.record.extra.clone()),
    );
    serde_json::Value::Object(m).to_string()
}
