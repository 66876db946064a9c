//! Stage 1 output: [`Record`], one report as read from any input format,
//! before normalization. Mirrors `schema/record.schema.json`.

use serde_json::{Map, Value};

use crate::normalize::Markup;

/// One report as read, with the fields reliefdex understands pulled out and
/// every other field kept in `extra`.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Stable identifier: the record's own, else derived from its content.
    pub id: String,
    /// Title as given (may be empty; the first sentence is used then).
    pub title: String,
    /// Body as given, still marked up.
    pub body: String,
    /// How `body` is marked up.
    pub markup: Markup,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Language code as given ("en", "French").
    pub language: Option<String>,
    /// Publishing organisations.
    pub source: Vec<String>,
    /// Countries the record is tagged with (metadata, not extraction).
    pub country: Vec<String>,
    /// Where the report lives online.
    pub url: Option<String>,
    /// Any other field, kept as given.
    pub extra: Map<String, Value>,
}

/// Where a record came from, for error messages: `file:line` or
/// `file:data[3]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The input path, or `-` for stdin.
    pub file: String,
    /// Line number (1-based) or JSON locator.
    pub locator: String,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.locator.is_empty() {
            write!(f, "{}", self.file)
        } else {
            write!(f, "{}:{}", self.file, self.locator)
        }
    }
}

/// A record that could not be read: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// Where the bad record is.
    pub origin: Origin,
    /// One plain sentence.
    pub reason: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// Names a JSON value's type for error messages.
pub fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
