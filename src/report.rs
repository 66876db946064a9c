//! Stages 1→3 joined: a [`Record`] normalized and extracted into a
//! [`Report`], the unit that `extract` prints and `index` writes.

use sha2::{Digest, Sha256};

use crate::corpus::display_title;
use crate::extract::{Extraction, Extractor};
use crate::lang::Language;
use crate::normalize::{clean_str, normalize, Text};
use crate::record::{Origin, Record, RecordError};

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

/// [`process`], with a failure of the extractor on one record (a bug, never
/// the input's fault) turned into that record's error: the run reports it
/// with the record's file and line, skips it and goes on.
pub fn process_guarded(
    record: Record,
    origin: &Origin,
    extractor: &Extractor,
) -> Result<Report, RecordError> {
    let id = record.id.clone();
    guard(origin, &id, || process(record, extractor))
}

/// Runs `f`, a panic in it made the error of report `id` at `origin`.
fn guard<T>(origin: &Origin, id: &str, f: impl FnOnce() -> T) -> Result<T, RecordError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        RecordError {
            origin: origin.clone(),
            reason: format!(
                "report {id} was skipped: the extractor failed on it ({}); this is a bug in reliefdex, please report it with the record",
                crate::normalize::first_sentence(&msg, 160)
            ),
        }
    })
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

#[cfg(test)]
mod tests {
    use super::guard;
    use crate::record::Origin;

    #[test]
    fn a_failure_on_one_record_is_its_error_with_file_and_line() {
        let origin = Origin {
            file: "reports.jsonl".into(),
            locator: "12".into(),
        };
        assert_eq!(guard(&origin, "r1", || 7), Ok(7));
        let e = guard(&origin, "r1", || -> u32 {
            panic!("begin > end (2111 > 2097)")
        })
        .unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.starts_with("reports.jsonl:12: report r1 was skipped"),
            "{shown}"
        );
        assert!(shown.contains("begin > end"), "{shown}");
    }
}
