//! Stage 2, normalize: raw title/body -> [`Text`] (NFC, mojibake repaired,
//! Markdown/HTML markup stripped, whitespace tidied, sentence boundaries).
//!
//! Everything downstream (extraction offsets, snippets, `show`) refers to the
//! normalized body this module produces, so it is also what the index stores.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// How the raw body is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// Plain text.
    Plain,
    /// Markdown (ReliefWeb bodies keep theirs).
    Markdown,
    /// HTML (ReliefWeb `body-html`, `.html` files).
    Html,
}

/// A report's text after normalization; every offset the extractor emits
/// points into `body`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    /// Normalized title.
    pub title: String,
    /// Normalized body: NFC, mojibake repaired, markup stripped.
    pub body: String,
    /// Sentences as byte ranges into `body`, in order, trimmed.
    pub sentences: Vec<Range<usize>>,
}

/// Normalizes one report.
pub fn normalize(title: &str, body: &str, markup: Markup) -> Text {
    let stripped = match markup {
        Markup::Plain => body.to_string(),
        Markup::Markdown => strip_markdown(body),
        Markup::Html => strip_html(body),
    };
    let body = tidy_whitespace(&clean_str(&stripped));
    let title = tidy_whitespace(&clean_str(&strip_markdown(title)))
        .replace('\n', " ")
        .trim()
        .to_string();
    let sentences = sentences(&body);
    Text {
        title,
        body,
        sentences,
    }
}

/// NFC + mojibake repair of a short string (titles, names, metadata).
pub fn clean_str(s: &str) -> String {
    let repaired = repair_mojibake(s);
    if unicode_normalization::is_nfc_quick(repaired.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        repaired
    } else {
        repaired.nfc().collect()
    }
}

/// Lowercase, accents folded, hyphens and underscores as spaces, curly and
/// modifier apostrophes as `'`: how facet names are compared ("Sud-Est",
/// "sud est"; "Cox’s Bazar", "Cox's Bazar").
pub fn fold_name(s: &str) -> String {
    let map = |c: char| match c {
        '-' | '_' => ' ',
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' => '\'',
        c => c,
    };
    if s.is_ascii() {
        return s.chars().map(|c| map(c.to_ascii_lowercase())).collect();
    }
    s.chars()
        .map(|c| unaccented_letter(c).unwrap_or(c))
        .collect::<String>()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(map)
        .collect()
}

/// The plain letter of a letter whose stroke or dot is no combining mark,
/// so canonical decomposition leaves it ("Đà Nẵng", "Łódź", "Tromsø").
pub(crate) fn unaccented_letter(c: char) -> Option<char> {
    Some(match c {
        'ø' => 'o',
        'Ø' => 'O',
        'ł' => 'l',
        'Ł' => 'L',
        'đ' => 'd',
        'Đ' => 'D',
        'ı' => 'i',
        _ => return None,
    })
}

/// The first sentence of a text, used as a title when a record has none.
pub fn first_sentence(body: &str, max_chars: usize) -> String {
    let first = body
        .split_sentence_bounds()
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let mut out: String = first.chars().take(max_chars).collect();
    if first.chars().count() > max_chars {
        out.push('…');
    }
    out
}

/// Sentence byte ranges of `body`: UAX #29 sentence bounds, trimmed, with
/// line breaks as hard boundaries (headings and list items are sentences).
///
/// UAX #29 always breaks after a line feed and never before one, so each line
/// is split on its own: a line of ASCII and common Latin-script characters
/// by [`sentence_ends`] (the same rules over those characters' classes; tests
/// check they agree with unicode-segmentation), any other line by
/// unicode-segmentation.
fn sentences(body: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut classes: Vec<Sb> = Vec::new();
    let mut offsets: Vec<usize> = Vec::new();
    for line in body.split('\n') {
        let known = if line.is_ascii() {
            if line.contains('\r') {
                None
            } else {
                classes.clear();
                classes.extend(line.bytes().map(sb));
                Some(false)
            }
        } else {
            classes.clear();
            offsets.clear();
            let mut all = true;
            for (i, c) in line.char_indices() {
                match sb_char(c) {
                    Some(k) => {
                        classes.push(k);
                        offsets.push(i);
                    }
                    None => {
                        all = false;
                        break;
                    }
                }
            }
            offsets.push(line.len());
            all.then_some(true)
        };
        match known {
            Some(by_char) => {
                let mut start = 0;
                for end in sentence_ends(&classes) {
                    let end = if by_char { offsets[end] } else { end };
                    push_trimmed(&mut out, line_start + start, &line[start..end]);
                    start = end;
                }
                push_trimmed(&mut out, line_start + start, &line[start..]);
            }
            None => {
                for (start, s) in line.split_sentence_bound_indices() {
                    push_trimmed(&mut out, line_start + start, s);
                }
            }
        }
        line_start += line.len() + 1;
    }
    merge_after_abbreviations(body, &mut out);
    split_after_footnotes(body, &mut out);
    out
}

