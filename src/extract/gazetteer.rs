//! Stage 3, extract: whole-word, case-aware dictionary matching over the
//! normalized body: anchored longest matches at word starts, in an
//! aho-corasick DFA (triggers, cues) or a byte trie (the gazetteer), built
//! once per vocabulary.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, Anchored, MatchKind, StartKind};

use super::tokens::floor_boundary;

/// How the case of a match in the text must relate to the vocabulary form.
#[derive(Debug, Clone)]
pub(crate) enum CaseRule {
    /// Acronyms and inner-capital forms ("WHO", "ICRC", "MdM"): exact bytes.
    Exact(Box<str>),
    /// The character at this character index of the match must be
    /// uppercase (the first letter of the first proper word: "Shusha",
    /// "Government of Azerbaijan" -> "A"; an index, not a byte offset, so
    /// that it holds in a text whose letters carry accents the form has not).
    Upper(usize),
    /// Any case ("civilians", "de facto authorities").
    Any,
}

/// Words that do not make a form a proper name: "Government of X" is
/// checked on "X", so "government of X" in running text still matches.
const GENERIC: &[&str] = &[
    "the",
    "of",
    "and",
    "for",
    "de",
    "du",
    "la",
    "le",
    "del",
    "el",
    "los",
    "las",
    "les",
    "government",
    "ministry",
    "armed",
    "forces",
    "army",
    "authorities",
    "national",
    "police",
    "president",
    "prime",
    "minister",
    "federal",
    "foreign",
    "affairs",
    "defence",
    "defense",
    "interior",
    "health",
    "presidency",
    "officials",
    "force",
    "navy",
    "air",
    "military",
    "troops",
    "soldiers",
    "peacekeepers",
    "peacekeeping",
    "contingent",
    "gouvernement",
    "gobierno",
];

impl CaseRule {
    pub(crate) fn for_form(form: &str) -> CaseRule {
        let has_lower = form.chars().any(|c| c.is_lowercase());
        let has_space = form.contains(' ');
        let mut prev_lower = false;
        let mut inner_cap = false;
        for c in form.chars() {
            if c.is_uppercase() && prev_lower {
                inner_cap = true;
            }
            prev_lower = c.is_lowercase();
        }
        let upper_count = form.chars().filter(|c| c.is_uppercase()).count();
        if (!has_lower && upper_count >= 1) || (!has_space && inner_cap) {
            return CaseRule::Exact(form.into());
        }
        let mut off = 0;
        for w in form.split(' ') {
            let first = w.chars().next();
            if let Some(c) = first {
                let lw = w.to_lowercase();
                if c.is_uppercase() && !GENERIC.contains(&lw.as_str()) {
                    return CaseRule::Upper(off);
                }
            }
            off += w.chars().count() + 1;
        }
        CaseRule::Any
    }

    fn accepts(&self, hay: &str, start: usize, end: usize) -> bool {
        match self {
            CaseRule::Exact(f) => hay[start..end] == **f,
            CaseRule::Upper(off) => hay
                .get(start..end)
                .and_then(|s| s.chars().nth(*off))
                .is_some_and(|c| c.is_uppercase()),
            CaseRule::Any => true,
        }
    }
}

/// A form that starts with an article ("El Banco", "La Mesa"): at a
/// sentence's start the article is capitalised, and the longer name at the
/// next word ("Banco Interamericano de Desarrollo") may still win.
pub(crate) fn starts_with_article(form: &str) -> bool {
    ["El ", "La ", "Los ", "Las ", "Le ", "Les ", "The "]
        .iter()
        .any(|a| form.starts_with(a))
}

