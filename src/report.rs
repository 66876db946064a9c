//! Stages 1→3 joined: a [`Record`] normalized and extracted into a
//! [`Report`], the unit that `extract` prints and `index` writes.

use sha2::{Digest, Sha256};

use crate::corpus::display_title;
use crate::extract::{Extraction, Extractor};
use crate::lang::Language;
use crate::normalize::{clean_str, normalize, Text};
use crate::record::Record;

/// One report, normalized and extracted.
#[derive(Debug, Clone)]
pub struct Report {
    /// The record as read (title/body still raw).
    pub record: Record,
    /// Language used for stemming and extraction rules.
    pub language: Language,
    /// Normalized text; `text.title` is never empty (first sentence fallback).
    pub text: Text,
    /// What the extractor found.
    pub extraction: Extraction,
    /// Hash of everything that went into the index entry.
    pub hash: String,
}

/// Normalizes and extracts one record.
pub fn process(mut record: Record, extractor: &Extractor) -> Report {
    let mut text = normalize(&record.title, &record.body, record.markup);
    // A declared language gives way only to a detection that leaves no
    // doubt (English bulletins tagged "fr" exist).
    let language = match &record.language {
        Some(code) => {
            let declared = Language::from_code(code);
            match Language::detect_strong(&text.body) {
                Some(d) if declared != Language::Other && d != declared => d,
                _ => declared,
            }
        }
        None => Language::detect(&text.body),
    };
    record.source = record.source.iter().map(|s| clean_str(s)).collect();
    record.country = record.country.iter().map(|s| clean_str(s)).collect();
    let extraction = extractor.extract(&text, language);
    // after extraction: a title made of the body's first sentence names
    // nothing the body does not, and its cut ("Jafeth Cabrer…") would name
    // half-words
    text.title = display_title(&text.title, &text.body);
    let hash = content_hash(&record);
    Report {
        record,
        language,
        text,
        extraction,
        hash,
    }
}

/// A hash of the record plus the versions of everything derived from it, so
/// a re-index skips unchanged reports but redoes them after an upgrade.
fn content_hash(r: &Record) -> String {
    let mut h = Sha256::new();
    for part in [
        env!("CARGO_PKG_VERSION"),
        &crate::schema::SCHEMA_VERSION.to_string(),
        &r.id,
        &r.title,
        &r.body,
        r.date.as_deref().unwrap_or(""),
        r.language.as_deref().unwrap_or(""),
        &r.source.join("\u{1f}"),
        &r.country.join("\u{1f}"),
        r.url.as_deref().unwrap_or(""),
        &serde_json::Value::Object(r.extra.clone()).to_string(),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()[..12]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