/// Splits a sentence where a footnote mark follows its period and the next
/// sentence opens ("... almost half of whom were children.2 According to the
/// Coast Guard, ..."): UAX #29 reads ".2" as a number and goes on. The mark
/// is in neither sentence (it is no count): a period after three or more
/// lowercase letters, one or two digits, a space, an uppercase letter.
fn split_after_footnotes(body: &str, out: &mut Vec<Range<usize>>) {
    if !out
        .iter()
        .any(|r| footnote_break(&body[r.clone()]).is_some())
    {
        return;
    }
    let mut split: Vec<Range<usize>> = Vec::with_capacity(out.len() + 1);
    for r in out.drain(..) {
        let mut start = r.start;
        while let Some((period, k)) = footnote_break(&body[start..r.end]) {
            split.push(start..start + period + 1);
            start += k + 1;
        }
        split.push(start..r.end);
    }
    *out = split;
}

/// The first period in `s` with a footnote mark after it and a new sentence
/// after that (see [`split_after_footnotes`]), and where the mark ends.
fn footnote_break(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    memchr::memchr_iter(b'.', b).find_map(|p| {
        let digits = b[p + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let after = p + 1 + digits;
        let lower = s[..p]
            .chars()
            .rev()
            .take_while(|c| c.is_lowercase())
            .count();
        ((1..=2).contains(&digits)
            && lower >= 3
            && b.get(after) == Some(&b' ')
            && s[after + 1..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase))
        .then_some((p, after))
    })
}

/// Titles and abbreviations after which UAX #29 breaks a sentence that goes
/// on ("Mr. António Guterres said", "Dr. Jane Doe visited", "No. 5").
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Rev.",
    "Hon.", "Amb.", "No.", "Nos.", "Art.", "Fig.", "Vol.", "vs.", "approx.", "M.", "Mme.", "Mlle.",
    "Me.", "Sr.", "Sra.", "Srta.", "Dña.", "Ing.", "Lic.",
];

/// Joins a sentence that ends with a title or abbreviation to the next one
/// on the same line.
fn merge_after_abbreviations(body: &str, out: &mut Vec<Range<usize>>) {
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out.drain(..) {
        if let Some(prev) = merged.last_mut() {
            let text = &body[prev.clone()];
            let same_line = !body[prev.end..r.start].contains('\n');
            let ends_abbrev = ABBREVIATIONS.iter().any(|a| {
                text.ends_with(a)
                    && !text[..text.len() - a.len()]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
            });
            if same_line && (ends_abbrev || ends_initial(text, &body[r.clone()])) {
                prev.end = r.end;
                continue;
            }
        }
        merged.push(r);
    }
    *out = merged;
}

/// Whether a sentence ends with a given name and a middle initial and the
/// next goes on with the surname ("Daniel V. | Speckhard said", "Francisco
/// T. | Duque III"), not with a word that opens sentences ("Zone B. | The").
fn ends_initial(text: &str, next: &str) -> bool {
    let Some(head) = text.strip_suffix('.') else {
        return false;
    };
    let mut words = head.rsplit(' ');
    let initial = words.next().unwrap_or("");
    let given = words.next().unwrap_or("");
    let surname = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    initial.len() == 1
        && initial.chars().all(|c| c.is_ascii_uppercase())
        && given.chars().next().is_some_and(char::is_uppercase)
        && given.chars().skip(1).all(char::is_lowercase)
        && given.len() > 1
        && surname.chars().next().is_some_and(char::is_uppercase)
        && surname.chars().skip(1).any(char::is_lowercase)
        && !SENTENCE_OPENERS.contains(&surname)
        && !is_lettered(given)
}

