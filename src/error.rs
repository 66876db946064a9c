//! Errors: one enum, each variant a plain sentence that says what to do.

use std::path::PathBuf;

/// Everything that can stop a reliefdex command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A vocabulary file is malformed.
    #[error("{file}:{line}: {reason}")]
    Vocabulary {
        /// Vocabulary file name.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// An I/O error on a named path.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A user error: bad flag value, bad query, bad filter.
    #[error("{0}")]
    Usage(String),
    /// The index cannot be used as it is.
    #[error("{0}")]
    Index(String),
    /// An error from tantivy that has no better sentence.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}
