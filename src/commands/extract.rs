//! `extract`: read -> normalize -> extract, no index; one JSON object per report.

use std::io::Write;
use std::ops::ControlFlow;

use super::{io, Outcome};
use crate::cli::{ExtractArgs, Format};
use crate::corpus::read_inputs;
use crate::extract::Extractor;
use crate::output::shapes::ReportOut;
use crate::report::{process_guarded, Report};
use crate::Error;

pub fn run(a: &ExtractArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    if !matches!(a.format, Format::Json | Format::Jsonl) {
        return Err(Error::Usage("extract prints json or jsonl".into()));
    }
    let opts = super::read_options(&a.read);
    let extractor = Extractor::new()?;
    let mut bad = 0u64;
    let mut failure: Option<Error> = None;
    read_inputs(&a.read.inputs, &opts, &mut |item| {
        let item =
            item.and_then(|(record, origin, _)| process_guarded(record, &origin, &extractor));
        match item {
            Err(e) => {
                eprintln!("reliefdex: {e}");
                bad += 1;
                if a.read.strict {
                    failure = Some(Error::Usage(format!(
                        "stopped at the first bad record (--strict): {e}"
                    )));
                    return ControlFlow::Break(());
                }
            }
            Ok(report) => {
                let shape = report_out(&report, a.body);
                let written = if a.format == Format::Jsonl {
                    serde_json::to_writer(&mut *out, &shape).map_err(std::io::Error::from)
                } else {
                    serde_json::to_writer_pretty(&mut *out, &shape).map_err(std::io::Error::from)
                }
                .and_then(|_| out.write_all(b"\n"));
                if let Err(e) = written {
                    failure = Some(io(e));
                    return ControlFlow::Break(());
                }
            }
        }
        ControlFlow::Continue(())
    });
    if let Some(e) = failure {
        return Err(e);
    }
    Ok(if bad > 0 {
        Outcome::BadInput
    } else {
        Outcome::Success
    })
}

/// The extract contract of one processed report.
pub fn report_out(r: &Report, body: bool) -> ReportOut {
    ReportOut {
        id: r.record.id.clone(),
        title: r.text.title.clone(),
        date: r.record.date.clone(),
        language: r.language.code().to_string(),
        source: r.record.source.clone(),
        country: r.record.country.clone(),
        url: r.record.url.clone(),
        actors: r.extraction.actors.clone(),
        locations: r.extraction.locations.clone(),
        claims: r.extraction.claims.clone(),
        body: body.then(|| r.text.body.clone()),
        fields: None,
    }
}