/// Whether a capital letter after `word` numbers it ("Area C.", "Zone B.")
/// rather than being a person's middle initial.
pub(crate) fn is_lettered(word: &str) -> bool {
    LETTERED.contains(&word)
}

/// Words a capital letter numbers rather than a given name ("Area C.",
/// "Zone B.", "Phase A.").
const LETTERED: &[&str] = &[
    "Area",
    "Zone",
    "Sector",
    "Block",
    "Phase",
    "Annex",
    "Camp",
    "Site",
    "Unit",
    "Plan",
    "Option",
    "Group",
    "Team",
    "Level",
    "Grade",
    "Category",
    "Type",
    "Class",
    "Section",
    "Part",
    "Chapter",
    "Appendix",
    "Table",
    "Figure",
    "Box",
    "Item",
    "Point",
    "Route",
    "Road",
    "Gate",
    "Ward",
    "Village",
    "Round",
    "Person",
    "Patient",
    "Case",
    "Vitamin",
    "Hepatitis",
    "Influenza",
    "Strain",
    "Schedule",
    "Article",
];

/// Words that open a sentence more often than they are a surname.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "This", "That", "These", "Those", "In", "On", "At", "A", "An", "It", "He", "She",
    "They", "We", "There", "As", "For", "By", "With", "From", "After", "Since", "However", "Le",
    "La", "Les", "El", "Los", "Las", "Il", "Elle", "Ils", "Según", "Selon", "En", "Un", "Une",
    "Una",
];

fn push_trimmed(out: &mut Vec<Range<usize>>, start: usize, s: &str) {
    let t = s.trim();
    if !t.is_empty() {
        let begin = start + (s.len() - s.trim_start().len());
        out.push(begin..begin + t.len());
    }
}

/// UAX #29 sentence classes of ASCII characters (no CR/LF here).
#[derive(Clone, Copy, PartialEq)]
enum Sb {
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

fn sb(b: u8) -> Sb {
    match b {
        b' ' | b'\t' | b'\x0b' | b'\x0c' => Sb::Sp,
        b'a'..=b'z' => Sb::Lower,
        b'A'..=b'Z' => Sb::Upper,
        b'0'..=b'9' => Sb::Numeric,
        b'.' => Sb::ATerm,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        _ => Sb::Other,
    }
}

/// The UAX #29 sentence class of a common non-ASCII character of Latin
/// script text; None for any other (the line then goes to
/// unicode-segmentation).
fn sb_char(c: char) -> Option<Sb> {
    if c.is_ascii() {
        return match c {
            '\r' | '\n' => None,
            _ => Some(sb(c as u8)),
        };
    }
    match c {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Some(Sb::Sp),
        '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => Some(Sb::Close),
        '\u{2013}' | '\u{2014}' => Some(Sb::SContinue),
        // Latin letters with a case (not ª º, not titlecase digraphs).
        '\u{c0}'..='\u{24f}' if c.is_lowercase() => Some(Sb::Lower),
        '\u{c0}'..='\u{24f}' if c.is_uppercase() => Some(Sb::Upper),
        '\u{b0}' | '\u{20ac}' | '\u{a3}' | '\u{a7}' | '\u{d7}' | '\u{f7}' | '\u{2022}' => {
            Some(Sb::Other)
        }
        _ => None,
    }
}

/// Indices (into `line`'s classes) where sentences break inside one line
/// without CR or LF, by rules SB6–SB11 of UAX #29: a break follows a
/// terminator, its closing punctuation and spaces, unless a digit, a
/// lowercase word or a continuation comes next, or the period sits inside an
/// abbreviation.
fn sentence_ends(line: &[Sb]) -> Vec<usize> {
    let mut ends = Vec::new();
    for i in 0..line.len() {
        let term = line[i];
        if !matches!(term, Sb::ATerm | Sb::STerm) {
            continue;
        }
        let mut j = i + 1;
        while j < line.len() && line[j] == Sb::Close {
            j += 1;
        }
        while j < line.len() && line[j] == Sb::Sp {
            j += 1;
        }
        if j == line.len() {
            continue; // the line ends the sentence anyway
        }
        let next = line[j];
        if term == Sb::ATerm {
            // SB6: "3.5"; SB7: "U.S." before an uppercase letter.
            if j == i + 1 && next == Sb::Numeric {
                continue;
            }
            let before = i.checked_sub(1).map(|k| line[k]);
            if j == i + 1 && next == Sb::Upper && matches!(before, Some(Sb::Upper | Sb::Lower)) {
                continue;
            }
            // SB8: a lowercase letter comes before any letter or terminator.
            let first = line[j..]
                .iter()
                .find(|c| matches!(c, Sb::Lower | Sb::Upper | Sb::ATerm | Sb::STerm));
            if first == Some(&Sb::Lower) {
                continue;
            }
        }
        // SB8a: a continuation or another terminator follows.
        if matches!(next, Sb::SContinue | Sb::ATerm | Sb::STerm) {
            continue;
        }
        ends.push(j); // SB11
    }
    ends
}

/// Collapses horizontal whitespace, trims lines, keeps at most one blank
/// line; drops soft hyphens and zero-width spaces and writes the Unicode
/// hyphens (U+2010, non-breaking U+2011) as "-", so "Secretary\u{2011}General"
/// reads as the name it is.
fn tidy_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    // where the last line of `out` starts
    let mut prev_start = 0;
    let mut line_out = String::new();
    for line in s.split('\n') {
        tidy_line(line, &mut line_out);
        if line_out.is_empty() {
            blank_run += 1;
            continue;
        }
        let joined =
            !out.is_empty() && blank_run == 0 && hard_wrapped(&out[prev_start..], &line_out);
        if joined {
            out.push(' ');
        } else {
            if !out.is_empty() {
                out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
            }
            // (a joined line continues the last one)
            prev_start = out.len();
        }
        blank_run = 0;
        out.push_str(&line_out);
    }
    out
}

