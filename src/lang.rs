//! Languages: the report languages reliefdex knows rules and stemmers for.

use serde::{Deserialize, Serialize};

/// A report's language, as far as reliefdex cares: English, French and
/// Spanish have their own stemmers and extraction triggers; anything else is
/// indexed without stemming.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (the default when a record says nothing).
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Any other language: no stemming, English-agnostic rules only.
    Other,
}

impl Language {
    /// All languages, in the order their index fields are declared.
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Es, Language::Other];

    /// Reads an ISO 639-1 code or an English language name ("fr", "French",
    /// "es-ES"). Unknown values map to [`Language::Other`].
    pub fn from_code(code: &str) -> Language {
        let c = code.trim().to_ascii_lowercase();
        let head = c.split(['-', '_']).next().unwrap_or("");
        match head {
            "en" | "eng" | "english" => Language::En,
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Language::Fr,
            "es" | "spa" | "spanish" | "español" | "espanol" => Language::Es,
            _ => Language::Other,
        }
    }

    /// The short code used in facets, field names and JSON.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Other => "xx",
        }
    }

    /// Guesses English, French or Spanish from function-word frequencies in
    /// the first few kilobytes; used when a record carries no language.
    pub fn detect(text: &str) -> Language {
        let score = Self::scores(text);
        let best = (0..3).max_by_key(|&i| score[i]).unwrap_or(0);
        if score[best] == 0 {
            return Language::En;
        }
        [Language::En, Language::Fr, Language::Es][best]
    }

    /// English, French or Spanish when the text leaves no doubt (at least 20
    /// function words, three times as many as the runner-up's); used to
    /// correct a record's declared language ("fr" on an English bulletin).
    pub fn detect_strong(text: &str) -> Option<Language> {
        let score = Self::scores(text);
        let best = (0..3).max_by_key(|&i| score[i])?;
        let second = (0..3).filter(|&i| i != best).map(|i| score[i]).max()?;
        (score[best] >= 20 && score[best] >= 3 * second)
            .then(|| [Language::En, Language::Fr, Language::Es][best])
    }

    fn scores(text: &str) -> [usize; 3] {
        let mut score = [0usize; 3];
        let sample = match text.char_indices().nth(4000) {
            Some((i, _)) => &text[..i],
            None => text,
        };
        let mut buf = [0u8; 4];
        for w in sample.split(|c: char| !c.is_alphabetic()) {
            // function words are short ASCII: lowercase them without allocating
            if w.is_empty() || w.len() > 4 || !w.is_ascii() {
                continue;
            }
            let low = &mut buf[..w.len()];
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            match &*low {
                b"the" | b"and" | b"of" | b"to" | b"in" | b"is" | b"were" | b"with" | b"have" => {
                    score[0] += 1
                }
                b"le" | b"les" | b"des" | b"et" | b"du" | b"une" | b"est" | b"dans" | b"sont"
                | b"pour" => score[1] += 1,
                b"el" | b"los" | b"las" | b"y" | b"del" | b"una" | b"es" | b"en" | b"por"
                | b"con" | b"que" => score[2] += 1,
                _ => {}
            }
        }
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_detection_needs_a_clear_margin() {
        let en = "The storm hit the coast and the people in the camps were moved to the schools \
                  with the help of the army and the Red Cross, and the roads to the north of the \
                  island were closed to the traffic of the trucks in the region of the river.";
        assert_eq!(Language::detect_strong(en), Some(Language::En));
        assert_eq!(Language::detect_strong("Le HCR et les partenaires"), None);
    }

    #[test]
    fn codes_and_detection() {
        assert_eq!(Language::from_code("FR"), Language::Fr);
        assert_eq!(Language::from_code("es-ES"), Language::Es);
        assert_eq!(Language::from_code("ar"), Language::Other);
        assert_eq!(
            Language::detect("Les personnes déplacées sont dans les camps et les écoles"),
            Language::Fr
        );
        assert_eq!(
            Language::detect("Los desplazados están en las escuelas y los albergues del norte"),
            Language::Es
        );
        assert_eq!(
            Language::detect("The people were displaced to the north of the country"),
            Language::En
        );
    }
}
