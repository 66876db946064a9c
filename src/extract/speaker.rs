//! Stage 3, extract: the document's speaker. A statement, message, speech or
//! briefing summary is one actor's words from start to end ("Following is
//! the Secretary-General's message...", "La déclaration suivante a été
//! communiquée par le Porte-parole du..."); its claims without a source of
//! their own are that actor's. Likewise a quotation is the words of whoever
//! the reporting verb next to it names ("“We need funding. We call for an
//! end to the conflict,” said Beasley").

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::cues::{SPEAKER_AFTER, SPEAKER_BEFORE};

/// How far into the body the introduction of a statement may be, in bytes.
const HEAD: usize = 700;
/// How far from the introduction its speaker may be named, in bytes.
const REACH: usize = 160;

/// An actor mention: byte span and the actor's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Named {
    pub start: usize,
    pub end: usize,
    pub actor: usize,
}

/// The speaker of a document that introduces itself as someone's statement:
/// the actor named after an introduction such as "statement by" or
/// "following is" (or before "remarks at"), and where the statement starts.
/// `actors` are the document's actor mentions in text order, persons and
/// organisations only. None for ordinary reports.
pub(crate) fn document_speaker(body: &str, actors: &[Named]) -> Option<(usize, usize)> {
    let mut head = body.len().min(HEAD);
    while !body.is_char_boundary(head) {
        head -= 1;
    }
    let lower = &body[..head];
    // the earliest introduction of each kind, one pass over the head
    // (ASCII case-insensitive: "Statement by", "La déclaration suivante")
    let mut after_at: Option<(usize, usize)> = None;
    let mut before_at: Option<(usize, usize)> = None;
    for m in intro_automaton().find_overlapping_iter_whole(lower) {
        let slot = if m.pattern().as_usize() < SPEAKER_AFTER.len() {
            &mut after_at
        } else {
            &mut before_at
        };
        if slot.is_none() {
            *slot = Some((m.start(), m.end()));
        }
    }
    let after = after_at.and_then(|(at, end)| {
        actors
            .iter()
            .find(|a| a.start >= end && a.start - end <= REACH)
            .map(|a| (a.actor, at))
    });
    let before = before_at.and_then(|(at, _)| {
        actors
            .iter()
            .rev()
            .find(|a| a.end <= at && at - a.end <= REACH)
            .map(|a| (a.actor, a.start))
    });
    match (after, before) {
        (Some(a), Some(b)) => Some(if a.1 <= b.1 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// One automaton over both kinds of introduction (built once).
fn intro_automaton() -> &'static AhoCorasick {
    static A: OnceLock<AhoCorasick> = OnceLock::new();
    A.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SPEAKER_AFTER.iter().chain(SPEAKER_BEFORE))
            .expect("the statement introductions build an automaton")
    })
}

/// Whole-word matches of the automaton, overlapping ones included, in order.
trait WholeWords {
    fn find_overlapping_iter_whole<'a>(&'a self, hay: &'a str) -> Vec<aho_corasick::Match>;
}

impl WholeWords for AhoCorasick {
    fn find_overlapping_iter_whole<'a>(&'a self, hay: &'a str) -> Vec<aho_corasick::Match> {
        let mut out: Vec<aho_corasick::Match> = self
            .find_overlapping_iter(hay)
            .filter(|m| starts_word(hay, m.start()) && ends_word(hay, m.end()))
            .collect();
        out.sort_by_key(|m| m.start());
        out
    }
}