/// One line of [`tidy_whitespace`], into `out` (cleared first): runs of
/// white space as one space, none at the ends; controls, soft hyphens and
/// zero-width spaces dropped; the Unicode hyphens as "-".
fn tidy_line(line: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    let mut rest = line;
    while let Some(first) = rest.chars().next() {
        // a run of printable ASCII (no space, no control) is copied whole
        let run = rest
            .bytes()
            .position(|b| !(b'!'..=b'~').contains(&b))
            .unwrap_or(rest.len());
        if run > 0 {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        rest = &rest[first.len_utf8()..];
        let mut c = first;
        if c.is_whitespace() || c == '\u{feff}' {
            space = true;
        } else if c.is_control() || matches!(c, '\u{ad}' | '\u{200b}') {
            continue;
        } else {
            if matches!(c, '\u{2010}' | '\u{2011}') {
                c = '-';
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
}

/// Whether a line break only wraps a running sentence, as text extracted
/// from PDFs does ("... lancée par des hommes armés du\ngroupe anti-Balaka
/// contre ..."): a long line that does not end a sentence, followed by a
/// line that starts in lower case. Short lines are list items or headings.
fn hard_wrapped(prev: &str, next: &str) -> bool {
    prev.chars().count() >= 50
        && prev
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
        && next.chars().next().is_some_and(char::is_lowercase)
}

/// Code page 437 bytes 0x80..=0xFF, in order.
const CP437_HIGH: &str = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{a0}";

/// Windows-1252 bytes 0x80..=0x9F (undefined slots map to the C1 control
/// of the same value, as lenient decoders leave them).
const CP1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn cp437_byte(c: char) -> Option<u8> {
    CP437_HIGH
        .chars()
        .position(|x| x == c)
        .map(|i| 0x80 + i as u8)
}

/// Windows-1252, falling back to Latin-1 for the C1 range.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if let Some(i) = CP1252_80_9F.iter().position(|&x| x == c) {
        return Some(0x80 + i as u8);
    }
    if (0x80..=0x9F).contains(&u) {
        return Some(u as u8);
    }
    None
}

/// Repairs UTF-8 text that was decoded as CP437, Windows-1252 or Latin-1
/// (`Stepani├ín` -> `Stepanián`, `cafÃ©` -> `café`).
///
/// Every multi-byte UTF-8 sequence turns into a run of two to four non-ASCII
/// characters under those code pages, so each maximal non-ASCII run is mapped
/// back to bytes; the run is replaced only when those bytes are valid UTF-8
/// that decodes to fewer characters with no control characters. Correct text
/// almost never passes that test: a lone "é" is byte 0xE9, never valid UTF-8.
pub fn repair_mojibake(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.bytes().position(|b| !b.is_ascii()) {
        out.push_str(&rest[..pos]);
        let run_len = rest[pos..]
            .bytes()
            .position(|b| b.is_ascii())
            .unwrap_or(rest.len() - pos);
        let run = &rest[pos..pos + run_len];
        match decode_run(run) {
            Some(fixed) => out.push_str(&fixed),
            None => out.push_str(run),
        }
        rest = &rest[pos + run_len..];
    }
    out.push_str(rest);
    out
}

fn decode_run(run: &str) -> Option<String> {
    let n = run.chars().count();
    if n < 2 {
        return None;
    }
    for table in [cp437_byte as fn(char) -> Option<u8>, cp1252_byte] {
        let bytes: Option<Vec<u8>> = run.chars().map(table).collect();
        let Some(bytes) = bytes else { continue };
        if let Ok(decoded) = std::str::from_utf8(&bytes) {
            if decoded.chars().count() < n && !decoded.chars().any(char::is_control) {
                return Some(decoded.to_string());
            }
        }
    }
    None
}

/// Removes Markdown markup but keeps the words: emphasis, links, images,
/// headings, block quotes, list bullets, table pipes, code fences.
pub fn strip_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.lines() {
        let mut l = line.trim_start();
        if l.starts_with("```") || is_rule(l) {
            out.push('\n');
            continue;
        }
        l = l
            .trim_start_matches('#')
            .trim_start_matches('>')
            .trim_start();
        for bullet in ["- ", "* ", "+ ", "• ", "o ", "➢ "] {
            if let Some(r) = l.strip_prefix(bullet) {
                l = r;
                break;
            }
        }
        strip_inline_markdown(l, &mut out);
        out.push('\n');
    }
    out
}

fn is_rule(l: &str) -> bool {
    let t = l.trim();
    t.len() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '*' | '_' | ' ' | '|' | ':'))
}

