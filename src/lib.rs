//! reliefdex: a full-text search index over humanitarian reports.
//!
//! Data flows one way: [`corpus`] reads records, [`normalize`] cleans text,
//! [`extract`] finds actors, locations and claims, [`writer`] indexes them
//! under the [`schema`], [`query`] and [`search`] answer questions, and
//! [`output`] prints the answers.
pub mod cli;
pub mod commands;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod extract;
pub mod lang;
pub mod normalize;
pub mod output;
pub mod query;
pub mod record;
pub mod report;
pub mod schema;
pub mod search;
pub mod store;
pub mod tokenizer;
pub mod writer;

pub use error::Error;
