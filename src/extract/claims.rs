//! Stage 3, extract: claim triggers (per language, from
//! `schema/claim_triggers.tsv`) and the assignment of counts to triggers in a
//! sentence.

use super::cues::{self, Cue};
use super::gazetteer::{CaseRule, Hit, Matcher, MatcherBuilder};
use super::modality;
use super::numbers::Count;
use super::persons::has_whole_word;
use super::tokens::{Tok, TokKind};
use super::vocab::TriggerRow;
use crate::lang::Language;

/// How far around a trigger (bytes) its context words are looked for.
const CONTEXT_WINDOW: usize = 400;

/// What a trigger-or-cue form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tc {
    /// Row of the language's triggers.
    Trig(u32),
    /// A cue word.
    Cue(Cue),
    /// A word of denial (true) or of projection (false) for
    /// [`modality::cues_in`], or a longer form that holds one.
    Modal(bool),
}

/// One language's triggers and cues, in one automaton.
pub(crate) struct TriggerSet {
    matcher: Matcher<Tc>,
    rows: Vec<(&'static str, Vec<String>)>,
}

/// A trigger found in a sentence, its context satisfied.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    /// Token range.
    pub first: usize,
    pub last: usize,
}

impl Trigger {
    /// Types that carry a count of people.
    pub(crate) fn countable(&self) -> bool {
        let k = self.kind;
        k.starts_with("casualties/")
            || k.starts_with("displacement/")
            || k.starts_with("needs/")
            || matches!(
                k,
                "response/assistance"
                    | "response/medical"
                    | "violence/abduction"
                    | "violence/arrest"
                    | "violence/sexual-violence"
            )
    }
}

impl TriggerSet {
    pub(crate) fn build(
        rows: &'static [TriggerRow],
        lang: Language,
    ) -> Result<TriggerSet, crate::Error> {
        let code = match lang {
            Language::Fr => "fr",
            Language::Es => "es",
            _ => "en",
        };
        let mut b = MatcherBuilder::new();
        let mut kept = Vec::new();
        for r in rows.iter().filter(|r| r.language == code) {
            let id = kept.len() as u32;
            kept.push((
                r.kind.as_str(),
                r.context
                    .iter()
                    .map(|c| c.to_lowercase())
                    .collect::<Vec<_>>(),
            ));
            // Triggers match in any case unless they are acronyms ("IDPs").
            b.add(&r.trigger, Tc::Trig(id));
            if cues::holds_report(&r.trigger, lang) {
                b.add(&r.trigger, Tc::Cue(Cue::Report));
            }
        }
        cues::add_to(&mut b, lang);
        // the modality cue words (of every language, as the scans read them);
        // the matcher keeps the longest form, so a form that holds one
        // carries it too
        let forms: Vec<String> = b.patterns().to_vec();
        for (w, deny) in modality::cue_words() {
            b.add(w, Tc::Modal(deny));
        }
        for f in &forms {
            let lower = f.to_lowercase();
            for (w, deny) in modality::cue_words() {
                if lower != w && has_whole_word(&lower, w) {
                    b.add_with_rule(f, Tc::Modal(deny), CaseRule::Any);
                }
            }
        }
        Ok(TriggerSet {
            matcher: b.build()?,
            rows: kept,
        })
    }