fn strip_inline_markdown(l: &str, out: &mut String) {
    // (most lines have no markup character at all)
    if !l
        .bytes()
        .any(|b| matches!(b, b'*' | b'_' | b'!' | b'[' | b'|' | b'`' | b'\\'))
    {
        out.push_str(l);
        return;
    }
    let chars: Vec<char> = l.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '*' | '_' if is_emphasis(&chars, i) => {
                i += 1;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                i += 1;
            }
            '[' => {
                // [text](url) -> text ; [text] stays as text
                if let Some(close) = find_from(&chars, i + 1, ']') {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(paren) = find_from(&chars, close + 2, ')') {
                            let inner: String = chars[i + 1..close].iter().collect();
                            strip_inline_markdown(&inner, out);
                            i = paren + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
                i += 1;
            }
            '|' => {
                out.push(' ');
                i += 1;
            }
            '`' => {
                i += 1;
            }
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// `*`/`_` is markup when it touches a word on one side only, or is doubled.
fn is_emphasis(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let prev = if i > 0 { chars.get(i - 1) } else { None };
    let next = chars.get(i + 1);
    if next == Some(&c) || prev == Some(&c) {
        return true;
    }
    let word = |x: Option<&char>| x.is_some_and(|x| x.is_alphanumeric());
    // snake_case or 2*3 stay as they are.
    !(word(prev) && word(next))
}

fn find_from(chars: &[char], from: usize, target: char) -> Option<usize> {
    chars
        .get(from..)?
        .iter()
        .position(|&c| c == target)
        .map(|p| p + from)
}

/// Turns HTML into text: tags removed (block tags become line breaks),
/// `<script>`/`<style>` dropped, entities decoded.
pub fn strip_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = &after[..gt];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &after[gt + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}");
            match rest.to_ascii_lowercase().find(&close) {
                Some(p) => {
                    rest = &rest[p..];
                    if let Some(g) = rest.find('>') {
                        rest = &rest[g + 1..];
                    }
                }
                None => rest = "",
            }
            continue;
        }
        match name.as_str() {
            "br" | "li" | "tr" => out.push('\n'),
            "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "table"
            | "section" | "article" | "blockquote" | "header" | "footer" => out.push_str("\n\n"),
            "td" | "th" => out.push(' '),
            _ => {}
        }
    }
    out.push_str(rest);
    html_escape::decode_html_entities(&out).into_owned()
}