/// The body with the accents of its capitalised words' letters taken off
/// ("Kellé" -> "Kelle", "Đà Nẵng" -> "Da Nang"; "déplacés" stays); None
/// when no such word has any. A second search over it finds the gazetteer's
/// unaccented forms where the text writes accents ("Extrême-Nord",
/// "Chenalhó"), never the other way round: "Para" is not "Pará".
pub(crate) fn fold_accents(body: &str) -> Option<Folded> {
    let bytes = body.as_bytes();
    let mut text = String::new();
    let mut edits: Vec<Edit> = Vec::new();
    let mut capitals: Vec<usize> = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    // (where the last letter looked at ends, and whether its word is
    // capitalised)
    let mut word: Option<(usize, bool)> = None;
    while let Some(k) = bytes[i..].iter().position(|&b| b >= 0x80) {
        i += k;
        let c = body[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        // (only the letters of capitalised words: a name starts with one;
        // the word of the last letter looked at is remembered)
        // (a hyphen joins a word: "Anse-à-Foleur" is capitalised; the scan
        // back is bounded, and any letter or digit keeps the word known)
        let in_word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'-';
        let capitalised = is_word_char(c) && {
            let upper = match word {
                Some((end, upper)) if bytes[end..i].iter().all(in_word) => upper,
                _ => {
                    let from = floor_boundary(body, i.saturating_sub(64));
                    let start = body[from..i]
                        .char_indices()
                        .rev()
                        .take_while(|(_, c)| is_word_char(*c) || *c == '-')
                        .last()
                        .map_or(i, |(k, _)| from + k);
                    body[start..].chars().next().is_some_and(char::is_uppercase)
                }
            };
            word = Some((i + len, upper));
            upper && c.is_alphabetic()
        };
        if capitalised {
            let mut base = [0u8; 8];
            let mut n = 0;
            let mut push = |d: char| {
                if n + d.len_utf8() <= base.len() {
                    n += d.encode_utf8(&mut base[n..]).len();
                }
            };
            match crate::normalize::unaccented_letter(c) {
                Some(d) => push(d),
                None => unicode_normalization::char::decompose_canonical(c, |d| {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        push(d);
                    }
                }),
            }
            let base = std::str::from_utf8(&base[..n]).unwrap_or("");
            if !base.is_empty() && base != &body[i..i + len] {
                if edits.is_empty() {
                    text.reserve(body.len());
                }
                text.push_str(&body[copied..i]);
                capitals.push(text.len());
                edits.push(Edit {
                    folded: (text.len() as u32, (text.len() + base.len()) as u32),
                    body: (i as u32, (i + len) as u32),
                });
                text.push_str(base);
                copied = i + len;
            }
        }
        i += len;
    }
    if capitals.is_empty() {
        return None;
    }
    text.push_str(&body[copied..]);
    Some(Folded {
        text,
        edits,
        capitals,
    })
}

/// One letter whose accent was taken off: its span in the folded text and
/// in the body.
struct Edit {
    folded: (u32, u32),
    body: (u32, u32),
}

/// A body with its letters' accents taken off (see [`fold_accents`]).
pub(crate) struct Folded {
    pub text: String,
    edits: Vec<Edit>,
    /// Where in `text` the changed letters of capitalised words start.
    pub capitals: Vec<usize>,
}

impl Folded {
    /// The body offset of the folded text's offset `x` (a char boundary).
    pub(crate) fn to_body(&self, x: usize) -> usize {
        let x = x as u32;
        let k = self.edits.partition_point(|e| e.folded.1 <= x);
        if let Some(e) = self.edits.get(k).filter(|e| e.folded.0 <= x) {
            return e.body.0 as usize;
        }
        match k.checked_sub(1).map(|p| &self.edits[p]) {
            Some(e) => (e.body.1 + (x - e.folded.1)) as usize,
            None => x as usize,
        }
    }
}

/// One accepted match: byte span and the pattern it matched.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
}

/// A dictionary of surface forms, each carrying one or more payloads with
/// their own case rule.
/// The automaton: an anchored DFA for small vocabularies (triggers, cues),
/// walked state by state with no per-search set-up; for the gazetteer
/// (~130k forms) a plain byte trie: only anchored searches are run, so the
/// failure links of an Aho-Corasick NFA (most of its one-second build) are
/// not needed, and its DFA would be hundreds of MB.
enum Auto {
    Dfa(Box<dfa::DFA>),
    Trie(Trie),
}

const NO_PATTERN: u32 = u32::MAX;