    /// Finds the cues and the triggers whose context holds in
    /// `body[from..to]`, and whether it has a word of denial and one of
    /// projection (`modal`).
    pub(crate) fn find(
        &self,
        body: &str,
        (from, to): (usize, usize),
        hits: &mut Vec<Hit>,
        out: &mut Vec<Trigger>,
        cues: &mut Vec<(usize, usize, Cue)>,
        modal: &mut (bool, bool),
    ) {
        hits.clear();
        *modal = (false, false);
        self.matcher.find(body, from, to, hits);
        let mut lower: Option<String> = None;
        for h in hits.iter() {
            for &p in self.matcher.payloads(body, *h) {
                let id = match p {
                    Tc::Modal(deny) => {
                        if deny {
                            modal.0 = true;
                        } else {
                            modal.1 = true;
                        }
                        continue;
                    }
                    Tc::Cue(c) => {
                        if cues.last().is_none_or(|x| x.0 != h.start) {
                            cues.push((h.start, h.end, c));
                        }
                        continue;
                    }
                    Tc::Trig(id) => id,
                };
                let (kind, ctx) = &self.rows[id as usize];
                if !ctx.is_empty() {
                    // the sentence, ASCII-lowercased once (same byte offsets)
                    let low = lower.get_or_insert_with(|| body[from..to].to_ascii_lowercase());
                    let mut a = h.start.saturating_sub(CONTEXT_WINDOW).max(from);
                    while !body.is_char_boundary(a) {
                        a += 1;
                    }
                    let mut z = (h.end + CONTEXT_WINDOW).min(to);
                    while !body.is_char_boundary(z) {
                        z -= 1;
                    }
                    let w = &low[a - from..z - from];
                    if !ctx.iter().any(|c| contains_word_prefix(w, c)) {
                        continue;
                    }
                }
                if out
                    .iter()
                    .rev()
                    .take(4)
                    .any(|t| t.start == h.start && t.kind == *kind)
                {
                    continue;
                }
                out.push(Trigger {
                    start: h.start,
                    end: h.end,
                    kind,
                    first: 0,
                    last: 0,
                });
            }
        }
    }
}

/// True when `needle` occurs in `hay` at the start of a word (candidates
/// found by their first byte: the windows are short and the needles many).
fn contains_word_prefix(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return false;
    };
    memchr::memchr_iter(first, h).any(|at| {
        h[at..].starts_with(n)
            && !hay[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric())
    })
}

fn is_break(body: &str, t: &Tok) -> bool {
    let w = &body[t.start..t.end];
    if t.kind == TokKind::Punct {
        return matches!(w, "," | ";" | ":" | "(" | ")");
    }
    matches!(
        w.to_ascii_lowercase().as_str(),
        "and"
            | "while"
            | "but"
            | "whereas"
            | "after"
            | "before"
            | "including"
            | "y"
            | "et"
            | "mientras"
            | "tandis"
            | "alors"
            | "as"
    )
}

/// Words that open a figure's phrase ("the number of displaced people").
const NUMBER_OF: &[&str] = &[
    "number of",
    "numbers of",
    "total of",
    "toll of",
    "nombre de",
    "nombre d'",
    "nombre d’",
    "nombre des",
    "número de",
    "cifra de",
    "total de",
];

/// Verbs that link such a phrase to its figure ("has reached", "s'élève à").
const REACHES: &[&str] = &[
    "reached",
    "stood at",
    "stands at",
    "rose to",
    "risen to",
    "increased to",
    "climbed to",
    "grew to",
    "totalled",
    "totaled",
    "totals",
    "s'élève à",
    "s’élève à",
    "s'élevait à",
    "s’élevait à",
    "atteint",
    "est passé à",
    "est de",
    "était de",
    "asciende a",
    "ascendió a",
    "ascendía a",
    "llega a",
    "llegó a",
    "alcanza",
    "alcanzó",
    "se eleva a",
    "se elevó a",
    "es de",
    "era de",
];

