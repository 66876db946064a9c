//! Stage 3, extract: normalized [`Text`] -> [`Extraction`] (actors, locations,
//! claims with counts and attribution), driven by the vocabularies in `schema/`.

use serde::{Deserialize, Serialize};

mod attribution;
mod claims;
mod cues;
mod engine;
mod gazetteer;
mod modality;
mod numbers;
mod orgs;
mod persons;
mod places;
mod speaker;
mod tokens;
pub mod vocab;

pub use vocab::lookup;

use crate::lang::Language;
use crate::normalize::Text;

/// Where a name occurs in the normalized body: character offsets (not bytes)
/// and the surface form as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The text as it appears in the normalized body.
    pub text: String,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The name is in the title: offsets are into the normalized title.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_title: bool,
}

/// Someone who acts or speaks in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name ("International Committee of the Red Cross").
    pub name: String,
    /// Facet path, `/<kind>/<short name>` ("/humanitarian/ICRC").
    pub facet: String,
    /// One of the design's actor kinds (humanitarian, government, military,
    /// police, authority, armed-group, civilians, person, other).
    pub kind: String,
    /// ISO3 of the state the actor belongs to, when it is a state actor.
    pub country: Option<String>,
    /// For a person: the facet of the organisation they speak for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Every place the actor is named.
    pub mentions: Vec<Mention>,
}

/// A place named in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Canonical name ("Shusha").
    pub name: String,
    /// Facet path `/<Country>/<region or admin1>/<place>`.
    pub facet: String,
    /// ISO 3166 alpha-3 code of the country.
    pub iso3: String,
    /// country | region | admin1 | admin2 | place
    pub kind: String,
    /// Latitude, when the gazetteer has one.
    pub lat: Option<f64>,
    /// Longitude, when the gazetteer has one.
    pub lon: Option<f64>,
    /// Every place the location is named.
    pub mentions: Vec<Mention>,
}

/// One claim made in one sentence: what, how many, and who says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Claim type from the taxonomy ("casualties/killed").
    #[serde(rename = "type")]
    pub kind: String,
    /// The number claimed, if any ("7,000" -> 7000, "two" -> 2).
    pub count: Option<u64>,
    /// "at least", "more than", "about", "up to"... when present.
    pub qualifier: Option<String>,
    /// Who the count is about ("people", "civilians", "soldiers").
    pub subject: Option<String>,
    /// Facet of the actor who makes the claim; `None` in the report's own voice.
    pub by: Option<String>,
    /// Facet of the location the claim is about, when the sentence names one.
    pub location: Option<String>,
    /// The sentence behind the claim.
    pub sentence: String,
    /// Character offset of the sentence start in the normalized body.
    pub start: usize,
    /// Character offset of the sentence end.
    pub end: usize,
    /// A projection, plan, risk or hypothetical, not a fact ("could displace
    /// up to 10,000", "is expected to"); written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub projection: bool,
}

/// Everything extracted from one report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Actors, each once, with all mentions.
    pub actors: Vec<Actor>,
    /// Locations, each once, with all mentions.
    pub locations: Vec<Location>,
    /// Claims in body order.
    pub claims: Vec<Claim>,
}

/// The extraction machinery, built once from the vocabularies and shared by
/// all threads.
pub struct Extractor {
    engine: engine::Engine,
}

impl Extractor {
    /// Builds the extractor from the vocabularies compiled into the binary.
    pub fn new() -> Result<Extractor, crate::Error> {
        Ok(Extractor {
            engine: engine::Engine::new()?,
        })
    }

    /// Extracts actors, locations and claims from one normalized report.
    /// Names in the title count too ("Yemen: Al Bayda, Al Jawf - IDP
    /// sites"): its actors and locations join the body's, their mentions
    /// marked `in_title`.
    pub fn extract(&self, text: &Text, language: Language) -> Extraction {
        let mut ex = self.engine.extract(text, language);
        if text.title.trim().is_empty() {
            return ex;
        }
        let title = Text {
            title: String::new(),
            body: text.title.clone(),
            sentences: std::iter::once(0..text.title.len()).collect(),
        };
        let t = self.engine.extract(&title, language);
        let mark = |mut m: Vec<Mention>| {
            for x in &mut m {
                x.in_title = true;
            }
            m
        };
        for a in t.actors {
            let same = |x: &&mut Actor| {
                x.facet == a.facet
                    || (x.kind == "person"
                        && a.kind == "person"
                        && engine::person_key(&x.name) == engine::person_key(&a.name))
            };
            match ex.actors.iter_mut().find(same) {
                Some(x) => x.mentions.extend(mark(a.mentions)),
                None => ex.actors.push(Actor {
                    mentions: mark(a.mentions),
                    ..a
                }),
            }
        }
        for l in t.locations {
            match ex.locations.iter_mut().find(|x| x.facet == l.facet) {
                Some(x) => x.mentions.extend(mark(l.mentions)),
                None => ex.locations.push(Location {
                    mentions: mark(l.mentions),
                    ..l
                }),
            }
        }
        ex
    }
}

#[cfg(test)]
mod tests;
