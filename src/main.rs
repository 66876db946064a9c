//! The `reliefdex` binary: parse, dispatch, print the error, pick the exit
//! code (0 success or hits, 1 no hits, 2 error or bad input; a closed pipe is
//! not an error).

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use reliefdex::cli::Cli;
use reliefdex::commands::{run, Outcome};
use reliefdex::Error;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A failure of the extractor on one record is reported as that record's
    // error (with its file and line) and the run goes on: the hook says only
    // where in reliefdex it happened, not the whole panic text.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        eprintln!("reliefdex: internal error{at}");
    }));
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(&cli.index, cli.command, &mut out).and_then(|o| {
        out.flush().map_err(|e| Error::Io {
            path: "<stdout>".into(),
            source: e,
        })?;
        Ok(o)
    });
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::NoMatch) => ExitCode::from(1),
        Ok(Outcome::BadInput) => ExitCode::from(2),
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("reliefdex: {e}");
            ExitCode::from(2)
        }
    }
}
