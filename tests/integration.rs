//! Integration tests: one binary running the real `reliefdex` executable.

mod util;

mod bad_input;
mod commands;
