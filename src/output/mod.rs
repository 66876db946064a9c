//! Stage 7, output: results -> table | json | jsonl | csv.
pub mod shapes;