/// "The number of displaced people in the Eastern Region has reached
/// 115,117", "le nombre de personnes déplacées ... s'élève à 240 000": a
/// figure that a "number of" phrase reaches through a linking verb, however
/// long the phrase. Returns (trigger, count) pairs; the countable triggers
/// between the phrase's trigger and its figure ("who fled", the verb
/// "reached" itself) are words of the phrase and are removed from `trigs`
/// (indices in the pairs are after the removal).
pub(crate) fn reached_figures(
    body: &str,
    toks: &[Tok],
    trigs: &mut Vec<Trigger>,
    counts: &[Count],
) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut inside = vec![false; trigs.len()];
    for (ci, c) in counts.iter().enumerate() {
        let lead = c.lead;
        if lead == 0 {
            continue;
        }
        let from = lead.saturating_sub(4);
        let before = body[toks[from].start..toks[lead].start]
            .trim_end()
            .to_lowercase();
        if !REACHES.iter().any(|v| {
            before.ends_with(v)
                && !before[..before.len() - v.len()].ends_with(char::is_alphanumeric)
        }) {
            continue;
        }
        // the phrase's trigger: the first countable one that "number of"
        // opens, within 16 tokens before the figure and its clause
        let head = (0..trigs.len()).find(|&ti| {
            let t = &trigs[ti];
            t.countable()
                && t.last <= lead
                && t.first + 16 >= lead
                && !toks[t.last..lead]
                    .iter()
                    .any(|k| matches!(&body[k.start..k.end], ";" | ":" | "(" | ")"))
                && {
                    let a = toks
                        .get(t.first.saturating_sub(5))
                        .map_or(t.start, |k| k.start)
                        .min(t.start);
                    let opener = body[a..t.start].to_lowercase();
                    NUMBER_OF.iter().any(|n| opener.contains(n))
                }
        });
        let Some(head) = head else { continue };
        for (ti, t) in trigs.iter().enumerate() {
            if ti != head && t.countable() && t.first >= trigs[head].last && t.last <= lead {
                inside[ti] = true;
            }
        }
        found.push((head, ci));
    }
    if inside.iter().any(|&x| x) {
        // renumber the pairs past the removed triggers
        found.retain(|&(ti, _)| !inside[ti]);
        for f in &mut found {
            f.0 -= inside[..f.0].iter().filter(|&&x| x).count();
        }
        let mut removed = inside.iter();
        trigs.retain(|_| removed.next() == Some(&false));
    }
    found
}