/// A trie over ASCII-lowercased forms. Nodes are numbered in creation
/// order and a node's children are created together, so the child behind
/// edge `e` (the byte `bytes[e]`) is node `e + 1`: node `n` has the edges
/// `nodes[n].first .. + nodes[n].len`, sorted by byte. One node record and
/// one byte run per step keep the walk to two cache lines.
struct Trie {
    nodes: Vec<TrieNode>,
    bytes: Vec<u8>,
}

#[derive(Clone, Copy)]
struct TrieNode {
    first: u32,
    len: u32,
    pattern: u32,
}

impl Trie {
    fn new(patterns: &[String]) -> Trie {
        let mut keys: Vec<(Vec<u8>, u32)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (trie_key(p), i as u32))
            .collect();
        keys.sort_unstable();
        let empty = TrieNode {
            first: 0,
            len: 0,
            pattern: NO_PATTERN,
        };
        let mut t = Trie {
            nodes: vec![empty],
            bytes: Vec::new(),
        };
        // (node, depth, key range): children are the runs of equal bytes at `depth`
        let mut stack = vec![(0u32, 0usize, 0usize, keys.len())];
        while let Some((node, depth, lo, hi)) = stack.pop() {
            let mut i = lo;
            // a key that ends here is the node's own pattern (sorted first)
            while i < hi && keys[i].0.len() == depth {
                if t.nodes[node as usize].pattern == NO_PATTERN {
                    t.nodes[node as usize].pattern = keys[i].1;
                }
                i += 1;
            }
            let first = t.bytes.len() as u32;
            while i < hi {
                let b = keys[i].0[depth];
                let mut j = i;
                while j < hi && keys[j].0[depth] == b {
                    j += 1;
                }
                let child = t.nodes.len() as u32;
                debug_assert_eq!(child as usize, t.bytes.len() + 1);
                t.nodes.push(empty);
                t.bytes.push(b);
                stack.push((child, depth + 1, i, j));
                i = j;
            }
            let n = &mut t.nodes[node as usize];
            n.first = first;
            n.len = t.bytes.len() as u32 - first;
        }
        t
    }

    /// The longest form that is a prefix of `text` (ASCII case ignored, a
    /// hyphen read as a space).
    #[cfg(test)]
    fn longest(&self, text: &[u8]) -> Option<(usize, u32)> {
        self.longest_where(text, |_, _| true)
    }

    /// The longest form that is a prefix of `text` and that `accept`
    /// (length, pattern) takes: "WHO-Afro" is "WHO" when the form "WHO AFRO"
    /// wants its capitals.
    fn longest_where(
        &self,
        text: &[u8],
        accept: impl Fn(usize, u32) -> bool,
    ) -> Option<(usize, u32)> {
        // the forms ending along the walk, the last few kept
        let mut ends = [(0usize, 0u32); 8];
        let mut n = 0;
        let mut node = self.nodes[0];
        for (k, &b) in text.iter().enumerate() {
            let b = trie_byte(b);
            let (s, l) = (node.first as usize, node.len as usize);
            let bytes = &self.bytes[s..s + l];
            let j = if l <= 8 {
                bytes.iter().position(|&x| x == b)
            } else {
                bytes.binary_search(&b).ok()
            };
            let Some(j) = j else {
                break;
            };
            node = self.nodes[s + j + 1];
            if node.pattern != NO_PATTERN {
                if n == ends.len() {
                    ends.copy_within(1.., 0);
                    n -= 1;
                }
                ends[n] = (k + 1, node.pattern);
                n += 1;
            }
        }
        ends[..n].iter().rev().copied().find(|&(l, p)| accept(l, p))
    }
}

/// A byte as the trie reads it: ASCII-lowercased, and a hyphen as a space,
/// since names are written both ways ("Deir-ez-Zor" / "Deir ez-Zor",
/// "Cuvette Ouest" / "Cuvette-Ouest", "Kaga Bandoro").
fn trie_byte(b: u8) -> u8 {
    if b == b'-' {
        b' '
    } else {
        b.to_ascii_lowercase()
    }
}

/// A form as the trie stores it (see [`trie_byte`]).
fn trie_key(form: &str) -> Vec<u8> {
    form.bytes().map(trie_byte).collect()
}