/// Converts a byte offset in `s` to a character offset.
pub fn char_offset(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_cp437_mojibake_from_the_seed() {
        assert_eq!(
            repair_mojibake("Gegham Stepani├ín, in"),
            "Gegham Stepanián, in"
        );
    }

    #[test]
    fn unicode_hyphens_and_invisible_breaks_are_tidied() {
        let t = normalize(
            "",
            "UN Secretary\u{2011}General Ant\u{f3}nio Guterres\u{2019} mes\u{ad}sage, \u{2010}x\u{200b}y",
            Markup::Plain,
        );
        assert_eq!(
            t.body,
            "UN Secretary-General António Guterres’ message, -xy"
        );
    }

    #[test]
    fn repairs_cp1252_and_latin1_mojibake() {
        assert_eq!(repair_mojibake("cafÃ© and Baku’s"), "café and Baku’s");
        assert_eq!(repair_mojibake("Bakuâ€™s"), "Baku’s");
        assert_eq!(repair_mojibake("dÃ©placÃ©s"), "déplacés");
    }

    #[test]
    fn leaves_correct_text_alone() {
        for s in [
            "Stepanián",
            "déplacés à Genève",
            "Şuşa Ağdərə",
            "Шуша",
            "naïve café",
            "±5 °C",
        ] {
            assert_eq!(repair_mojibake(s), s);
        }
    }

    #[test]
    fn hard_wrapped_lines_are_joined_lists_and_headings_are_not() {
        let body = "La MINUSCA condamne fermement l’attaque lancée par des hommes armés du\ngroupe anti-Balaka contre les soldats.\nStatus of IDPs Inside Evacuation Centers\nA total of 11,670 families or 53,448 persons are staying inside 365 evacuation\ncenters in Regions V and VIII.\nfood\nwater";
        let t = normalize("", body, Markup::Plain);
        assert_eq!(
            t.body,
            "La MINUSCA condamne fermement l’attaque lancée par des hommes armés du groupe anti-Balaka contre les soldats.\nStatus of IDPs Inside Evacuation Centers\nA total of 11,670 families or 53,448 persons are staying inside 365 evacuation centers in Regions V and VIII.\nfood\nwater"
        );
        assert_eq!(t.sentences.len(), 5);
    }

    #[test]
    fn strips_markdown_keeping_words() {
        let md = "## Overview\n\n**Bold** text with a [link](http://x.org) and *emphasis*.\n- item one\n| a | b |";
        let t = normalize("", md, Markup::Markdown);
        assert_eq!(
            t.body,
            "Overview\n\nBold text with a link and emphasis.\nitem one\na b"
        );
        assert!(strip_markdown("snake_case 2*3").contains("snake_case 2*3"));
    }

    #[test]
    fn strips_html_and_entities() {
        let html = "<p>FAST FACTS</p>\n<p>&bull; 14 confirmed cases &amp; nine deaths</p><script>x()</script>";
        let t = normalize("", html, Markup::Html);
        assert_eq!(t.body, "FAST FACTS\n\n• 14 confirmed cases & nine deaths");
    }

    /// The reference: UAX #29 over the whole text, trimmed.
    fn uax29_sentences(body: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for (start, s) in body.split_sentence_bound_indices() {
            push_trimmed(&mut out, start, s);
        }
        merge_after_abbreviations(body, &mut out);
        split_after_footnotes(body, &mut out);
        out
    }

    #[test]
    fn a_footnote_mark_after_a_period_ends_the_sentence() {
        let body = "Almost half were children.2 According to the Coast Guard, 52 died. Version 2.1 Beta is out. It rose 3.5 Percent.";
        let s: Vec<&str> = sentences(body).iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(
            s,
            [
                "Almost half were children.",
                "According to the Coast Guard, 52 died.",
                "Version 2.1 Beta is out.",
                "It rose 3.5 Percent."
            ]
        );
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let body = "Dr. Jane Doe visited the camp. Mr. António Guterres spoke.\nSee No.\n5 more.";
        let s: Vec<&str> = sentences(body).iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(
            s,
            [
                "Dr. Jane Doe visited the camp.",
                "Mr. António Guterres spoke.",
                "See No.",
                "5 more."
            ]
        );
    }

    #[test]
    fn a_middle_initial_does_not_end_a_sentence() {
        let body = "Daniel V. Speckhard said so. They moved to Zone B. The rest stayed.";
        let s: Vec<&str> = sentences(body).iter().map(|r| &body[r.clone()]).collect();
        assert_eq!(
            s,
            [
                "Daniel V. Speckhard said so.",
                "They moved to Zone B.",
                "The rest stayed."
            ]
        );
    }

    #[test]
    fn fast_sentences_equal_uax29_on_tricky_text() {
        for text in [
            "Floods hit the north. More later.",
            "The U.S. Army and the U.N. said so. Then e.g. this. 3.5 million.",
            "He said \"stop.\" Then left! Why? Because. (See above.) Next.",
            "a. b. C. d.E f.5 g. 5 h.) i .j ... ok?! no;. yes.- x., y",
            "End.\nNew line. Another.\n\n  Indented. line\r\nwith crlf. ok",
            "Mixed Ségou. Stepanián’s case. “Quoted.” Fin.",
            "",
            ".",
            "  .  ",
            "A.\t\x0bB.\x0c c",
        ] {
            assert_eq!(sentences(text), uax29_sentences(text), "{text:?}");
        }
    }

    /// `count` strings of at most `max_len - 1` characters of `alphabet`,
    /// from a deterministic xorshift generator started at `seed` (`step`
    /// varies the sequence between tests).
    fn generated(alphabet: &str, count: usize, max_len: u64, seed: u64, step: u64) -> Vec<String> {
        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut state = seed;
        (0..count)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..(state % max_len) {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    text.push(alphabet[(state % alphabet.len() as u64) as usize]);
                }
                state = state.wrapping_mul(0x2545_f491_4f6c_dd1d).wrapping_add(step);
                text
            })
            .collect()
    }

    /// A line tidied as `tidy_line` read before its ASCII fast path: one
    /// character at a time (the oracle of the test below).
    fn tidy_line_by_char(line: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for mut c in line.chars() {
            if c.is_whitespace() || c == '\u{feff}' {
                space = true;
            } else if c.is_control() || matches!(c, '\u{ad}' | '\u{200b}') {
                continue;
            } else {
                if matches!(c, '\u{2010}' | '\u{2011}') {
                    c = '-';
                }
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn tidy_line_equals_the_char_by_char_reading() {
        let alphabet =
            "ab Z5.,\t\r\x07\x7f~!é’\u{a0}\u{ad}\u{200b}\u{2010}\u{2011}\u{feff}\u{2003}";
        let mut out = String::new();
        for line in generated(alphabet, 50_000, 90, 0x2545_f491_4f6c_dd1d, 11) {
            tidy_line(&line, &mut out);
            assert_eq!(out, tidy_line_by_char(&line), "{line:?}");
        }
    }

    #[test]
    fn fast_sentences_equal_uax29_on_generated_text() {
        let alphabet = "aZ5 .!?\"')[,-;\n\tx éÉ’“»–—\u{a0}\u{202f}°ªǅ\u{ad}…";
        for text in generated(alphabet, 100_000, 16, 0x9e37_79b9_7f4a_7c15, 7) {
            assert_eq!(sentences(&text), uax29_sentences(&text), "{text:?}");
        }
    }

    #[test]
    fn fast_sentences_equal_uax29_on_the_sample_reports() {
        let sample = include_str!("../data/sample.jsonl");
        for line in sample.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let raw = v["body"].as_str().unwrap_or("");
            let tidy = normalize("", raw, Markup::Markdown).body;
            for text in [raw, tidy.as_str()] {
                assert_eq!(sentences(text), uax29_sentences(text), "{}", v["id"]);
            }
        }
    }

    #[test]
    fn nfc_and_sentences() {
        let t = normalize(
            "T",
            "Cafe\u{301} opened. It closed!\nHeading\nNext one.",
            Markup::Plain,
        );
        assert_eq!(t.body, "Café opened. It closed!\nHeading\nNext one.");
        let s: Vec<&str> = t.sentences.iter().map(|r| &t.body[r.clone()]).collect();
        assert_eq!(s, ["Café opened.", "It closed!", "Heading", "Next one."]);
    }

    #[test]
    fn first_sentence_as_title() {
        assert_eq!(
            first_sentence("Floods hit the north. More later.", 80),
            "Floods hit the north."
        );
        assert_eq!(first_sentence("abcdef", 3), "abc…");
    }
}