/// Assigns counts to countable triggers: each trigger takes the closest
/// count (before it within 7 tokens, after it within 5), never across another
/// countable trigger, preferring counts in the same clause; then counts
/// coordinated with a taken one ("two civilians and four soldiers") join it.
/// Returns, per trigger, the indices of its counts.
pub(crate) fn associate(
    body: &str,
    toks: &[Tok],
    trigs: &[Trigger],
    counts: &[Count],
    reached: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); trigs.len()];
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    let countable: Vec<usize> = (0..trigs.len()).filter(|&i| trigs[i].countable()).collect();
    // "Internally displaced people including returnees: 3 million": a group
    // named as part of another owns no figure after it, nor stands between
    // the figure and the whole's trigger
    // ("3,000 people, including returnees, were displaced": nor any figure
    // before the word that includes it); the token index of that word
    let included: Vec<Option<usize>> = trigs
        .iter()
        .map(|t| {
            (1..=2).map(|back| t.first.wrapping_sub(back)).find(|&k| {
                toks.get(k).is_some_and(|w| {
                    matches!(
                        body[w.start..w.end].to_lowercase().as_str(),
                        "including" | "incl" | "compris" | "incluidos" | "incluidas" | "incluyendo"
                    )
                })
            })
        })
        .collect();
    // the figures "number of" phrases reach come first
    for &(ti, ci) in reached {
        cands.push((0, ti, ci));
    }
    // counts are in token order; only those near a trigger are candidates
    for &ti in &countable {
        let t = &trigs[ti];
        let a = counts.partition_point(|c| c.last + 12 < t.first);
        let b = counts.partition_point(|c| c.first <= t.last + 8);
        for (ci, c) in counts.iter().enumerate().take(b).skip(a) {
            if c.part_only || (c.article && !t.kind.starts_with("casualties/")) {
                continue;
            }
            let (lo, hi, dist, after) = if c.last <= t.first {
                (c.last, t.first, t.first.saturating_sub(c.after), false)
            } else if c.first >= t.last {
                (t.last, c.first, c.first - t.last, true)
            } else {
                continue;
            };
            // "South Sudanese refugees - pre-2013: 352,500": the figure of a
            // list line reaches back to the trigger that labels it
            let list_figure = after
                && c.first > 0
                && &body[toks[c.first - 1].start..toks[c.first - 1].end] == ":"
                && toks[t.last..c.first - 1].iter().all(|k| {
                    !is_break(body, k) || matches!(&body[k.start..k.end], "(" | ")" | ",")
                });
            if included[ti].is_some_and(|w| after || c.last <= w) {
                continue;
            }
            // "a civilian was killed": an article's one only close, in
            // the same clause
            let from = if after { lo } else { c.after.min(hi) };
            let clause_break = toks[from..hi].iter().any(|k| is_break(body, k));
            if c.article && (dist > 5 || clause_break) {
                continue;
            }
            if (!after && dist > 7)
                || (after && dist > if list_figure { 12 } else { 5 })
                || !(c.strong || after && (dist <= 4 || list_figure))
            {
                continue;
            }
            let ka = countable.partition_point(|&o| trigs[o].first < lo);
            let blocked = countable[ka..]
                .iter()
                .take_while(|&&o| trigs[o].first <= hi)
                .any(|&o| {
                    o != ti
                        && trigs[o].last <= hi
                        && trigs[o].start != t.start
                        && included[o].is_none()
                });
            if blocked {
                continue;
            }
            let penalty = if clause_break { 3 } else { 0 };
            cands.push((dist + penalty + usize::from(after), ti, ci));
        }
    }
    cands.sort();
    let mut used = vec![false; counts.len()];
    for (_, ti, ci) in cands {
        if used[ci] || !out[ti].is_empty() {
            continue;
        }
        used[ci] = true;
        out[ti].push(ci);
        // coordination, forwards and backwards; a count that heads its own
        // claim ("three deaths and 16 injuries", "12 fallecidas y 10
        // desaparecidas") stays for that claim
        let own_claim = |c: &Count| {
            countable.iter().any(|&o| {
                trigs[o].kind != trigs[ti].kind
                    && trigs[o].first >= c.last
                    && trigs[o].first <= c.after + 1
            })
        };
        // ("le décès de deux personnes, un blessé": an article's one
        // heads no list)
        if counts[ci].article {
            continue;
        }
        let mut cur = ci;
        while cur + 1 < counts.len()
            && !used[cur + 1]
            && counts[cur + 1].subject.is_some()
            && !own_claim(&counts[cur + 1])
            && coordinated(body, toks, &counts[cur], &counts[cur + 1])
        {
            cur += 1;
            used[cur] = true;
            out[ti].push(cur);
        }
        let mut cur = ci;
        while cur > 0
            && !used[cur - 1]
            && counts[cur - 1].subject.is_some()
            && !own_claim(&counts[cur - 1])
            && coordinated(body, toks, &counts[cur - 1], &counts[cur])
        {
            cur -= 1;
            used[cur] = true;
            out[ti].insert(0, cur);
        }
    }
    // "a évacué ... 74 réfugiés", "1,500 Sudanese refugees set to return":
    // a status noun that is the count's subject yields the count to the
    // event it undergoes in the sentence (evacuation, return)
    for ti in 0..trigs.len() {
        let status = matches!(
            trigs[ti].kind,
            "displacement/refugees" | "displacement/displaced"
        );
        let [ci] = out[ti][..] else { continue };
        let c = &counts[ci];
        if !status
            || c.subject.is_none()
            || !(c.last <= trigs[ti].first && trigs[ti].first < c.after)
        {
            continue;
        }
        let event = countable.iter().copied().find(|&o| {
            matches!(
                trigs[o].kind,
                "displacement/evacuated" | "displacement/returned"
            ) && out[o].is_empty()
                && trigs[o].first.abs_diff(c.first) <= 15
        });
        if let Some(o) = event {
            out[ti].clear();
            out[o].push(ci);
        }
    }
    // parts of a figure ("at least 106 people have lost their lives, i.e.
    // 47 in Zamboanga del Norte, 36 in ..."; "The deaths occurred in Hong
    // Kong SAR (3), Malaysia (1)"; "including 10 children") join the claim
    // of the nearest counted trigger before them
    // (a breakdown is a list: two parts at least; of people counted by a
    // casualty or displacement trigger)
    // (a trigger with no figure of its own takes the whole list: "New
    // deaths were reported in China (2) and Hong Kong (1)")
    let parts: Vec<usize> = (0..counts.len())
        .filter(|&ci| !used[ci] && counts[ci].part)
        .collect();
    if parts.len() >= 2 {
        let had_total: Vec<bool> = out.iter().map(|o| !o.is_empty()).collect();
        for ci in parts {
            let c = &counts[ci];
            let before = countable.iter().rev().find(|&&o| trigs[o].last <= c.first);
            // the parts of a total the same trigger claims, never more than it
            if let Some(&ti) = before.filter(|&&o| {
                let k = trigs[o].kind;
                let total = out[o].first().map(|&t| counts[t].value);
                (k.starts_with("casualties/") || k.starts_with("displacement/"))
                    && (!had_total[o]
                        || total.is_some_and(|t| t >= c.value && counts[out[o][0]].last <= c.first))
            }) {
                used[ci] = true;
                out[ti].push(ci);
            }
        }
    }
    // one phrase of two types of a family ("50,362 persons are staying
    // inside evacuation centres": displaced and evacuated) counts both with
    // its figures; a casualty figure mixes the dead and the injured and
    // counts neither alone
    fn family(kind: &str) -> &str {
        kind.split_once('/').map_or(kind, |(f, _)| f)
    }
    for ti in 0..trigs.len() {
        let t = &trigs[ti];
        if !out[ti].is_empty() || !t.countable() || t.kind.starts_with("casualties/") {
            continue;
        }
        if let Some(o) = countable.iter().copied().find(|&o| {
            o != ti
                && trigs[o].start == t.start
                && trigs[o].end == t.end
                && family(trigs[o].kind) == family(t.kind)
                && !out[o].is_empty()
        }) {
            out[ti] = out[o].clone();
        }
    }
    out
}

