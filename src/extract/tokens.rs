//! Stage 3, extract: sentence tokens (words, numbers, punctuation) and
//! byte-to-character offset conversion.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (and digits mixed in), with inner apostrophes ("ICRC’s").
    Word,
    /// Digits, with inner "," or "." groups ("7,000", "1.5").
    Num,
    /// Any other non-space character.
    Punct,
}

/// A token: byte span into the body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// Splits `text[from..to]` into tokens (absolute byte offsets).
pub(crate) fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    out.clear();
    let s = &text[from..to];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            let mut word = false;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else if d == ',' || d == '.' || d == '\'' || d == '\u{2019}' {
                    // keep the separator only when a digit follows
                    let next = s[j + d.len_utf8()..].chars().next();
                    if next.is_some_and(|n| n.is_ascii_digit()) {
                        it.next();
                    } else {
                        break;
                    }
                } else if d.is_alphabetic() {
                    word = true;
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: from + i,
                end: from + end,
                kind: if word { TokKind::Word } else { TokKind::Num },
            });
        } else if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut digit_end = false;
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    digit_end = d.is_ascii_digit();
                    it.next();
                } else if d == '\'' || d == '\u{2019}' {
                    let next = s[j + d.len_utf8()..].chars().next();
                    if next.is_some_and(|n| n.is_alphabetic()) {
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: from + i,
                end: from
                    + if digit_end {
                        footnote_mark(&s[i..end]).map_or(end, |k| i + k)
                    } else {
                        end
                    },
                kind: TokKind::Word,
            });
        } else {
            out.push(Tok {
                start: from + i,
                end: from + i + c.len_utf8(),
                kind: TokKind::Punct,
            });
        }
    }
}

/// Where a footnote mark glued to a word begins ("personas3", "epizootias1",
/// "Kosovo12"): one or two digits after three or more letters, lower case
/// but for the first. The mark is no part of the word, and no number.
/// Acronyms and codes keep their digits ("H1N1", "COVID19", "km2", "G20"),
/// and so do digits with a leading zero ("pdm09": a footnote is never
/// numbered 0n) and the lower-case codes of `CODE_STEMS` ("Covid19",
/// "cVDPV2" written "cvdpv2", "cop23").
fn footnote_mark(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) || b[word.len() - digits] == b'0' {
        return None;
    }
    let letters = &word[..word.len() - digits];
    let mut chars = letters.chars();
    let first = chars.next()?;
    (first.is_alphabetic()
        && letters.chars().count() >= 3
        && chars.all(|c| c.is_alphabetic() && c.is_lowercase())
        && !CODE_STEMS.iter().any(|c| letters.eq_ignore_ascii_case(c)))
    .then_some(letters.len())
}

/// Codes that humanitarian text writes in lower case with a number glued
/// on: diseases and virus strains, conference and standard numbers.
const CODE_STEMS: &[&str] = &["covid", "cvdpv", "vdpv", "cop", "iso", "sars", "mers"];

/// Converts byte offsets of one text into character offsets; cheap for
/// ASCII text and for monotonic queries.
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    last_byte: usize,
    last_char: usize,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex {
            text,
            ascii: text.is_ascii(),
            last_byte: 0,
            last_char: 0,
        }
    }

    pub(crate) fn char_at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.last_byte {
            self.last_byte = 0;
            self.last_char = 0;
        }
        let n = self.text[self.last_byte..byte].chars().count();
        self.last_char += n;
        self.last_byte = byte;
        self.last_char
    }
}

/// `i`, or the nearest character boundary of `s` below it.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ends_with_ci(hay: &str, suffix: &str) -> bool {
    hay.len() >= suffix.len()
        && hay.is_char_boundary(hay.len() - suffix.len())
        && hay[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

pub(crate) fn starts_with_ci(hay: &str, prefix: &str) -> bool {
    hay.len() >= prefix.len()
        && hay.is_char_boundary(prefix.len())
        && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_numbers_and_words() {
        let t = "At least 7,000 people (1.5 million) fled Baku\u{2019}s 3rd area.";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &mut v);
        let words: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            words,
            vec![
                "At",
                "least",
                "7,000",
                "people",
                "(",
                "1.5",
                "million",
                ")",
                "fled",
                "Baku\u{2019}s",
                "3rd",
                "area",
                "."
            ]
        );
        assert_eq!(v[2].kind, TokKind::Num);
        assert_eq!(v[10].kind, TokKind::Word);
    }

    #[test]
    fn footnote_marks_are_not_part_of_words() {
        let t = "murieron seis personas3 . Kosovo12, epizootias1; H1N1 COVID19 km2 pdm09x \
                 pdm09 Covid19 cvdpv2 Cop28 personas10";
        let mut v = Vec::new();
        tokenize(t, 0, t.len(), &mut v);
        let words: Vec<&str> = v.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            words,
            vec![
                "murieron",
                "seis",
                "personas",
                ".",
                "Kosovo",
                ",",
                "epizootias",
                ";",
                "H1N1",
                "COVID19",
                "km2",
                "pdm09x",
                "pdm09",
                "Covid19",
                "cvdpv2",
                "Cop28",
                "personas",
            ]
        );
    }

    #[test]
    fn char_offsets() {
        let t = "Stepanián said é";
        let mut c = CharIndex::new(t);
        assert_eq!(c.char_at(t.find("said").unwrap()), 10);
        assert_eq!(c.char_at(t.len()), 16);
        assert_eq!(c.char_at(0), 0);
    }
}
