//! `eval`: score the extractor and print the figures (table or JSON).

use std::io::{IsTerminal, Write};

use super::Outcome;
use crate::cli::{EvalArgs, Format};
use crate::eval::{score_corpus, score_labelled, Accuracy, EvalSet, Labelled, Prf};
use crate::extract::Extractor;
use crate::output::shapes::eval_json;
use crate::Error;

pub fn run(a: &EvalArgs, out: &mut dyn Write) -> Result<Outcome, Error> {
    let extractor = Extractor::new()?;
    let labelled = score_labelled(&extractor, EvalSet::Tuning)?;
    let held_out = score_labelled(&extractor, EvalSet::HeldOut)?;
    let corpus = match &a.corpus {
        Some(dir) if !dir.is_dir() => {
            return Err(Error::Usage(format!(
                "{} is not a directory; pass the folder that holds who-dons.jsonl",
                dir.display()
            )))
        }
        Some(dir) => Some(score_corpus(&extractor, dir)?),
        None => None,
    };
    let format = a.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    });
    let io = |e| Error::Io {
        path: "<stdout>".into(),
        source: e,
    };
    if format != Format::Table {
        let v = eval_json(&labelled, &held_out, corpus.as_ref());
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        )
        .map_err(io)?;
        return Ok(Outcome::Success);
    }
    let langs: Vec<String> = labelled
        .by_language
        .iter()
        .map(|(l, n)| format!("{n} {l}"))
        .collect();
    let mut t = String::new();
    t += &format!(
        "labelled reports (tests/eval): {} ({})\n\n",
        labelled.reports,
        langs.join(", ")
    );
    t += &format!(
        "{:<34}{:>7}{:>7}{:>7}{:>7}{:>7}{:>7}\n",
        "", "P", "R", "F1", "tp", "fp", "fn"
    );
    let row = |name: &str, p: &Prf| {
        format!(
            "{:<34}{:>7.3}{:>7.3}{:>7.3}{:>7}{:>7}{:>7}\n",
            name,
            p.precision(),
            p.recall(),
            p.f1(),
            p.tp,
            p.fp,
            p.fn_
        )
    };
    t += &row("actors", &labelled.actors);
    t += &row("locations", &labelled.locations);
    t += &row("locations (country only)", &labelled.countries);
    t += &row("claim types", &labelled.claim_types);
    t += &format!(
        "  ({} labelled location paths read as the vocabulary's place of that name, {} actor facets as its actor)\n",
        labelled.locations_resolved, labelled.actors_resolved
    );
    for (lang, [a, l, c]) in &labelled.per_language {
        t += &row(&format!("  {lang}: actors"), a);
        t += &row(&format!("  {lang}: locations"), l);
        t += &row(&format!("  {lang}: claim types"), c);
    }
    let acc = |name: &str, a: &Accuracy| {
        format!("{:<34}{:>7.3}   {}/{}\n", name, a.value(), a.hits, a.total)
    };
    t += "\n";
    t += &acc("exact counts (of labelled)", &labelled.counts);
    t += &acc("counts matching a label", &labelled.count_precision);
    t += &acc("attribution (of labelled)", &labelled.attribution);
    t += &acc(
        "attributions matching a label",
        &labelled.attribution_precision,
    );
    t += &row("projections (claims found)", &labelled.projections);
    t += "\nper claim type\n";
    for (kind, p) in &labelled.per_type {
        t += &row(&format!("  {kind}"), p);
    }
    t += &held_out_table(&held_out, &row, &acc);
    if let Some(c) = &corpus {
        t += "\ncorpus labels\n";
        t += &row(
            &format!("WHO country_iso3 ({} reports)", c.who_reports),
            &c.who_countries,
        );
        t += &row("  countries named in the text", &c.who_countries_named);
        t += &row(
            &format!("ReliefWeb 2026 country ({})", c.reliefweb_reports),
            &c.reliefweb_countries,
        );
        t += &format!(
            "disaster messages ({}), categories as claim types\n",
            c.messages
        );
        for (kind, p) in &c.message_types {
            t += &row(&format!("  {kind}"), p);
        }
    }
    if a.errors {
        t += "\nper report: - missed, + spurious\n";
        for m in &labelled.misses {
            t += &format!("{} ({})\n", m.id, m.language);
            for x in &m.missed {
                t += &format!("  - {x}\n");
            }
            for x in &m.spurious {
                t += &format!("  + {x}\n");
            }
        }
    }
    out.write_all(t.as_bytes()).map_err(io)?;
    Ok(Outcome::Success)
}

/// The held-out set's summary: the same measures, no per-report errors
/// (reading them would make the set a tuning set).
fn held_out_table(
    h: &Labelled,
    row: &dyn Fn(&str, &Prf) -> String,
    acc: &dyn Fn(&str, &Accuracy) -> String,
) -> String {
    let langs: Vec<String> = h
        .by_language
        .iter()
        .map(|(l, n)| format!("{n} {l}"))
        .collect();
    let mut t = format!(
        "\nheld-out reports (tests/eval/heldout, never read while tuning): {} ({})\n",
        h.reports,
        langs.join(", ")
    );
    t += &row("actors", &h.actors);
    t += &row("locations", &h.locations);
    t += &row("locations (country only)", &h.countries);
    t += &row("claim types", &h.claim_types);
    t += &acc("exact counts (of labelled)", &h.counts);
    t += &acc("counts matching a label", &h.count_precision);
    t += &acc("attribution (of labelled)", &h.attribution);
    t += &acc("attributions matching a label", &h.attribution_precision);
    t += &row("projections (claims found)", &h.projections);
    t
}