/// `a` is followed by "and"/","/"y"/"et" and then `b`.
fn coordinated(body: &str, toks: &[Tok], a: &Count, b: &Count) -> bool {
    if a.subject.is_none() || b.first != a.after + 1 {
        return false;
    }
    let t = toks[a.after];
    matches!(
        body[t.start..t.end].to_ascii_lowercase().as_str(),
        "and" | "," | "y" | "et" | "e"
    )
}

/// Words that say something is lacking or needed ("need", "lack",
/// "shortage", "besoin", "manque", "necesidad", "falta").
const LACK_WORDS: &[&str] = &[
    "need",
    "needs",
    "needed",
    "lack",
    "lacking",
    "shortage",
    "shortages",
    "insufficient",
    "without",
    "require",
    "requires",
    "required",
    "gap",
    "gaps",
    "deficit",
    "insecurity",
    "malnutrition",
    "malnourished",
    "hunger",
    "famine",
    "homeless",
    "unmet",
    "limited access",
    "no access",
    "besoin",
    "besoins",
    "manque",
    "pénurie",
    "insuffisant",
    "insuffisante",
    "sans",
    "nécessaire",
    "necesidad",
    "necesidades",
    "falta",
    "escasez",
    "carencia",
    "insuficiente",
    "requieren",
    "necesitan",
    "sin",
];

/// The sentence says something is lacking or needed.
pub(crate) fn states_a_lack(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    LACK_WORDS.iter().any(|w| {
        lower.match_indices(w).any(|(i, _)| {
            let j = i + w.len();
            !lower[..i].ends_with(char::is_alphanumeric)
                && !lower[j..].starts_with(char::is_alphanumeric)
        })
    })
}
