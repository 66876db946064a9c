//! reliefdex: a full-text search index over humanitarian reports.
pub mod error;
pub mod extract;
pub mod lang;
pub mod normalize;

pub use error::Error;
