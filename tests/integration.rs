//! Integration tests: one binary running the real `reliefdex` executable.

mod util;

mod bad_input;
mod commands;
mod corpus;
mod json_contract;
mod python_example;