fn starts_word(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn ends_word(s: &str, end: usize) -> bool {
    s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Quotations: byte spans from an opening to its closing quote mark (“ ”,
/// « », „ “, or a pair of straight quotes) within one line.
pub(crate) fn quotations(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let bytes = body.as_bytes();
    // quote marks are '"' or start with 0xC2 (« ») or 0xE2 (“ ” „)
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
        let c = body[i..].chars().next().unwrap_or(' ');
        if !matches!(c, '"' | '“' | '”' | '«' | '»' | '„') {
            continue;
        }
        // a quotation stays within its line
        if let Some((o, _)) = open {
            if memchr::memchr(b'\n', &bytes[o..i]).is_some() {
                open = None;
            }
        }
        match (open, c) {
            (None, '“' | '«' | '„' | '"') => open = Some((i, c)),
            (Some((o, '“' | '„')), '”' | '“') | (Some((o, '«')), '»') | (Some((o, '"')), '"') =>
            {
                out.push((o, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// How far a reporting verb may stand from the quotation it introduces or
/// closes, in bytes ("», a déclaré M. Lajčák", "He said: “...").
const QUOTE_REACH: usize = 40;

/// How far a reporting verb may stand after a quotation when a name and
/// its title come first, in the same sentence ("...,” Stephen Shajanika,
/// Mazabuka's District Health Commissioner, recalled").
const QUOTE_REACH_TITLED: usize = 120;

/// Who speaks the quotation around `at`: the attribution (position of its
/// reporting verb, actor facet) right after the quotation closes, else right
/// before it opens; a quotation that is a whole paragraph with neither
/// goes on the quotation that ends the paragraph before it, as press
/// releases set a long quotation. `quotes` and `attributions` are sorted by
/// position.
pub(crate) fn quoted_speaker<'a>(
    body: &str,
    sentences: &[Range<usize>],
    at: usize,
    quotes: &[(usize, usize)],
    attributions: &'a [(usize, String)],
) -> Option<&'a str> {
    let k = quotes.partition_point(|q| q.0 <= at);
    let &(open, close) = quotes[..k].last().filter(|q| at < q.1)?;
    if let Some(by) = beside_quotation(body, sentences, open, close, attributions) {
        return Some(by);
    }
    // a paragraph that is one quotation, after one that ends with one
    let line_start = body[..open].rfind('\n').map_or(0, |i| i + 1);
    let line_end = body[close..].find('\n').map_or(body.len(), |i| close + i);
    let whole = body[line_start..open].trim().is_empty()
        && body[close..line_end].chars().all(|c| !c.is_alphanumeric());
    if !whole || line_start == 0 {
        return None;
    }
    let prev_end = body[..line_start].trim_end().len();
    let prev_start = body[..prev_end].rfind('\n').map_or(0, |i| i + 1);
    let lo = quotes.partition_point(|q| q.0 < prev_start);
    let &(p_open, p_close) = quotes[lo.min(k - 1)..k - 1]
        .iter()
        .rev()
        .find(|q| q.1 <= prev_end)?;
    // the paragraph ends with that quotation, or with the short clause
    // that names its speaker ("», a déclaré le Directeur de la Mission")
    let tail = body[p_close..prev_end].trim_end_matches(['.', '!', '?']);
    if tail.len() > QUOTE_REACH_TITLED || tail.contains(['.', '!', '?'].as_slice()) {
        return None;
    }
    beside_quotation(body, sentences, p_open, p_close, attributions)
}

/// The speaker of the quotation `open..close` from its own attributions:
/// the reporting verb right after it (or after a name and title in the
/// same sentence), else right before it.
fn beside_quotation<'a>(
    body: &str,
    sentences: &[Range<usize>],
    open: usize,
    close: usize,
    attributions: &'a [(usize, String)],
) -> Option<&'a str> {
    let after = attributions.partition_point(|a| a.0 < close);
    // (the farther verb only when the quotation ends its sentence with a
    // comma or a dash that the attribution goes on from: '...,” Name,
    // title, said', '», a déclaré', '” – said')
    let goes_on = || {
        let inside = body[..close].trim_end_matches(['"', '\u{201d}', '\u{bb}', ' ']);
        let outside = body[close..].trim_start_matches(['"', '\u{201d}', '\u{bb}', ' ']);
        inside.ends_with(',') || outside.starts_with([',', '\u{2013}', '\u{2014}', '-'])
    };
    if let Some(a) = attributions.get(after).filter(|a| {
        a.0 - close <= QUOTE_REACH
            || (a.0 - close <= QUOTE_REACH_TITLED
                && goes_on()
                && !body[close..a.0].contains(['.', '!', '?', '\n', '"', '\u{201c}', '\u{ab}']))
    }) {
        return Some(&a.1);
    }
    let before = attributions.partition_point(|a| a.0 < open);
    before
        .checked_sub(1)
        .map(|b| &attributions[b])
        .filter(|a| {
            open - a.0 <= QUOTE_REACH + 40
                && (!body[a.0..open].contains('\n') || ends_paragraph(body, sentences, a.0, open))
        })
        .map(|a| a.1.as_str())
}

/// Whether the sentence around `at` is the last of its paragraph, with
/// only white space from its end to `next` ("..., a ajouté Filippo
/// Grandi.\n« Au HCR, ...": the next paragraph's quotation is his).
fn ends_paragraph(body: &str, sentences: &[Range<usize>], at: usize, next: usize) -> bool {
    let k = sentences.partition_point(|r| r.start <= at);
    k.checked_sub(1)
        .map(|k| &sentences[k])
        .is_some_and(|r| r.end <= next && body[r.end..next].trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(body: &str, names: &[(&str, usize)]) -> Vec<Named> {
        let mut out: Vec<Named> = names
            .iter()
            .map(|&(n, actor)| {
                let start = body.find(n).unwrap();
                Named {
                    start,
                    end: start + n.len(),
                    actor,
                }
            })
            .collect();
        out.sort_by_key(|n| n.start);
        out
    }

    #[test]
    fn statements_name_their_speaker() {
        let body = "Following is UN Secretary-General António Guterres' message for World AIDS Day:\n\nThe world is on its way.";
        let n = named(
            body,
            &[("UN Secretary-General", 0), ("António Guterres", 1)],
        );
        assert_eq!(document_speaker(body, &n), Some((0, 0)));

        let body = "SG/SM/18811\n\nLa déclaration suivante a été communiquée aujourd’hui par le Porte-parole du Secrétaire général de l’ONU, M. António Guterres:\n\nLe Secrétaire général condamne l’attaque.";
        let n = named(body, &[("Secrétaire général de l’ONU", 3)]);
        assert_eq!(document_speaker(body, &n).map(|s| s.0), Some(3));

        let body = "Mark Lowcock, Welcome remarks at the annual pledging conference\n\nWelcome.";
        let n = named(body, &[("Mark Lowcock", 5)]);
        assert_eq!(document_speaker(body, &n), Some((5, 0)));
    }

    #[test]
    fn ordinary_reports_have_none() {
        let body = "UNHCR said 400 people fled. The message was clear: more aid is needed.";
        let n = named(body, &[("UNHCR", 0)]);
        assert_eq!(document_speaker(body, &n), None);
        // an introduction too far from any name
        let body = format!("Statement by {} the Council.", "x ".repeat(200));
        assert_eq!(document_speaker(&body, &[]), None);
    }

    #[test]
    fn quotations_pair_their_marks_within_a_line() {
        let body = "« Je suis heureux », a déclaré X. He said \"we need\" and “more”.\n“open";
        let q = quotations(body);
        assert_eq!(q.len(), 3);
        assert_eq!(&body[q[0].0..q[0].1], "« Je suis heureux »");
        assert_eq!(&body[q[1].0..q[1].1], "\"we need\"");
        assert_eq!(&body[q[2].0..q[2].1], "“more”");
    }

    #[test]
    fn a_quotation_is_spoken_by_the_verb_beside_it() {
        let body = "“We need funding. We call for an end,” said Beasley. Later text.";
        let q = quotations(body);
        let said = body.find("said").unwrap();
        let attr = vec![(said, "/person/David Beasley".to_string())];
        assert_eq!(
            quoted_speaker(body, &sentences_of(body), 3, &q, &attr),
            Some("/person/David Beasley")
        );
        // outside the quotation: nobody
        assert_eq!(
            quoted_speaker(
                body,
                &sentences_of(body),
                body.find("Later").unwrap(),
                &q,
                &attr
            ),
            None
        );
        // a verb far after the quotation does not reach back
        let far = vec![(body.len() + 100, "/x".to_string())];
        assert_eq!(quoted_speaker(body, &sentences_of(body), 3, &q, &far), None);
    }

    fn sentences_of(body: &str) -> Vec<Range<usize>> {
        crate::normalize::normalize("", body, crate::normalize::Markup::Plain).sentences
    }

    #[test]
    fn a_quotation_reaches_a_titled_speaker_and_goes_on_in_the_next_paragraph() {
        let body = "“Beds are full. Three people died every day,” Stephen Shajanika, Mazabuka's District Health Commissioner, recalled.\n\n“We need more nurses.”\n\nThe hospital is closed.";
        let q = quotations(body);
        let recalled = body.find("recalled").unwrap();
        let attr = vec![(recalled, "/person/Stephen Shajanika".to_string())];
        let by = Some("/person/Stephen Shajanika");
        assert_eq!(quoted_speaker(body, &sentences_of(body), 3, &q, &attr), by);
        let nurses = body.find("nurses").unwrap();
        assert_eq!(
            quoted_speaker(body, &sentences_of(body), nurses, &q, &attr),
            by
        );
        // a paragraph that is no quotation is nobody's
        let closed = body.find("closed").unwrap();
        assert_eq!(
            quoted_speaker(body, &sentences_of(body), closed, &q, &attr),
            None
        );
        // a quotation that ends its sentence with a full stop does not reach
        // the next speaker's verb past a name and title
        let body = "“I help resolve differences.” Youth representative of the CMC, Abaker Adam Belo added, “Before, we met only on market days.”";
        let q = quotations(body);
        let added = body.find("added").unwrap();
        let attr = vec![(added, "/person/Abaker Adam Belo".to_string())];
        assert_eq!(
            quoted_speaker(body, &sentences_of(body), 3, &q, &attr),
            None
        );
        // nor does a paragraph quotation after a paragraph that goes on past
        // its own quotation
        let body = "“We need funding,” said Beasley. The agency then moved its staff to the border towns.\n\n“Roads are cut.”";
        let q = quotations(body);
        let said = body.find("said").unwrap();
        let attr = vec![(said, "/person/David Beasley".to_string())];
        assert_eq!(
            quoted_speaker(
                body,
                &sentences_of(body),
                body.find("Roads").unwrap(),
                &q,
                &attr
            ),
            None
        );
    }
}