/// Longest match of the anchored DFA `a` at the start of `bytes`:
/// (length, pattern).
fn longest(a: &dfa::DFA, bytes: &[u8]) -> Option<(usize, u32)> {
    let mut sid = a.start_state(Anchored::Yes).ok()?;
    let mut last = None;
    for (k, &b) in bytes.iter().enumerate() {
        sid = a.next_state(Anchored::Yes, sid, b);
        if a.is_special(sid) {
            if a.is_dead(sid) {
                break;
            }
            if a.is_match(sid) {
                let pid = a.match_pattern(sid, 0);
                if a.pattern_len(pid) == k + 1 {
                    last = Some((k + 1, pid.as_u32()));
                }
            }
        }
    }
    last
}

pub(crate) struct Matcher<T> {
    ac: Auto,
    payloads: Vec<Vec<(T, CaseRule)>>,
    /// First words (hashed, ASCII-lowercased) of every form, and of the
    /// forms that may start with a lowercase letter: a word start is only
    /// searched when its word is a first word for its case.
    words: WordSet,
    lower_words: WordSet,
}

/// ASCII letters and digits, lowercased; 0 for every other ASCII byte.
static WORD_BYTES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// `c.is_alphanumeric()`, with the accented Latin letters (U+00C0 to
/// U+024F, all letters but × and ÷) and the general punctuation (U+2000 to
/// U+206F: quotes, dashes, spaces; none a letter) answered without the
/// Unicode tables.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else if ('\u{2000}'..='\u{206f}').contains(&c) {
        false
    } else {
        c.is_alphanumeric()
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a hash of the first word of `s` (its leading alphanumeric run),
/// ASCII-lowercased, and the word's byte length. (Inlined: it runs once a
/// word; a word with a non-ASCII character goes on in [`word_hash_rest`].)
#[inline]
fn first_word_hash(s: &str) -> (u64, usize) {
    let mut h = FNV_OFFSET;
    let bytes = s.as_bytes();
    // ASCII fast path, one table lookup a byte
    let mut len = 0;
    while let Some(&b) = bytes.get(len) {
        if b >= 0x80 {
            return word_hash_rest(s, h, len);
        }
        let v = WORD_BYTES[usize::from(b)];
        if v == 0 {
            break;
        }
        h = (h ^ u64::from(v)).wrapping_mul(FNV_PRIME);
        len += 1;
    }
    (h | 1, len)
}

/// [`first_word_hash`] from byte `len` on, where a non-ASCII character is:
/// the word runs to the first character that is no letter or digit, and its
/// bytes are hashed as they are (only ASCII ones have a lower case to take).
#[cold]
fn word_hash_rest(s: &str, mut h: u64, len: usize) -> (u64, usize) {
    let rest = &s[len..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(rest.len(), |(k, _)| k);
    for &b in &rest.as_bytes()[..end] {
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
    }
    (h | 1, len + end)
}

/// A set of word hashes (open addressing; a collision only costs a search).
struct WordSet {
    table: Vec<u64>,
    len: usize,
}

impl WordSet {
    fn new() -> Self {
        WordSet {
            table: vec![0; 1024],
            len: 0,
        }
    }
    fn insert(&mut self, h: u64) {
        if (self.len + 1) * 2 > self.table.len() {
            let bigger = vec![0; self.table.len() * 2];
            let old = std::mem::replace(&mut self.table, bigger);
            self.len = 0;
            for x in old.into_iter().filter(|&x| x != 0) {
                self.insert(x);
            }
        }
        let mask = self.table.len() - 1;
        let mut k = (h >> 7) as usize & mask;
        loop {
            match self.table[k] {
                0 => {
                    self.table[k] = h;
                    self.len += 1;
                    return;
                }
                x if x == h => return,
                _ => k = (k + 1) & mask,
            }
        }
    }
    fn contains(&self, h: u64) -> bool {
        let mask = self.table.len() - 1;
        let mut k = (h >> 7) as usize & mask;
        loop {
            match self.table[k] {
                0 => return false,
                x if x == h => return true,
                _ => k = (k + 1) & mask,
            }
        }
    }
}

/// Collects forms before the automaton is built; forms that differ only in
/// ASCII case share one pattern.
pub(crate) struct MatcherBuilder<T> {
    words: WordSet,
    lower_words: WordSet,
    index: HashMap<String, usize>,
    patterns: Vec<String>,
    payloads: Vec<Vec<(T, CaseRule)>>,
}

impl<T: Clone + PartialEq> MatcherBuilder<T> {
    pub(crate) fn new() -> Self {
        MatcherBuilder {
            words: WordSet::new(),
            lower_words: WordSet::new(),
            index: HashMap::new(),
            patterns: Vec::new(),
            payloads: Vec::new(),
        }
    }

    /// Adds a form; "'" forms are also added with the typographic "’".
    pub(crate) fn add(&mut self, form: &str, payload: T) {
        let form = form.trim();
        // (one letter is no name, but "M." is a title)
        let letters = form.chars().filter(|c| c.is_alphanumeric()).count();
        if letters == 0 || (letters == 1 && !form.ends_with('.')) {
            return;
        }
        self.add_one(form, payload.clone());
        if form.contains('\'') {
            self.add_one(&form.replace('\'', "\u{2019}"), payload);
        }
    }

    pub(crate) fn add_with_rule(&mut self, form: &str, payload: T, rule: CaseRule) {
        let upper_start = form.chars().next().is_some_and(char::is_uppercase);
        let (h, _) = first_word_hash(form);
        self.words.insert(h);
        if !(upper_start && matches!(rule, CaseRule::Exact(_) | CaseRule::Upper(0))) {
            self.lower_words.insert(h);
        }
        let key = form.to_ascii_lowercase();
        let i = *self.index.entry(key).or_insert_with(|| {
            self.patterns.push(form.to_string());
            self.payloads.push(Vec::new());
            self.patterns.len() - 1
        });
        if !self.payloads[i].iter().any(|(p, _)| *p == payload) {
            self.payloads[i].push((payload, rule));
        }
    }

    /// The forms added so far (one casing of each).
    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
    }

    fn add_one(&mut self, form: &str, payload: T) {
        let rule = CaseRule::for_form(form);
        self.add_with_rule(form, payload, rule);
    }

    pub(crate) fn build(self) -> Result<Matcher<T>, crate::Error> {
        let err = |e: aho_corasick::BuildError| crate::Error::Vocabulary {
            file: "schema".into(),
            line: 0,
            reason: format!("cannot build the matcher: {e}"),
        };
        if self.patterns.len() < 5_000 {
            let dfa = dfa::DFA::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .start_kind(StartKind::Anchored)
                .prefilter(false)
                .build(&self.patterns)
                .map_err(err)?;
            return Ok(Matcher {
                ac: Auto::Dfa(Box::new(dfa)),
                payloads: self.payloads,
                words: self.words,
                lower_words: self.lower_words,
            });
        }
        // forms the trie reads alike ("Deir ez-Zor", "Deir-ez-Zor") are one
        // pattern with the payloads of both
        let mut by_key: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut payloads: Vec<Vec<(T, CaseRule)>> = Vec::new();
        for (form, of_form) in self.patterns.into_iter().zip(self.payloads) {
            let k = *by_key.entry(trie_key(&form)).or_insert_with(|| {
                patterns.push(form);
                payloads.push(Vec::new());
                payloads.len() - 1
            });
            for (p, rule) in of_form {
                if !payloads[k].iter().any(|(q, _)| *q == p) {
                    payloads[k].push((p, rule));
                }
            }
        }
        Ok(Matcher {
            ac: Auto::Trie(Trie::new(&patterns)),
            payloads,
            words: self.words,
            lower_words: self.lower_words,
        })
    }
}

/// True when the characters around `start..end` are not alphanumeric.
pub(crate) fn at_word_boundary(hay: &str, start: usize, end: usize) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

impl<T> Matcher<T> {
    /// Finds all whole-word matches in `hay[from..to]`, leftmost-longest,
    /// by anchored searches at word starts only (capitalized words, plus the
    /// first words of forms that may start in lowercase). A match rejected by
    /// the boundary or case rules lets the scan go on at the next word.
    pub(crate) fn find(&self, hay: &str, from: usize, to: usize, out: &mut Vec<Hit>) {
        let bytes = hay.as_bytes();
        let mut prev_alnum = hay[..from]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let mut i = from;
        while i < to {
            let b = bytes[i];
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = hay[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            let alnum = if b < 0x80 {
                b.is_ascii_alphanumeric()
            } else {
                is_word_char(c)
            };
            if !alnum || prev_alnum {
                prev_alnum = alnum;
                i += len;
                continue;
            }
            prev_alnum = true;
            let w = &bytes[i..to];
            // hashing the word stays in cache; a walk into the automaton
            // tables mostly misses it
            let (h, wlen) = first_word_hash(&hay[i..to]);
            let words = if c.is_uppercase() {
                &self.words
            } else {
                &self.lower_words
            };
            if words.contains(h) {
                let found = match &self.ac {
                    Auto::Dfa(a) => longest(a, w),
                    Auto::Trie(a) => a.longest_where(w, |l, p| self.accepted(hay, i, i + l, p)),
                };
                if let Some((len, pattern)) = found {
                    let (mut s, mut e, mut pattern) = (i, i + len, pattern);
                    let mut ok = self.accepted(hay, s, e, pattern);
                    // a form that starts with a lower-case article ("el Valle")
                    // gives way to a longer one at the next word ("Valle del
                    // Cauca")
                    if ok && (!c.is_uppercase() || starts_with_article(&hay[s..e])) {
                        if let Some(sp) = hay[s..e].find(' ') {
                            let n = s + sp + 1;
                            let found = match &self.ac {
                                Auto::Dfa(a) => longest(a, &bytes[n..to]),
                                Auto::Trie(a) => a.longest_where(&bytes[n..to], |l, p| {
                                    self.accepted(hay, n, n + l, p)
                                }),
                            };
                            if let Some((l2, p2)) = found {
                                if n + l2 > e && self.accepted(hay, n, n + l2, p2) {
                                    (s, e, pattern) = (n, n + l2, p2);
                                    ok = true;
                                }
                            }
                        }
                    }
                    if ok {
                        out.push(Hit {
                            start: s,
                            end: e,
                            pattern,
                        });
                        i = e;
                        prev_alnum = hay[..e]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric);
                        continue;
                    }
                }
            }
            // no form starts inside this word
            i += wlen.max(len);
        }
    }

    /// Whether `hay[s..e]`, found for `pattern`, is a whole-word match that
    /// some payload's case rule accepts.
    fn accepted(&self, hay: &str, s: usize, e: usize, pattern: u32) -> bool {
        hay.is_char_boundary(e)
            && at_word_boundary(hay, s, e)
            && self.payloads[pattern as usize]
                .iter()
                .any(|(_, r)| r.accepts(hay, s, e))
    }

    /// The payloads of a hit whose case rule accepts the text.
    pub(crate) fn payloads<'a>(
        &'a self,
        hay: &'a str,
        hit: Hit,
    ) -> impl Iterator<Item = &'a T> + 'a {
        self.payloads[hit.pattern as usize]
            .iter()
            .filter(move |(_, r)| r.accepts(hay, hit.start, hit.end))
            .map(|(p, _)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_are_the_alphanumeric_ones() {
        for c in ('\u{0}'..='\u{2ff}')
            .chain('\u{2000}'..='\u{20ff}')
            .chain(['ア', '٣', 'ß', 'ǅ'])
        {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn m(forms: &[&str]) -> Matcher<usize> {
        let mut b = MatcherBuilder::new();
        for (i, f) in forms.iter().enumerate() {
            b.add(f, i);
        }
        b.build().unwrap()
    }

    fn spans(m: &Matcher<usize>, hay: &str) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        m.find(hay, 0, hay.len(), &mut out);
        out.iter()
            .map(|h| {
                (
                    hay[h.start..h.end].to_string(),
                    *m.payloads(hay, *h).next().unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn longest_match_and_word_boundaries() {
        let g = m(&["Sudan", "South Sudan", "Karabakh", "Nagorno-Karabakh"]);
        assert_eq!(
            spans(&g, "Refugees from South Sudan reached Sudan."),
            vec![("South Sudan".to_string(), 1), ("Sudan".to_string(), 0)]
        );
        assert_eq!(
            spans(&g, "in Nagorno-Karabakh"),
            vec![("Nagorno-Karabakh".to_string(), 3)]
        );
        assert!(spans(&g, "Sudanese and Sudanx").is_empty());
    }

    #[test]
    fn acronyms_match_exact_case_names_need_capitals() {
        let g = m(&["WHO", "World Health Organization", "Shusha", "civilians"]);
        assert_eq!(
            spans(&g, "those who fled; WHO said"),
            vec![("WHO".to_string(), 0)]
        );
        assert!(spans(&g, "shusha").is_empty());
        assert_eq!(spans(&g, "SHUSHA and Civilians").len(), 2);
        let h = m(&["Government of Azerbaijan"]);
        assert_eq!(spans(&h, "the government of Azerbaijan").len(), 1);
        assert!(spans(&h, "the government of azerbaijan").is_empty());
    }

    #[test]
    fn trie_finds_the_longest_prefix_form() {
        let forms: Vec<String> = [
            "Sudan",
            "South Sudan",
            "South",
            "Soudan",
            "s\u{e3}o tom\u{e9}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = Trie::new(&forms);
        assert_eq!(t.longest(b"SOUTH SUDAN's"), Some((11, 1)));
        assert_eq!(t.longest(b"South Africa"), Some((5, 2)));
        assert_eq!(t.longest(b"Sudanese"), Some((5, 0)));
        assert_eq!(t.longest(b"Soud"), None);
        assert_eq!(
            t.longest("S\u{e3}o Tom\u{e9} and".as_bytes()),
            Some((10, 4))
        );
        assert_eq!(t.longest(b"Sao Tome"), None);
    }

    #[test]
    fn trie_reads_a_hyphen_as_a_space_and_falls_back_to_shorter_forms() {
        let forms: Vec<String> = ["WHO", "WHO AFRO", "Cuvette-Ouest"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let t = Trie::new(&forms);
        assert_eq!(t.longest(b"Cuvette Ouest region"), Some((13, 2)));
        assert_eq!(t.longest(b"WHO-Afro"), Some((8, 1)));
        // the longest form refused ("WHO AFRO" wants its capitals): "WHO"
        assert_eq!(t.longest_where(b"WHO-Afro", |l, _| l < 8), Some((3, 0)));
        assert_eq!(t.longest_where(b"WHO-Afro", |_, _| false), None);
    }

    #[test]
    fn accents_fold_with_a_map_back_to_the_body() {
        assert!(fold_accents("Floods in Kelle").is_none());
        assert!(fold_accents("“quoted” – text").is_none());
        // accents in lower-case words only: nothing to look up
        assert!(fold_accents("les déplacés sont arrivés").is_none());
        let body = "À Kellé et Đà Nẵng, déplacés";
        let f = fold_accents(body).unwrap();
        assert_eq!(f.text, "A Kelle et Da Nang, déplacés");
        let span = |a: usize, b: usize| &body[f.to_body(a)..f.to_body(b)];
        let k = f.text.find("Kelle").unwrap();
        assert_eq!(span(k, k + 5), "Kellé");
        let d = f.text.find("Da Nang").unwrap();
        assert_eq!(span(d, d + 7), "Đà Nẵng");
        let e = f.text.find("et").unwrap();
        assert_eq!(span(e, e + 2), "et");
        assert_eq!(f.to_body(f.text.len()), body.len());
        // the changed letters of capitalised words: À, é, Đ, à, ẵ
        assert_eq!(f.capitals.len(), 5);
    }

    #[test]
    fn apostrophe_variants() {
        let g = m(&["Samaritan's Purse"]);
        assert_eq!(spans(&g, "Samaritan\u{2019}s Purse").len(), 1);
    }
}
