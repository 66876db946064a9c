//! Stage 3, extract: tests of the extractor on the seed report and on one
//! rule at a time.
// One range is one sentence here, not a range to expand.
#![allow(clippy::single_range_in_vec_init)]

use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

use super::*;
use crate::normalize::Text;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().expect("vocabularies build"))
}

/// A `Text` with sentences split by UAX #29 (trimmed byte ranges).
fn text(body: &str) -> Text {
    let body = body.trim().to_string();
    let sentences = body
        .split_sentence_bound_indices()
        .filter_map(|(i, s)| {
            let lead = s.len() - s.trim_start().len();
            let t = s.trim();
            (!t.is_empty()).then(|| i + lead..i + lead + t.len())
        })
        .collect();
    Text {
        title: String::new(),
        body,
        sentences,
    }
}

fn run(body: &str) -> Extraction {
    extractor().extract(&text(body), Language::En)
}

fn actor<'a>(x: &'a Extraction, facet: &str) -> &'a Actor {
    x.actors
        .iter()
        .find(|a| a.facet == facet)
        .unwrap_or_else(|| {
            panic!(
                "actor {facet} not found in {:#?}",
                x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
            )
        })
}

fn location<'a>(x: &'a Extraction, facet: &str) -> &'a Location {
    x.locations
        .iter()
        .find(|l| l.facet == facet)
        .unwrap_or_else(|| {
            panic!(
                "location {facet} not found in {:#?}",
                x.locations.iter().map(|l| &l.facet).collect::<Vec<_>>()
            )
        })
}

fn has_claim(x: &Extraction, kind: &str, pred: impl Fn(&Claim) -> bool) -> bool {
    x.claims.iter().any(|c| c.kind == kind && pred(c))
}

fn claims_dump(x: &Extraction) -> String {
    x.claims
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {:?} {:?} by={:?} @{:?}\n",
                c.kind, c.count, c.qualifier, c.subject, c.by, c.location
            )
        })
        .collect()
}

#[test]
fn seed_report() {
    let body = include_str!("../../tests/fixtures/seed.txt");
    let t = text(body);
    let x = extractor().extract(&t, Language::En);
    let dump = claims_dump(&x);

    // actors
    assert_eq!(actor(&x, "/humanitarian/ICRC").kind, "humanitarian");
    actor(&x, "/government/Azerbaijan");
    actor(&x, "/government/Armenia");
    assert_eq!(actor(&x, "/authority/Nagorno-Karabakh").kind, "authority");
    assert_eq!(
        actor(&x, "/military/Azerbaijan").country.as_deref(),
        Some("AZE")
    );
    assert_eq!(
        actor(&x, "/military/Russia").country.as_deref(),
        Some("RUS")
    );
    let bauer = actor(&x, "/person/Ariane Bauer");
    assert_eq!(bauer.kind, "person");
    assert_eq!(bauer.organisation.as_deref(), Some("/humanitarian/ICRC"));
    actor(&x, "/person/Gegham Stepanián");

    // locations
    assert_eq!(location(&x, "/Azerbaijan/Nagorno-Karabakh").iso3, "AZE");
    location(&x, "/Azerbaijan/Nagorno-Karabakh/Shusha");
    let y = location(&x, "/Azerbaijan/Nagorno-Karabakh/Yeghtsahogh");
    assert_eq!(y.mentions[0].text, "Yeghtsahgoh");
    location(&x, "/Azerbaijan/Lachin corridor");
    assert_eq!(location(&x, "/Armenia").iso3, "ARM");
    location(&x, "/Azerbaijan");

    // mention offsets are character offsets into the body
    let chars: Vec<char> = t.body.chars().collect();
    for a in &x.actors {
        for m in &a.mentions {
            assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text);
        }
    }
    for c in &x.claims {
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.sentence);
    }

    // claims
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(27)
            && c.qualifier.as_deref() == Some("at least")
            && c.by.as_deref() == Some("/authority/Nagorno-Karabakh")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "casualties/injured", |c| c.count == Some(200)),
        "{dump}"
    );
    assert!(
        has_claim(&x, "displacement/evacuated", |c| c.count == Some(7000)),
        "{dump}"
    );
    assert!(
        has_claim(&x, "violence/property-destruction", |c| c
            .sentence
            .contains("school")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(2)
            && c.subject.as_deref() == Some("civilians")
            && c.by.as_deref() == Some("/government/Azerbaijan")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(4)
            && c.subject.as_deref() == Some("soldiers")
            && c.by.as_deref() == Some("/government/Azerbaijan")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "violence/explosive-landmine", |_| true),
        "{dump}"
    );
    assert!(
        has_claim(&x, "political/accusation", |c| c.by.as_deref()
            == Some("/government/Armenia")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "appeal/protection-of-civilians", |c| c.by.as_deref()
            == Some("/humanitarian/ICRC")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "response/readiness", |c| c.by.as_deref()
            == Some("/humanitarian/ICRC")),
        "{dump}"
    );
    assert!(
        has_claim(&x, "political/ceasefire-violation", |_| true),
        "{dump}"
    );
    assert!(has_claim(&x, "political/negotiation", |_| true), "{dump}");
    for bad in [2020, 1994, 16] {
        assert!(
            x.claims.iter().all(|c| c.count != Some(bad)),
            "count {bad} in\n{dump}"
        );
    }
    // the facets are valid tantivy facet paths
    for f in x
        .actors
        .iter()
        .map(|a| &a.facet)
        .chain(x.locations.iter().map(|l| &l.facet))
    {
        assert!(
            f.starts_with('/') && f[1..].split('/').all(|s| !s.is_empty()),
            "{f}"
        );
    }
}

#[test]
fn south_sudan_is_not_sudan() {
    let x = run("Refugees from South Sudan arrived in Sudan.");
    let facets: Vec<&str> = x.locations.iter().map(|l| l.facet.as_str()).collect();
    assert_eq!(facets, vec!["/South Sudan", "/Sudan"]);
    assert_eq!(x.locations[0].mentions.len(), 1);
}

#[test]
fn who_acronym_only_in_capitals() {
    let x = run("Those who fled were counted. WHO said cholera spread.");
    let who: Vec<&Actor> = x
        .actors
        .iter()
        .filter(|a| a.facet == "/humanitarian/WHO")
        .collect();
    assert_eq!(who.len(), 1);
    assert_eq!(who[0].mentions.len(), 1);
    assert_eq!(who[0].mentions[0].text, "WHO");
}

#[test]
fn place_names_need_a_capital() {
    let x = run("the shusha road");
    assert!(x.locations.is_empty());
}

#[test]
fn number_words_and_thousands() {
    let x = run("Floods displaced 7,000 people. Two children were killed. About 1.5 million people need food assistance.");
    let d = claims_dump(&x);
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(7000)),
        "{d}"
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(2)
            && c.subject.as_deref() == Some("children")),
        "{d}"
    );
    assert!(
        x.claims
            .iter()
            .any(|c| c.count == Some(1_500_000) && c.qualifier.as_deref() == Some("about")),
        "{d}"
    );
}

#[test]
fn years_and_units_are_not_counts() {
    let x = run(
        "In 2019 the floods killed people in 12 districts; in 2021, 45% of homes were destroyed.",
    );
    let d = claims_dump(&x);
    assert!(x.claims.iter().all(|c| c.count.is_none()), "{d}");
    assert!(has_claim(&x, "casualties/killed", |_| true), "{d}");
}

#[test]
fn counts_go_to_the_right_trigger() {
    let x = run("More than 30 people died and 120 were injured in the attack.");
    let d = claims_dump(&x);
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(30)
            && c.qualifier.as_deref() == Some("more than")),
        "{d}"
    );
    assert!(
        has_claim(&x, "casualties/injured", |c| c.count == Some(120)),
        "{d}"
    );
}

#[test]
fn attribution_according_to() {
    let x = run("According to OCHA, at least 12 civilians were killed in Darfur.");
    let d = claims_dump(&x);
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(12)
            && c.by.as_deref() == Some("/humanitarian/OCHA")
            && c.location.as_deref() == Some("/Sudan/Darfur")),
        "{d}"
    );
}

#[test]
fn report_in_own_voice_has_no_author() {
    let x = run("Heavy rains displaced 300 families in Haiti.");
    assert!(
        x.claims.iter().all(|c| c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn french_and_spanish_triggers() {
    let t = text("Selon le CICR, au moins 15 personnes ont été tuées et 40 blessés à Goma.");
    let x = extractor().extract(&t, Language::Fr);
    let d = claims_dump(&x);
    assert!(
        has_claim(&x, "casualties/injured", |c| c.count == Some(40)),
        "{d}"
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/ICRC")),
        "{d}"
    );
    let t = text("Según la Cruz Roja, 25 personas murieron y 3.000 fueron evacuadas.");
    let x = extractor().extract(&t, Language::Es);
    let d = claims_dump(&x);
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(25)),
        "{d}"
    );
}

#[test]
fn generic_army_resolves_to_country_in_sentence() {
    // the country of its sentence, else of its paragraph or report
    let x = run("In Sudan, the army shelled the town. The army is everywhere.\n\nIn Chad, the army closed the border.");
    let m = actor(&x, "/military/Sudan");
    assert_eq!(m.mentions.len(), 2);
    assert_eq!(actor(&x, "/military/Chad").mentions.len(), 1);
    // "army" as a word, not the army of a state
    let y = run("In Sudan, an army of volunteers helped.");
    assert!(
        !y.actors.iter().any(|a| a.facet == "/military/Sudan"),
        "{:?}",
        y.actors
    );
}

#[test]
fn person_with_title_and_organisation() {
    let x = run("UNICEF Representative Jane Mbeki said 40 children were injured.");
    let p = actor(&x, "/person/Jane Mbeki");
    assert_eq!(p.organisation.as_deref(), Some("/humanitarian/UNICEF"));
    assert!(has_claim(&x, "casualties/injured", |c| c.by.as_deref()
        == Some("/humanitarian/UNICEF")
        && c.count == Some(40)));
}

#[test]
fn extractor_is_send_sync_and_survives_odd_input() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Extractor>();
    let e = extractor();
    let odd = Text {
        title: String::new(),
        body: "é 12 ,, Mr. . WHO".to_string(),
        sentences: vec![0..1, std::ops::Range { start: 5, end: 3 }, 0..100, 1..2],
    };
    let _ = e.extract(&odd, Language::Other);
    let _ = e.extract(&Text::default(), Language::En);
}

/// Throughput and noise on real records: `cargo test --release -- --ignored corpus_sanity --nocapture`.
#[test]
#[ignore]
fn corpus_sanity() {
    use std::io::BufRead;
    let e = extractor();
    let dir = std::env::var("RELIEFDEX_CORPUS").unwrap_or_else(|_| "../shared/corpus".to_string());
    let mut texts = Vec::new();
    // RELIEFDEX_SANITY_ONE_RANGE=1: each body as one sentence (as the stub normalizer gives)
    let one_range = std::env::var("RELIEFDEX_SANITY_ONE_RANGE").is_ok();
    // RELIEFDEX_SANITY_DOCS: records per file (default 400)
    let per_file: usize = std::env::var("RELIEFDEX_SANITY_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let t_new = std::time::Instant::now();
    let _fresh = Extractor::new().unwrap();
    println!(
        "Extractor::new: {:.0} ms",
        t_new.elapsed().as_secs_f64() * 1e3
    );
    for f in [
        "reliefweb-2017.jsonl",
        "who-dons.jsonl",
        "reliefweb-2026.jsonl",
        "disaster-messages.jsonl",
    ] {
        let Ok(file) = std::fs::File::open(format!("{dir}/{f}")) else {
            continue;
        };
        for line in std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .take(per_file)
        {
            let v: serde_json::Value = match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            let body = v["body"].as_str().unwrap_or("").to_string();
            let lang = Language::from_code(v["language"].as_str().unwrap_or("en"));
            let mut t = text(&body);
            if one_range {
                t.sentences = vec![0..t.body.len()];
            }
            texts.push((t, lang));
        }
    }
    assert!(!texts.is_empty(), "no corpus at {dir}");
    let bytes: usize = texts.iter().map(|(t, _)| t.body.len()).sum();
    // steady-state throughput: RELIEFDEX_SANITY_REPEAT passes (default 1)
    let repeat: usize = std::env::var("RELIEFDEX_SANITY_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    // on-CPU time of this thread (Linux), robust to a loaded machine
    let cpu_ns = || -> Option<f64> {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        s.split_whitespace().next()?.parse().ok()
    };
    let c0 = cpu_ns();
    let t0 = std::time::Instant::now();
    for _ in 1..repeat {
        for (t, l) in &texts {
            std::hint::black_box(e.extract(t, *l));
        }
    }
    let bytes = bytes * repeat.max(1);
    let mut n = (0, 0, 0, 0);
    let mut facets: std::collections::HashMap<String, usize> = Default::default();
    let mut kinds: std::collections::HashMap<String, usize> = Default::default();
    for (t, l) in &texts {
        let x = e.extract(t, *l);
        n.0 += x.actors.len();
        n.1 += x.locations.len();
        n.2 += x.claims.len();
        n.3 += x.claims.iter().filter(|c| c.count.is_some()).count();
        for a in &x.actors {
            *facets.entry(a.facet.clone()).or_default() += 1;
        }
        for c in &x.claims {
            *kinds.entry(c.kind.clone()).or_default() += 1;
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    let cpu = cpu_ns().zip(c0).map(|(a, b)| (a - b) / 1e9);
    let texts_len = texts.len() * repeat.max(1);
    if let Some(cpu) = cpu {
        println!(
            "on-CPU {cpu:.2}s: {:.1} MB/s single-thread",
            bytes as f64 / 1e6 / cpu
        );
    }
    println!(
        "{} docs, {:.1} MB in {:.2}s wall: {:.1} MB/s; actors {} locations {} claims {} (with count {})",
        texts_len,
        bytes as f64 / 1e6,
        dt,
        bytes as f64 / 1e6 / dt,
        n.0,
        n.1,
        n.2,
        n.3
    );
    let mut top: Vec<_> = facets.into_iter().collect();
    top.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("top actors: {:?}", &top[..top.len().min(40)]);
    let mut top: Vec<_> = kinds.into_iter().collect();
    top.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("claim types: {top:?}");
}

/// Eyeballing aid: `RELIEFDEX_DUMP=file.jsonl cargo test --release -- --ignored corpus_dump --nocapture`.
#[test]
#[ignore]
fn corpus_dump() {
    use std::io::BufRead;
    let Ok(path) = std::env::var("RELIEFDEX_DUMP") else {
        return;
    };
    let skip: usize = std::env::var("RELIEFDEX_DUMP_SKIP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let file = std::fs::File::open(path).unwrap();
    for line in std::io::BufReader::new(file)
        .lines()
        .map_while(Result::ok)
        .skip(skip)
        .take(60)
    {
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let lang = Language::from_code(v["language"].as_str().unwrap_or("en"));
        let x = extractor().extract(&text(v["body"].as_str().unwrap_or("")), lang);
        println!("== {}", v["id"]);
        let a: Vec<String> = x
            .actors
            .iter()
            .map(|a| {
                format!(
                    "{}{}",
                    a.facet,
                    a.organisation
                        .as_ref()
                        .map(|o| format!("<{o}>"))
                        .unwrap_or_default()
                )
            })
            .collect();
        println!("A {}", a.join(" ; "));
        let l: Vec<String> = x
            .locations
            .iter()
            .map(|l| format!("{}[{}]", l.facet, l.mentions[0].text))
            .collect();
        println!("L {}", l.join(" ; "));
        for c in &x.claims {
            if c.count.is_some() || c.by.is_some() {
                let s: String = c.sentence.chars().take(160).collect();
                println!(
                    "C {} {:?} {:?} {:?} by={:?} | {}",
                    c.kind, c.count, c.qualifier, c.subject, c.by, s
                );
            }
        }
    }
}

#[test]
fn generated_state_actors_and_authorities() {
    let x = run(
        "The Ministry of Foreign Affairs of Armenia and Azerbaijan's government met. \
                 Azeri troops and Russian peacekeepers were deployed. \
                 In Abkhazia, the de facto authorities closed the crossing.",
    );
    actor(&x, "/government/Armenia");
    actor(&x, "/government/Azerbaijan");
    assert_eq!(
        actor(&x, "/military/Azerbaijan").mentions[0].text,
        "Azeri troops"
    );
    assert_eq!(
        actor(&x, "/military/Russia").mentions[0].text,
        "Russian peacekeepers"
    );
    let a = actor(&x, "/authority/Abkhazia");
    assert_eq!(a.kind, "authority");
    assert_eq!(a.country.as_deref(), Some("GEO"));
    let y = run("The authorities of the self-proclaimed republic of Transnistria said 12 people were injured.");
    assert!(
        has_claim(&y, "casualties/injured", |c| c.count == Some(12)
            && c.by.as_deref() == Some("/authority/Transnistria")),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn titles_and_pronouns() {
    let x = run("Dr. Amina Yusuf, WHO spokesperson, spoke in Geneva. She said 40 people had died of cholera.");
    actor(&x, "/person/Amina Yusuf");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(40)
            && c.by.as_deref().is_some_and(|b| b
                .starts_with("/person/Amina Yusuf")
                || b == "/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn universities_institutes_and_control_bodies_are_organisations() {
    let x = run("Researchers at Cornell University, the Kenya Medical Research Institute and the University of Ghana in Accra confirmed 30 cases.");
    actor(&x, "/other/Cornell University");
    actor(&x, "/humanitarian/Kenya Medical Research Institute");
    actor(&x, "/other/University of Ghana");
    // where it is stays a place
    location(&x, "/Ghana/Greater Accra/Accra");
    let x = extractor().extract(
        &text("La Defensoría del Pueblo alertó sobre el riesgo de 30 familias desplazadas."),
        Language::Es,
    );
    actor(&x, "/other/Defensoría del Pueblo");
}

#[test]
fn accented_names_find_the_vocabularys_plain_spelling() {
    // the vocabulary writes "Kelle", "Extreme-Nord" (an alias of Far
    // North); the text has accents
    let x = run("Floods hit Kellé, in Congo, and the Extrême-Nord region of Cameroon.");
    location(&x, "/Congo/Cuvette-Ouest/Kelle");
    location(&x, "/Cameroon/Far North");
    // never the other way round: "Para" is no "Pará"
    let x = extractor().extract(&text("Para ello, Brasil envió ayuda."), Language::Es);
    assert!(
        !x.locations.iter().any(|l| l.facet == "/Brazil/Pará"),
        "{:?}",
        x.locations
    );
    // a name found only without its accents is no country ("Indé" is a
    // municipality, "Inde" is India in French), and a state called so names
    // its country
    let x = extractor().extract(
        &text("Emergencia para los municipios de El Oro, Indé, Guanaceví y Nuevo Ideal del estado de Durango."),
        Language::Es,
    );
    assert!(
        !x.locations.iter().any(|l| l.facet == "/India"),
        "{:?}",
        x.locations
    );
    location(&x, "/Mexico/Durango");
    location(&x, "/Mexico/Durango/Guanacevi");
    // a hyphenated name is one word: its lower-case part is folded too
    let x = extractor().extract(
        &text("Haïti : les pluies ont touché Anse-à-Foleur dans le département du Sud."),
        Language::Fr,
    );
    location(&x, "/Haiti/Nord-Ouest/Anse-a-Foleur");
    // inside an organisation's name it is no place
    let x = run("Brazil asked the Rio de Janeiro branch of the Centro de Informações Estratégicas em Vigilância em Saúde (CIEVS) to report cases.");
    assert!(
        !x.locations.iter().any(|l| l.facet == "/Brazil/Bahia/Saude"),
        "{:?}",
        x.locations
    );
}

#[test]
fn a_definite_role_stands_for_the_person_who_holds_it() {
    // the role names a person introduced with it, not the last one named
    let x = run("The WHO Regional Director for Africa, Dr Luis Sambo, visited Conakry. He met Dr Awa Diallo, a nurse at the camp. The Regional Director said 40 people had died of Ebola.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(40)
            && c.by.as_deref().is_some_and(|b| b
                .starts_with("/person/Luis Sambo")
                || b == "/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
    // a role nobody named holds stands for nobody (meeting summaries)
    let x = run("Committee Expert Dr Awa Diallo opened the meeting. The representative said 40 people had died in the floods.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(40)
            && c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
    // a generic role is the last person named
    let x = extractor().extract(
        &text("El ministro de Defensa, Luis Carlos Villegas, visitó Mocoa. El funcionario dijo que 40 personas murieron."),
        Language::Es,
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(40)
            && c.by
                .as_deref()
                .is_some_and(|b| b.contains("Luis Carlos Villegas"))),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn one_big_sentence_still_works() {
    let body = include_str!("../../tests/fixtures/seed.txt")
        .trim()
        .to_string();
    let t = Text {
        title: String::new(),
        sentences: vec![0..body.len()],
        body,
    };
    let x = extractor().extract(&t, Language::En);
    actor(&x, "/humanitarian/ICRC");
    location(&x, "/Azerbaijan/Nagorno-Karabakh/Shusha");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(27)),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "displacement/evacuated", |c| c.count == Some(7000)),
        "{}",
        claims_dump(&x)
    );
    // without sentence splits a claim carries a window of the body, with true offsets
    let chars: Vec<char> = t.body.chars().collect();
    for c in &x.claims {
        assert!(c.sentence.len() <= 1300, "{}", c.sentence.len());
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.sentence);
    }
}

/// No quadratic step: a 20 MB body given as one range.
/// `cargo test --release -- --ignored huge_unsplit_body --nocapture`
#[test]
#[ignore]
fn huge_unsplit_body() {
    let seed = include_str!("../../tests/fixtures/seed.txt");
    let body = seed.repeat(20_000_000 / seed.len());
    let t = Text {
        title: String::new(),
        sentences: vec![0..body.len()],
        body,
    };
    let t0 = std::time::Instant::now();
    let x = extractor().extract(&t, Language::En);
    let dt = t0.elapsed().as_secs_f64();
    println!(
        "{:.1} MB in {dt:.2}s: {:.1} MB/s, {} claims, {} actors",
        t.body.len() as f64 / 1e6,
        t.body.len() as f64 / 1e6 / dt,
        x.claims.len(),
        x.actors.len()
    );
    assert!(!x.claims.is_empty());
}

#[test]
fn country_representative_speaks_for_its_government() {
    let x = run("Lebanon's representative said his country hosted more than 400,000 refugees.");
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.count == Some(400_000)
            && c.by.as_deref() == Some("/government/Lebanon")),
        "{}",
        claims_dump(&x)
    );
    actor(&x, "/government/Lebanon");
}

#[test]
fn person_after_reporting_verb() {
    let x = run("“The camps are full,” said Maria Lopez, who coordinates the response in Haiti.");
    actor(&x, "/person/Maria Lopez");
}

#[test]
fn the_title_country_steers_the_body() {
    // (not "the department of Nippes": a division called so names its
    // country by itself)
    let body = "Nippes was among the most affected.";
    let bare = run(body);
    assert!(!bare.locations.iter().any(|l| l.facet == "/Haiti/Nippes"));
    let mut t = text(body);
    t.title = "Haiti: Tropical Storm Melissa - Flash Update No. 5".into();
    let x = extractor().extract(&t, Language::En);
    location(&x, "/Haiti/Nippes");
}

#[test]
fn people_staying_inside_evacuation_centres_were_evacuated_and_are_displaced() {
    // rw-2391134
    let x = run("A total of 12,768 families or 50,362 persons are currently staying inside 211 evacuation centres in Regions MIMAROPA, X, XI and CARAGA.");
    for kind in ["displacement/displaced", "displacement/evacuated"] {
        assert!(
            has_claim(&x, kind, |c| c.count == Some(50362)),
            "{kind}: {}",
            claims_dump(&x)
        );
    }
    // a figure of the dead and injured together counts neither alone
    let x = run("Shelling left 24 casualties, dead and wounded, in the town.");
    let counted = x
        .claims
        .iter()
        .filter(|c| c.kind.starts_with("casualties/") && c.count.is_some())
        .count();
    assert_eq!(counted, 1, "{}", claims_dump(&x));
}

#[test]
fn leaving_home_in_any_form_of_the_verb_is_displacement() {
    // rw-2382079, rw-2391064
    let x = extractor().extract(
        &text("Aproximadamente 28 millones de niños y niñas han tenido que abandonar sus hogares a la fuerza debido a algún tipo de conflicto."),
        Language::Es,
    );
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count
            == Some(28_000_000)),
        "{}",
        claims_dump(&x)
    );
    let x = run("Peace among the four million people driven from their homes in the world’s youngest nation.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(4_000_000)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_group_named_as_part_of_another_owns_none_of_its_figures() {
    // rw-2389374
    let x = run("Internally displaced people including returnees: 3 million");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(3_000_000)),
        "{}",
        claims_dump(&x)
    );
    let x = run("Some 3,000 people, including returnees, were displaced.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(3000)),
        "{}",
        claims_dump(&x)
    );
    assert!(
        !has_claim(&x, "displacement/returned", |c| c.count.is_some()),
        "{}",
        claims_dump(&x)
    );
    // who-DON1311: the part after "including" keeps its own figure
    let x = run("The total number of confirmed cases is 2 including one death.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(1)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn two_divisions_of_one_country_name_it() {
    let x = run("Families are staying in evacuation centres in CARAGA and MIMAROPA.");
    location(&x, "/Philippines/Caraga");
    location(&x, "/Philippines/Mimaropa");
    // one division alone is not enough
    let x = run("Families are staying in evacuation centres in MIMAROPA.");
    assert!(x.locations.is_empty(), "{:?}", x.locations);
}

#[test]
fn statements_quotations_and_surnames_are_attributed() {
    let x = run("Following is UN Secretary-General António Guterres' message for World AIDS Day:\n\nAIDS-related deaths are declining.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/UNSG")),
        "{}",
        claims_dump(&x)
    );
    let x = run("The priorities are set, said its President Miroslav Lajcak on Wednesday. Mr. Lajcak added that 20 people were killed.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(20)
            && c.by.as_deref() == Some("/person/Miroslav Lajcak")),
        "{}",
        claims_dump(&x)
    );
    let x = run("Funding is short. “We need more governments to provide funding immediately. 20 people were killed,” said WFP.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/WFP")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn titles_mean_the_un_body_only_in_a_un_document() {
    let x = run("UNICEF reported 20 deaths. The Secretary-General condemned the attack.");
    actor(&x, "/humanitarian/UNSG");
    // no UN actor in the document: the title stays unresolved
    let x = run("The Secretary-General condemned the attack on the village.");
    assert!(!x.actors.iter().any(|a| a.facet == "/humanitarian/UNSG"));
    // qualified by another body, or part of someone else's title
    let x = run("UNICEF reported 20 deaths. The Under-Secretary-General and the Secretary General of NATO spoke.");
    assert!(
        !x.actors.iter().any(|a| a.facet == "/humanitarian/UNSG"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_coordination_body_defined_with_its_acronym_is_an_organisation() {
    // rw-2385079, rw-2372289
    let x = extractor().extract(
        &text("Selon le Groupe de Travail Protection (GTP), 200 personnes ont été déplacées."),
        Language::Fr,
    );
    actor(&x, "/humanitarian/GTP");
    let x = extractor().extract(
        &text("El Equipo Local de Coordinación (ELC) informó que 200 personas fueron desplazadas."),
        Language::Es,
    );
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.by.as_deref()
            == Some("/humanitarian/ELC")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn an_organisation_described_in_an_apposition_is_one() {
    // rw-2379644, rw-2375289
    let x = run("The floods were made worse by climate change, said World Weather Attribution, a coalition of scientists.");
    assert!(
        has_claim(&x, "hazard/flood", |c| c.by.as_deref()
            == Some("/other/World Weather Attribution")),
        "{}",
        claims_dump(&x)
    );
    let x = run("Samuel Luny, an officer at Women Aid Vision, a local organization that supports women, said 20 people were killed.");
    assert_eq!(
        actor(&x, "/person/Samuel Luny").organisation.as_deref(),
        Some("/humanitarian/Women Aid Vision")
    );
    // "humanitarian" and "non-governmental" describe the noun after them
    let x = run("Juan Perez, a spokesman for Mercy Relief Network, a humanitarian organisation, said 20 people were killed. Green Hope Trust, a non-governmental organization, said 300 families were displaced.");
    assert_eq!(
        actor(&x, "/person/Juan Perez").organisation.as_deref(),
        Some("/humanitarian/Mercy Relief Network"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
    actor(&x, "/humanitarian/Green Hope Trust");
    // the noun must head the apposition; an armed group is no organisation here
    let x = run("Maria Lopez, a network coordinator, said 20 people were killed. Raia Mutomboki, an armed group, attacked the village.");
    assert!(
        !x.actors
            .iter()
            .any(|a| a.kind == "other" || a.kind == "humanitarian"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
}

#[test]
fn names_match_with_a_hyphen_or_a_space() {
    // who-DON0662, who-DON2454: the gazetteer writes "Cuvette-Ouest", "Haut-Uele"
    let x = run("Cases were reported in Cuvette Ouest, Congo, and in Haut Uele province of the Democratic Republic of the Congo.");
    location(&x, "/Congo/Cuvette-Ouest");
    location(&x, "/Democratic Republic of the Congo/Haut-Uele");
    // who-DON0948: a section's country in an organisation's name is no location
    let x = run("The response in Sudan will be implemented by the Federal Ministry of Health with support from Médecins sans Frontières-Belgium and WHO-Afro.");
    assert!(
        !x.locations.iter().any(|l| l.facet == "/Belgium"),
        "{:?}",
        facets(&x)
    );
    actor(&x, "/humanitarian/WHO");
}

#[test]
fn a_deputy_does_not_hold_the_office() {
    // rw-2372149, rw-2356204
    let x = run("“Clean energy matters,” said Haoliang Xu, Assistant Secretary General of the United Nations. Mark Lowcock, the Under-Secretary-General for Humanitarian Affairs, said 20 people were killed.");
    assert!(
        !x.actors.iter().any(|a| a.facet == "/humanitarian/UNSG"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
    assert_eq!(
        actor(&x, "/person/Haoliang Xu").organisation.as_deref(),
        Some("/humanitarian/UN")
    );
    let x = run("Le Secrétaire général adjoint des Nations Unies a déclaré que 20 personnes ont été tuées. Le Secrétaire général des Nations Unies a condamné l'attaque.");
    actor(&x, "/humanitarian/UNSG");
    assert_eq!(actor(&x, "/humanitarian/UNSG").mentions.len(), 1);
}

#[test]
fn french_and_spanish_demonyms_name_governments() {
    let x = run("Le gouvernement britannique a annoncé une aide.");
    actor(&x, "/government/United Kingdom");
    let x = run("Las autoridades haitianas y el ejército colombiano.");
    actor(&x, "/government/Haiti");
    actor(&x, "/military/Colombia");
    // "-éen" doubles its n in the feminine: rw-2360519, rw-2384379
    let x = run("Le gouvernement ghanéen et les troupes tanzaniennes.");
    actor(&x, "/government/Ghana");
    actor(&x, "/military/Tanzania");
    // a national society by its demonym (rw-2391944) or adjective
    let x = run("The Iranian Red Crescent Society has deployed 31 teams.");
    actor(
        &x,
        "/humanitarian/Red Crescent Society of the Islamic Republic of Iran",
    );
    let x = extractor().extract(
        &text("La Croix-Rouge malienne a distribué des vivres."),
        Language::Fr,
    );
    actor(&x, "/humanitarian/Mali Red Cross");
    // a state as its opponents name it (rw-2388049, rw-2384914)
    let x = run("We urge the Syrian regime to allow access. The Iranian regime denied it.");
    actor(&x, "/government/Syria");
    actor(&x, "/government/Iran");
    // any ministry named after the adjective (who-DON0157)
    let x = run("The Spanish Ministry of Public Health reported 20 cases.");
    actor(&x, "/government/Spain");
}

#[test]
fn names_with_particles_four_words_and_cue_words_before() {
    let x = run("The Intendente of Los Lagos, Leonardo de la Prida, said 3 people died.");
    actor(&x, "/person/Leonardo de la Prida");
    let x = run("According to Luz Amparo Ardila Meneses, director of the school, 3 people died.");
    actor(&x, "/person/Luz Amparo Ardila Meneses");
    // a place or a district with a particle is not a person
    let x = run("The office of Distrito de Juliaca, near the school, said 3 people died.");
    assert!(
        !x.actors.iter().any(|a| a.kind == "person"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_lowercase_article_gives_way_to_a_longer_name() {
    let x = run("Emergencia en el Valle del Cauca, Colombia.");
    location(&x, "/Colombia/Valle del Cauca");
    assert!(
        !x.locations.iter().any(|l| l.facet == "/Colombia/Cauca"),
        "{:?}",
        x.locations
    );
}

#[test]
fn one_person_under_two_spellings() {
    let x = extractor().extract(
        &text("Visite de Jean Pierre Lacroix à Beni, directeur. « Restez forts », a déclaré en substance Jean-Pierre Lacroix, chef des opérations."),
        Language::Fr,
    );
    let persons: Vec<&str> = x
        .actors
        .iter()
        .filter(|a| a.kind == "person")
        .map(|a| a.facet.as_str())
        .collect();
    assert_eq!(persons, ["/person/Jean-Pierre Lacroix"], "{:?}", x.actors);
}

#[test]
fn a_source_line_owns_the_paragraph_above() {
    let x = run("Status of displaced families.\n\nA total of 142 families or 710 persons are staying with families / friends.\nSource: DSWD\n\nTropical storm Tembin crossed Mindanao, Philippines.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(710)
            && c.by.as_deref() == Some("/government/Philippines")),
        "{}",
        claims_dump(&x)
    );
    // the paragraph after the source line is not the source's
    assert!(
        has_claim(&x, "hazard/storm", |c| c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
    let x = run("In Dar'a, Syria, 24 people were killed (Source: WHO).");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
    // a note after the paragraph's last sentence (rw-2388954), not the
    // paragraph after it
    let x = run("• There is a dengue outbreak in Samoa, including four deaths. Source: Samoa MoH Situation Report No.2\n\n• In Fiji, 3 people died of dengue.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(4)
            && c.by.as_deref() == Some("/government/Samoa")),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(3)
            && c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn figures_in_list_lines_reach_their_label() {
    let x = run("South Sudanese refugees - pre-2013: 352,500\nOther refugees and asylum seekers, UNHCR (30 June 2017): 167,784");
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.count == Some(352_500)),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.count == Some(167_784)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn compass_names_point_to_no_country() {
    // "North-West" and "South-East" are regions of several countries
    let x = run("Heavy rains fell in the North-West and the South-East.");
    assert!(x.locations.is_empty(), "{:?}", x.locations);
}

fn facets(x: &Extraction) -> Vec<&str> {
    x.locations.iter().map(|l| l.facet.as_str()).collect()
}

#[test]
fn small_places_count_only_in_reports_on_their_country() {
    // Simacota (a Colombian municipality) is a minor place
    let on = run("Heavy rains hit Colombia. Families in Simacota lost their homes.");
    assert!(
        facets(&on).iter().any(|f| f.ends_with("/Simacota")),
        "{:?}",
        facets(&on)
    );
    let off = run("Heavy rains hit the region. Families in Simacota lost their homes.");
    assert!(
        !facets(&off).iter().any(|f| f.ends_with("/Simacota")),
        "{:?}",
        facets(&off)
    );
}

#[test]
fn small_places_stand_alone_as_proper_nouns() {
    // sentence-initial, or joined to another capitalised word: not the place
    let x = run("Colombia reported floods. Simacota Gómez, a farmer, spoke. Simacota was flooded.");
    assert!(
        !facets(&x).iter().any(|f| f.ends_with("/Simacota")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn a_place_joined_to_a_name_is_part_of_the_name() {
    // Molina (Chile) inside a person's name, Mentor (Ohio) inside an NGO's
    let x = run("In Chile, Carolina Alejandra Huenchuñir Molina died. The Mentor Initiative works in the United States.");
    let f = facets(&x);
    assert!(!f.iter().any(|f| f.ends_with("/Molina")), "{f:?}");
    assert!(!f.iter().any(|f| f.ends_with("/Mentor")), "{f:?}");
    // ... but "Kachin State" and "In Sarawak" are places
    let y = run("In Myanmar, fighting spread in Kachin State. In Malaysia, floods hit Sarawak.");
    let f = facets(&y);
    assert!(f.iter().any(|f| f.ends_with("/Kachin")), "{f:?}");
    assert!(f.iter().any(|f| f.ends_with("/Sarawak")), "{f:?}");
}

#[test]
fn a_foreign_city_needs_to_be_very_large_in_a_report_on_other_countries() {
    // Portsmouth (England, 200k) in a report on Dominica is not England's
    let x = run("In Dominica, only people living in Roseau and Portsmouth have electricity.");
    let f = facets(&x);
    assert!(!f.iter().any(|f| f.contains("England")), "{f:?}");
    assert!(f.iter().any(|f| f.ends_with("/Roseau")), "{f:?}");
}

#[test]
fn one_division_under_two_spellings_is_one_facet() {
    // "Sud-Est" (GeoNames) and "South-East" (OCHA p-codes) of Haiti
    let a = vocab::lookup("location", "Sud-Est");
    let b = vocab::lookup("location", "South-East");
    let haiti = |v: &[String]| {
        v.iter()
            .filter(|f| f.starts_with("/Haiti/"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(haiti(&a), vec!["/Haiti/Sud-Est".to_string()]);
    assert_eq!(haiti(&a), haiti(&b));
    // the Philippine regions under their numbers
    let r = vocab::lookup("location", "Region VIII");
    assert!(
        r.contains(&"/Philippines/Eastern Visayas".to_string()),
        "{r:?}"
    );
}

#[test]
fn donor_countries_are_governments_not_places() {
    let x = run("Funding for Yemen has been provided by the United States, Germany, the European Union and the United Kingdom. Despite the generosity of these donors, WFP operations in Yemen need more.");
    actor(&x, "/government/United States");
    actor(&x, "/government/Germany");
    let f = facets(&x);
    assert!(!f.contains(&"/Germany"), "{f:?}");
    assert!(f.contains(&"/Yemen"), "{f:?}");
    assert!(
        !x.actors.iter().any(|a| a.facet == "/government/Yemen"),
        "{:?}",
        x.actors
    );
    let y = run("Le Canada a octroyé 2 millions de dollars au Mali.");
    actor(&y, "/government/Canada");
}

#[test]
fn a_country_that_speaks_is_its_government() {
    let x = run("Malaysia has reported 5 deaths from the disease.");
    actor(&x, "/government/Malaysia");
    location(&x, "/Malaysia");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/Malaysia")),
        "{}",
        claims_dump(&x)
    );
    let y = run("The death reported by Malaysia is the first case in that country.");
    assert!(
        has_claim(&y, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/Malaysia")),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn who_is_notified_does_not_speak() {
    // the object of "notified" is not an inverted subject
    let x = run("On 5 May, the National Health Commission of China notified WHO of 10 cases of avian influenza, including 3 deaths.");
    assert!(
        !has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn the_parts_of_a_total_are_counted_too() {
    let x = run("Initial reports indicate that at least 106 people have lost their lives, i.e. 47 in Zamboanga del Norte, 36 in Lanao del Norte, 18 in Lanao del Sur, and 5 in Bukidnon.");
    for n in [106, 47, 36, 18, 5] {
        assert!(
            has_claim(&x, "casualties/killed", |c| c.count == Some(n)),
            "{n}: {}",
            claims_dump(&x)
        );
    }
    // a list of places with figures and no total is not a breakdown
    let y = run("New cases were reported in Canada (5), Hong Kong SAR (39) and Singapore (2), and one death.");
    assert!(
        !has_claim(&y, "casualties/killed", |c| c.count == Some(39)),
        "{}",
        claims_dump(&y)
    );
    // a trigger with no figure of its own takes the whole list
    let z = run("New deaths were reported in China (2) and Hong Kong (1).");
    for n in [2, 1] {
        assert!(
            has_claim(&z, "casualties/killed", |c| c.count == Some(n)),
            "{n}: {}",
            claims_dump(&z)
        );
    }
}

#[test]
fn refugees_who_are_evacuated_are_counted_as_evacuated() {
    let x = run(
        "UNHCR evacuated, overnight on 14 December, 74 vulnerable refugees from Libya to Niger.",
    );
    assert!(
        has_claim(&x, "displacement/evacuated", |c| c.count == Some(74)),
        "{}",
        claims_dump(&x)
    );
    assert!(
        !has_claim(&x, "displacement/refugees", |c| c.count == Some(74)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn passive_reports_and_officials_from_a_province_speak() {
    let x = run("In Brunei Darussalam, a cholera outbreak has been reported in Muara District by the health authorities. In China, health officials from Guangdong Province have reported a total of 305 cases and 5 deaths.");
    assert!(
        has_claim(&x, "hazard/epidemic", |c| c.by.as_deref()
            == Some("/government/Brunei")),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(5)
            && c.by.as_deref() == Some("/government/China")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn spanish_verbs_without_subject_speak_for_the_last_speaker() {
    let body = "El jefe de la Unidad de Riesgo, Arnold Barba, informó el miércoles que instalarán bombas. Anunció que dos equipos se colocarán en la zona norte para evitar inundaciones. Hubo daños en viviendas por las inundaciones, acotó.";
    let x = extractor().extract(&text(body), Language::Es);
    let n = x
        .claims
        .iter()
        .filter(|c| c.by.as_deref() == Some("/person/Arnold Barba"))
        .count();
    assert!(n >= 2, "{}", claims_dump(&x));
}

#[test]
fn a_person_speaks_for_the_organisation_of_the_appositive_after_the_name() {
    let x = run("“This is a very significant achievement,” said Dr David Heymann, WHO Executive Director for Communicable Diseases.");
    assert_eq!(
        actor(&x, "/person/David Heymann").organisation.as_deref(),
        Some("/humanitarian/WHO")
    );
}

#[test]
fn a_person_speaks_for_the_organisation_they_head() {
    // rw-2366614: the title names the UN Secretary-General first
    let body = "Les auteurs doivent être traduits en justice, a déclaré Maman Sidikou, le Représentant Spécial du Secrétaire Général des Nations Unies en RDC et Chef de la MONUSCO.";
    let x = extractor().extract(&text(body), Language::Fr);
    assert_eq!(
        actor(&x, "/person/Maman Sidikou").organisation.as_deref(),
        Some("/humanitarian/MONUSCO")
    );
    // an organisation that opens the title still counts
    let x = run(
        "“We are ready,” said Jane Okafor, WHO Director of Communications at the regional office.",
    );
    assert_eq!(
        actor(&x, "/person/Jane Okafor").organisation.as_deref(),
        Some("/humanitarian/WHO")
    );
}

#[test]
fn the_un_chief_is_the_secretary_general() {
    let body = "Les exemples ne manquent pas, a rappelé le chef de l'ONU : lors du passage des ouragans dans les Caraïbes, 20 personnes ont été évacuées.";
    let x = extractor().extract(&text(body), Language::Fr);
    assert!(
        has_claim(&x, "displacement/evacuated", |c| c.by.as_deref()
            == Some("/humanitarian/UNSG")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_surname_that_is_also_a_place_is_a_surname() {
    // Rodriguez is a city of the Philippines; rw-2380879
    let body = "Anarelys Rodríguez, jefa del Departamento Provincial de Educación Preescolar, declaró a la ACN que se trabaja en cinco de los seis centros restantes.";
    let x = extractor().extract(&text(body), Language::Es);
    actor(&x, "/person/Anarelys Rodríguez");
    // ... but not after a word that opens places' names (rw-2376009)
    let body = "En la sede principal del organismo en Nueva York, la Directora de la Unidad para las Víctimas presentó los esfuerzos de Colombia.";
    let x = extractor().extract(&text(body), Language::Es);
    assert!(
        !x.actors.iter().any(|a| a.kind == "person"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
}

#[test]
fn a_state_body_belongs_to_the_country_of_its_section() {
    // a multi-country report: the heading names the country
    let x = run("Nicaragua\n\nThe health authorities of Nicaragua reported 20 cases.\n\nBrunei Darussalam\n\nA cholera outbreak has been reported in the capital by the health authorities.");
    assert!(
        has_claim(&x, "hazard/epidemic", |c| c.by.as_deref()
            == Some("/government/Brunei")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn the_division_after_a_place_picks_its_reading() {
    // Miraflores is a town of Boyacá, of Guaviare (Colombia) and of Lima (Peru)
    let body = "En Colombia, las familias de Miraflores, Guaviare, recibieron ayuda.";
    let x = extractor().extract(&text(body), Language::Es);
    let f = facets(&x);
    assert!(f.contains(&"/Colombia/Guaviare/Miraflores"), "{f:?}");
    assert!(
        !f.iter().any(|f| f.contains("Boyacá") || f.contains("Peru")),
        "{f:?}"
    );
}

#[test]
fn numbered_regions_in_a_list_are_each_a_region() {
    let x = run("In the Philippines, 244,153 families are affected in Regions V, VI, VIII, MIMAROPA and CARAGA.");
    let f = facets(&x);
    for r in [
        "/Philippines/Bicol",
        "/Philippines/Western Visayas",
        "/Philippines/Eastern Visayas",
    ] {
        assert!(f.contains(&r), "{r}: {f:?}");
    }
    // in lower case too
    let x =
        run("In the Philippines, families are affected in regions MIMAROPA, VII, IX and CARAGA.");
    let f = facets(&x);
    for r in [
        "/Philippines/Central Visayas",
        "/Philippines/Zamboanga Peninsula",
    ] {
        assert!(f.contains(&r), "{r}: {f:?}");
    }
}

/// Generated text built from the pieces the rules look at (places that
/// straddle sentence ends, donor lists, "Regions" lists, parentheses,
/// appositives, quotes, accents, stray punctuation): no input may panic.
#[test]
fn generated_text_never_panics() {
    const PIECES: &[&str] = &[
        "Regions V, VI,",
        "Regions ",
        "regions ",
        "IV-A",
        "provided by the United States,",
        "Germany",
        "Malaysia has reported",
        "reported by",
        "been reported in",
        " by the health authorities",
        "Virgin Islands",
        "ST. CROIX, Virgin Islands –",
        "Miraflores, Guaviare",
        "Kenge",
        "(3)",
        "47 in Zamboanga del Norte,",
        "including 10 children",
        "5 mil 14",
        "Mr.",
        "Dr David Heymann,",
        "WHO Executive Director",
        "Nyein Foundation",
        "Alcaldía de",
        "y la",
        "“",
        "”",
        "«",
        "»",
        ".",
        ",",
        ";",
        "\n",
        "\n\n",
        " ",
        "é",
        "Ğ",
        "—",
        "(",
        ")",
        "Anunció que",
        ", acotó.",
        "Simacota",
        "Colombia",
        "Haiti",
        "Sud-Est",
        "health officials from",
        "Guangdong Province",
        "74 réfugiés",
        "a évacué",
        "Mindanao",
        "Gobernación del Meta",
        "the Russian Federation",
        "The U.S. Virgin Islands (USVI) Department of Labor is assisting",
        "U.S.",
        "St. Kitts",
    ];
    let e = extractor();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut body = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = 3 + (seed % 25) as usize;
        for k in 0..n {
            let x = seed.rotate_left(k as u32 * 7) ^ (k as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
            body.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
            if x.is_multiple_of(3) {
                body.push(' ');
            }
        }
        // the splitter the pipeline uses, and the tests' own
        let normalized = crate::normalize::normalize("", &body, crate::normalize::Markup::Plain);
        for lang in [Language::En, Language::Fr, Language::Es] {
            let _ = e.extract(&text(&body), lang);
            let _ = e.extract(&normalized, lang);
        }
    }
}

#[test]
fn police_and_army_without_a_name_are_their_countrys() {
    let x =
        run("Police and disaster officials in the Philippines say at least 133 people are dead.");
    actor(&x, "/police/Philippines");
    let body = "En Chile, Carabineros y el Ejército participaron en la búsqueda de las personas desaparecidas.";
    let y = extractor().extract(&text(body), Language::Es);
    actor(&y, "/police/Chile");
    actor(&y, "/military/Chile");
    // UN Police is the mission's
    let z = run("In South Sudan, UN Police patrolled the camp.");
    assert!(
        !z.actors.iter().any(|a| a.facet == "/police/South Sudan"),
        "{:?}",
        z.actors
    );
    let body = "Les Pays-Bas contribuent à la Police des Nations Unies au Mali.";
    let w = extractor().extract(&text(body), Language::Fr);
    assert!(
        !w.actors.iter().any(|a| a.facet.starts_with("/police/")),
        "{:?}",
        w.actors
    );
}

#[test]
fn embassies_and_romance_country_names_are_their_states() {
    for (body, lang, facet) in [
        (
            "The British Embassy in Somalia donated 500 tents.",
            Language::En,
            "/government/United Kingdom",
        ),
        (
            "L’Ambassade de France a financé le projet.",
            Language::Fr,
            "/government/France",
        ),
        (
            "El gobierno de Catar donó dos millones de dólares.",
            Language::Es,
            "/government/Qatar",
        ),
        (
            "El gobierno de Holanda anunció su apoyo.",
            Language::Es,
            "/government/Netherlands",
        ),
    ] {
        let x = extractor().extract(&text(body), lang);
        actor(&x, facet);
    }
}

#[test]
fn an_institution_that_speaks_makes_a_public_statement() {
    let x = run("WFP said that 8 million people depend on food assistance in Yemen.");
    assert!(
        has_claim(&x, "political/announcement", |c| c.by.as_deref()
            == Some("/humanitarian/WFP")),
        "{}",
        claims_dump(&x)
    );
    // a private person's word is not an announcement
    let y = run("“We lost everything,” said Maria Lopez, a farmer in the village.");
    assert!(
        !has_claim(&y, "political/announcement", |_| true),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn a_sector_served_is_not_a_need() {
    let x = run("UNICEF distributed more than 2.4 million liters of safe drinking water to families in Haiti.");
    assert!(
        !has_claim(&x, "needs/water-sanitation", |_| true),
        "{}",
        claims_dump(&x)
    );
    let y = run("Families in Haiti lack safe drinking water and UNICEF distributed kits.");
    assert!(
        has_claim(&y, "needs/water-sanitation", |_| true),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn countries_in_brackets_after_an_organisation_are_its_sections() {
    let x = run(
        "In South Sudan, partners include Médecins Sans Frontières (France, Belgium) and CARE.",
    );
    let f = facets(&x);
    assert!(!f.contains(&"/France") && !f.contains(&"/Belgium"), "{f:?}");
    assert!(f.contains(&"/South Sudan"), "{f:?}");
    // ... but an acronym in brackets ends the name
    let y = run("The World Health Organization (WHO) and France sent teams to Chad.");
    assert!(facets(&y).contains(&"/France"), "{:?}", facets(&y));
}

#[test]
fn a_country_that_is_a_given_name_before_a_surname_is_a_person() {
    let body = "En la Argentina, el Presidente Mauricio Macri dijo que el país recibirá a 3.000 refugiados sirios.";
    let x = extractor().extract(&text(body), Language::Es);
    actor(&x, "/person/Mauricio Macri");
    assert!(!facets(&x).contains(&"/Mauritius"), "{:?}", facets(&x));
}

#[test]
fn a_number_of_phrase_reaches_its_figure() {
    let cases = [
        (
            "In November, the number of registered refugees and asylum seekers in Turkey stood at over 3.7 million.",
            "displacement/refugees",
            3_700_000,
        ),
        (
            "The number of displaced people in the Eastern Region has reached 115,117, according to OCHA.",
            "displacement/displaced",
            115_117,
        ),
        (
            "The number of refugees who fled to Chad has risen to 20,000.",
            "displacement/refugees",
            20_000,
        ),
        (
            "Le nombre de personnes déplacées dans la région de Diffa s'élève à 240 000.",
            "displacement/displaced",
            240_000,
        ),
    ];
    for (body, kind, n) in cases {
        let lang = if body.starts_with("Le ") {
            Language::Fr
        } else {
            Language::En
        };
        let x = extractor().extract(&text(body), lang);
        assert!(
            has_claim(&x, kind, |c| c.count == Some(n)),
            "{body}: {}",
            claims_dump(&x)
        );
    }
    // the linking verb is not aid that reached people, the relative clause
    // not a second claim
    let x = run("The number of displaced people in the Eastern Region has reached 115,117.");
    assert!(
        !has_claim(&x, "response/assistance", |_| true),
        "{}",
        claims_dump(&x)
    );
    let y = run("The number of refugees who fled to Chad has risen to 20,000.");
    assert!(
        !has_claim(&y, "displacement/displaced", |_| true),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn an_indefinite_article_counts_one_casualty() {
    let fr = |s: &str| extractor().extract(&text(s), Language::Fr);
    let ones = [
        run(
            "Mortar shells landed near the camp, injuring a civilian, according to local partners.",
        ),
        fr("L'attaque a coûté la vie à un Casque bleu mauritanien."),
        fr("Durant cet épisode, un homme de 65 ans est décédé."),
    ];
    for x in &ones {
        assert!(
            x.claims
                .iter()
                .any(|c| c.kind.starts_with("casualties/") && c.count == Some(1)),
            "{}",
            claims_dump(x)
        );
    }
    // the article's one heads no list: the two deaths stay the deaths'
    let x = fr("Des hommes armés ont occasionné le décès de deux personnes, un blessé grave et le vol de deux motos.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(2)),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "casualties/injured", |c| c.count == Some(1)),
        "{}",
        claims_dump(&x)
    );
    // a part of a figure, not the figure
    let y = fr("À Akkar, trois personnes dont un enfant ont péri dans les flammes.");
    assert!(
        has_claim(&y, "casualties/killed", |c| c.count == Some(3)),
        "{}",
        claims_dump(&y)
    );
    // anyone, not one; a death noun that modifies another; not a casualty
    for s in [
        "Avoid direct contact with a person who has died from Ebola.",
        "All deaths must be accompanied by a death certificate.",
        "A child in need of food was given 3 rations of assistance.",
    ] {
        let z = run(s);
        assert!(
            !z.claims.iter().any(|c| c.count == Some(1)),
            "{s}: {}",
            claims_dump(&z)
        );
    }
}

#[test]
fn a_role_its_organisation_then_the_name() {
    let x = extractor().extract(
        &text("Ceci est un résumé des déclarations du porte-parole du HCR Adrian Edwards lors de la conférence de presse."),
        Language::Fr,
    );
    let p = actor(&x, "/person/Adrian Edwards");
    assert_eq!(p.organisation.as_deref(), Some("/humanitarian/UNHCR"));
    // a place before the name is no organisation; words the text writes in
    // lower case are no name
    let y =
        run("Thomas Hofer, Coordinator of the Paris Mountain Partnership, said it was a start.");
    assert!(!y
        .actors
        .iter()
        .any(|a| a.facet == "/person/Mountain Partnership"));
    let z = run("Patricia Espinosa, Executive Secretary of UNICEF Climate Change, said: “climate change is here.”");
    assert!(
        !z.actors.iter().any(|a| a.facet == "/person/Climate Change"),
        "{:?}",
        z.actors
    );
}

#[test]
fn a_sentence_opened_by_pour_or_para_and_an_actor_is_in_its_words() {
    let x = extractor().extract(
        &text("Pour Médecins du Monde, des efforts plus importants doivent être faits par les autorités pour protéger ces groupes vulnérables."),
        Language::Fr,
    );
    assert!(
        has_claim(&x, "appeal/protection-of-civilians", |c| c.by.as_deref()
            == Some("/humanitarian/MdM")),
        "{}",
        claims_dump(&x)
    );
    // a purpose, not a speaker
    let y = extractor().extract(
        &text("Des fonds pour Médecins du Monde ont permis de protéger les civils."),
        Language::Fr,
    );
    assert!(
        !y.claims
            .iter()
            .any(|c| c.by.as_deref() == Some("/humanitarian/MdM")),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn a_trigger_that_holds_a_reporting_verb_still_reports() {
    // "strongly deplores" is a trigger form longer than the cue "deplores"
    let x = run("UNICEF strongly deplores the deadly ambush on a convoy that killed 3 people.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/UNICEF")),
        "{}",
        claims_dump(&x)
    );
    // French does not drop subjects: an item of a resolution that opens
    // with its verb is not in the words of the last speaker
    let y = extractor().extract(
        &text("Le HCR a déclaré que la situation est grave.\n\nCondamne fermement les attaques contre des civils innocents qui ont tué 12 personnes."),
        Language::Fr,
    );
    assert!(
        !has_claim(&y, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/UNHCR")),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn a_surname_with_its_particle_capitalised_is_the_same_person() {
    let x = extractor().extract(
        &text("El representante de la OIM, Antonino de Leo, dijo que la situación es grave.\n\n“Los refugiados enfrentan abusos atroces cuando huyen de los conflictos”, agregó De Leo."),
        Language::Es,
    );
    let p = actor(&x, "/person/Antonino de Leo");
    assert!(
        p.mentions.iter().any(|m| m.text == "De Leo"),
        "{:?}",
        p.mentions
    );
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.by.as_deref()
            == Some("/humanitarian/IOM")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn english_words_are_no_place_aliases() {
    // GeoNames gives Henderson (Nevada) the old name "Basic", Uman "Human"
    let x = run("In the United States, Basic sanitation and Human resources are in place.");
    let facets: Vec<&str> = x.locations.iter().map(|l| l.facet.as_str()).collect();
    assert_eq!(facets, ["/United States of America"]);
}

#[test]
fn distribution_participles_need_what_was_handed_out() {
    let es = |s: &str| extractor().extract(&text(s), Language::Es);
    let x = es("El Gobierno ha distribuido alimentos en las comunidades afectadas.");
    assert!(
        has_claim(&x, "response/assistance", |_| true),
        "{}",
        claims_dump(&x)
    );
    let y = es("Los 20 albergues están distribuidos en todo el país.");
    assert!(
        !has_claim(&y, "response/assistance", |_| true),
        "{}",
        claims_dump(&y)
    );
}

#[test]
fn plural_reporting_verbs_attribute_and_call_on_their_object() {
    for (body, lang, kind, by) in [
        (
            "Le Conseil de sécurité des Nations Unies a condamné ces attaques contre les Casques bleus.",
            Language::Fr,
            "political/accusation",
            "/humanitarian/UNSC",
        ),
        (
            "Las autoridades de Colombia informaron que 12 personas murieron en Mocoa.",
            Language::Es,
            "casualties/killed",
            "/government/Colombia",
        ),
        (
            "Les autorités maliennes ont condamné l'attaque qui a tué trois soldats.",
            Language::Fr,
            "political/accusation",
            "/government/Mali",
        ),
    ] {
        let x = extractor().extract(&text(body), lang);
        assert!(
            has_claim(&x, kind, |c| c.by.as_deref() == Some(by)),
            "{body}: {}",
            claims_dump(&x)
        );
    }
    // "appeler X à": X is called on, it does not speak
    let body = "Pour lutter contre l’insécurité, la FIDH et l’AMDH appellent les autorités maliennes à protéger les civils.";
    let x = extractor().extract(&text(body), Language::Fr);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.by.as_deref() == Some("/government/Mali")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_speaker_before_an_apposition_speaks() {
    for (body, lang, by) in [
        (
            "Le HCR, l’Agence des Nations Unies pour les réfugiés, a déclaré que 500 réfugiés sont arrivés au Tchad.",
            Language::Fr,
            "/humanitarian/UNHCR",
        ),
        (
            "The World Health Organization (WHO), based in Geneva, reported 12 deaths in Chad.",
            Language::En,
            "/humanitarian/WHO",
        ),
        (
            "MSF, which works with the Ministry of Health, said 12 children died in Chad.",
            Language::En,
            "/humanitarian/MSF",
        ),
    ] {
        let x = extractor().extract(&text(body), lang);
        assert!(
            x.claims.iter().any(|c| c.by.as_deref() == Some(by)),
            "{body}: {}",
            claims_dump(&x)
        );
        assert!(
            x.claims.iter().all(|c| c.by.as_deref() == Some(by)),
            "{body}: {}",
            claims_dump(&x)
        );
    }
}

#[test]
fn a_quote_then_said_title_name_is_the_named_speakers() {
    let x = run("“We have seen 12 deaths in the camp,” said Dr David Heymann.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(12)
            && c.by.as_deref() == Some("/person/David Heymann")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn the_french_title_m_introduces_a_person() {
    // (the pipeline's splitter, which does not end a sentence after "M.")
    let body = "Le kit a été remis au Gouverneur de Sila, M. Ramadan Erdebou.";
    let t = crate::normalize::normalize("", body, crate::normalize::Markup::Plain);
    let x = extractor().extract(&t, Language::Fr);
    actor(&x, "/person/Ramadan Erdebou");
}

#[test]
fn appeals_demands_and_denials_have_their_subject_as_speaker() {
    for (body, lang, kind, by) in [
        (
            "The Security Council demanded unhindered humanitarian access to Eastern Ghouta.",
            Language::En,
            "appeal/humanitarian-access",
            "/humanitarian/UNSC",
        ),
        // a progressive verb takes "is"
        (
            "The IFRC is appealing for 5 million Swiss francs to support 20,000 people.",
            Language::En,
            "appeal/funding",
            "/humanitarian/IFRC",
        ),
        (
            "UNICEF pide a los gobiernos que protejan a los niños refugiados y migrantes.",
            Language::Es,
            "displacement/refugees",
            "/humanitarian/UNICEF",
        ),
        (
            "L'ONU a réclamé vendredi 22,5 milliards de dollars pour les personnes touchées par les crises.",
            Language::Fr,
            "political/announcement",
            "/humanitarian/UN",
        ),
    ] {
        let x = extractor().extract(&text(body), lang);
        assert!(
            has_claim(&x, kind, |c| c.by.as_deref() == Some(by)),
            "{body}: {}",
            claims_dump(&x)
        );
    }
    // the name after such a verb is its object: no inverted speaker, no person
    let x =
        run("Despite the appeals, the delegate urged Local Councils to fund the refugee response.");
    assert!(
        !x.actors.iter().any(|a| a.kind == "person"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
    let body = "El canciller lamentó la salida de Estados Unidos de la negociación del Pacto Global sobre refugiados.";
    let x = extractor().extract(&text(body), Language::Es);
    assert!(
        !x.claims
            .iter()
            .any(|c| c.by.as_deref() == Some("/government/United States")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn the_first_of_coordinated_subjects_speaks() {
    let x = run("On 31 May, IOM, MSF and OXFAM confirmed a total of 1,083 new arrivals to Pulka.");
    assert!(
        has_claim(&x, "political/announcement", |c| c.by.as_deref()
            == Some("/humanitarian/IOM")),
        "{}",
        claims_dump(&x)
    );
    // a comma alone is no list: the campaign's founders do not speak
    let x = run("Supporting the campaign founded by HALO and MAG, Prince Harry said that 20 people were killed by mines.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/person/Prince Harry")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_figure_before_the_number_of_phrase_it_gives_counts() {
    let x = run("This brings to 92 the number of aid workers killed in South Sudan since 2013.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(92)),
        "{}",
        claims_dump(&x)
    );
    let x = extractor().extract(
        &text("Cela porte à 14 le nombre de Casques bleus tués en Centrafrique. Deux Casques bleus ont été blessés."),
        Language::Fr,
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(14))
            && has_claim(&x, "casualties/injured", |c| c.count == Some(2)),
        "{}",
        claims_dump(&x)
    );
    // things counted are no people: "brings to 13 the number of countries"
    let x = run("This brings to 13 the number of countries where displaced people were reported.");
    assert!(
        !has_claim(&x, "displacement/displaced", |c| c.count == Some(13)),
        "{}",
        claims_dump(&x)
    );
    // an adjective after a noun is no subject: "libretas militares"
    let x = extractor().extract(
        &text("Se entregaron 418 libretas militares a víctimas de desplazamiento forzado."),
        Language::Es,
    );
    assert!(
        !has_claim(&x, "displacement/displaced", |c| c.count == Some(418)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn an_actor_speaks_through_its_people_and_first_in_a_coordination() {
    for (body, kind, by) in [
        (
            "However, SPLA-IO rebel commanders accused the South Sudanese army of attacks on their positions.",
            "political/accusation",
            "/armed-group/SPLM-IO",
        ),
        (
            "UNFPA and all humanitarian actors called for the borders to be re-opened to humanitarian access.",
            "political/announcement",
            "/humanitarian/UNFPA",
        ),
    ] {
        let x = run(body);
        assert!(
            has_claim(&x, kind, |c| c.by.as_deref() == Some(by)),
            "{body}: {}",
            claims_dump(&x)
        );
    }
    // after a preposition the actor is no subject; a verb after "and" ends
    // the coordination
    for body in [
        "An investigation conducted by the Ministry of Health of Indonesia and local health officers indicated that 3 people died.",
        "WHO remains in contact with the Ministry of Health of Indonesia and is informed that 3 people died.",
    ] {
        let x = run(body);
        assert!(
            !x.claims
                .iter()
                .any(|c| c.by.as_deref() == Some("/government/Indonesia")),
            "{body}: {}",
            claims_dump(&x)
        );
    }
}

#[test]
fn a_bare_figure_after_a_verb_of_violence_counts() {
    let x = run("December 16: Unknown assailants killed four in Oturkpo, Benue.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(4)),
        "{}",
        claims_dump(&x)
    );
    let x = run("Rebel massacres that killed at least 11 in 2009 are still remembered.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(11)
            && c.qualifier.as_deref() == Some("at least")),
        "{}",
        claims_dump(&x)
    );
    // a figure after another verb stays a part: "visited four in Oturkpo"
    let x = run("The team visited four in Oturkpo after the attack that killed civilians.");
    assert!(
        !has_claim(&x, "casualties/killed", |c| c.count == Some(4)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_possessive_before_a_defined_name_is_its_owner() {
    let x = run("Ethiopia: update. The Government’s Refugees and Returnees Service (RRS) and UNHCR have registered more than 49,000 refugees since July.");
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.count == Some(49_000)),
        "{}",
        claims_dump(&x)
    );
    // the trigger word inside the name claims nothing; the body is the state's
    assert!(
        !has_claim(&x, "displacement/returned", |_| true),
        "{}",
        claims_dump(&x)
    );
    assert!(!x.actors.iter().any(|a| a.facet == "/humanitarian/RRS"));
    actor(&x, "/government/Ethiopia");
    // people's possessives stay in the name
    let x = run("The Women’s Refugee Commission (WRC) said that 300 refugees arrived.");
    actor(&x, "/humanitarian/WRC");
}

#[test]
fn middle_initials_and_suffixes_belong_to_the_name() {
    // (through normalization: its sentence splitter keeps "V." inside)
    let run = |body: &str| {
        let t = crate::normalize::normalize("", body, crate::normalize::Markup::Plain);
        extractor().extract(&t, Language::En)
    };
    let x = run("“The threats are grave,” said Daniel V. Speckhard, president of Lutheran World Relief, adding that 20 people died.");
    assert_eq!(
        actor(&x, "/person/Daniel V. Speckhard")
            .organisation
            .as_deref(),
        Some("/humanitarian/LWR")
    );
    let x = run("Health Secretary Francisco T. Duque III said 30 people were killed.");
    actor(&x, "/person/Francisco T. Duque III");
    // a place that is a surname after an initial is no place
    let x = run("The study was led by Kathryn E. Holt and colleagues in the United States.");
    assert!(
        !x.locations.iter().any(|l| l.facet.ends_with("/Holt")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn the_un_as_a_modifier_names_no_actor() {
    for body in [
        "In coordination with national authorities, UN agencies and local partners, UNFPA delivered kits.",
        "The EU reaffirms the primacy of the UN-led Geneva process.",
        "IOM, the UN Migration Agency, helped 68 migrants return.",
    ] {
        let x = run(body);
        assert!(
            !x.actors.iter().any(|a| a.facet == "/humanitarian/UN"),
            "{body}: {:?}",
            x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
        );
    }
    actor(
        &run("The UN said 20 people were killed."),
        "/humanitarian/UN",
    );
}

#[test]
fn an_acronym_the_report_spells_out_as_a_phrase_is_no_actor() {
    // IPC is the food security classification in the vocabulary
    let x = run(
        "Teams trained nurses in infection prevention and control (IPC). IPC supplies were sent.",
    );
    assert!(
        !x.actors.iter().any(|a| a.facet == "/humanitarian/IPC"),
        "{:?}",
        x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
    );
    // an organisation spelt in lower case is still one
    let x = run("The national disaster risk reduction and management council (NDRRMC) said 40 people died in the Philippines.");
    actor(&x, "/government/Philippines");
}

#[test]
fn a_place_before_idps_is_still_a_place() {
    let x =
        run("Malnutrition is critical among Somalia's Qardho IDPs and Galkacyo IDPs this season.");
    location(&x, "/Somalia/Puntland/Gaalkacyo");
}

#[test]
fn a_phase_of_a_scale_is_no_actor() {
    for body in [
        "Most areas will be in Stress (IPC Phase 2) until March.",
        "Les zones côtières passeront en Crise (phase 3 de l’IPC) à cause des pluies.",
    ] {
        let x = run(body);
        assert!(
            !x.actors.iter().any(|a| a.facet == "/humanitarian/IPC"),
            "{body}: {:?}",
            x.actors.iter().map(|a| &a.facet).collect::<Vec<_>>()
        );
    }
}

#[test]
fn review_cases_of_session_ten_rules() {
    // a year before "the number of" is no count
    let x = run("In 2017 the number of refugees doubled in the camp.");
    assert!(
        !has_claim(&x, "displacement/refugees", |c| c.count == Some(2017)),
        "{}",
        claims_dump(&x)
    );
    // a coordination with "its partners" and an auxiliary
    let x = run("WHO and its partners have condemned the attack that killed 3 health workers.");
    assert!(
        has_claim(&x, "political/accusation", |c| c.by.as_deref()
            == Some("/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
    // coordinated after "by": no subject
    let x = run("A survey conducted by the Ministry of Health of Kenya and WHO indicated that 5 people died.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
    // "Area C." is no given name and initial
    let t = crate::normalize::normalize(
        "",
        "Settlers demolished homes in Area C. Hebron was also hit.",
        crate::normalize::Markup::Plain,
    );
    let x = extractor().extract(&t, Language::En);
    location(&x, "/State of Palestine/West Bank/Hebron");
    // a suffix does not take the full stop
    let t = crate::normalize::normalize(
        "",
        "The order came from Health Secretary Francisco T. Duque III. Later 20 people died.",
        crate::normalize::Markup::Plain,
    );
    actor(
        &extractor().extract(&t, Language::En),
        "/person/Francisco T. Duque III",
    );
    // "fase 3 de la CIF" is a phase of the scale
    let x = extractor().extract(
        &text("La mayoría de los hogares estarán en Crisis (fase 3 de la CIF) hasta marzo."),
        Language::Es,
    );
    assert!(!x.actors.iter().any(|a| a.facet == "/humanitarian/IPC"));
}

fn actor_facets(x: &Extraction) -> Vec<&str> {
    x.actors.iter().map(|a| a.facet.as_str()).collect()
}

#[test]
fn acronyms_listed_with_known_organisations_are_organisations() {
    let x = run("IOM worked with partners on the ground such as CHD, CORDAID and INTERSOS.");
    actor(&x, "/humanitarian/CHD");
    let x = extractor().extract(
        &text("Evaluation rapide des besoins protection (UNICEF/CANACU et REEJER) en cours."),
        Language::Fr,
    );
    actor(&x, "/humanitarian/CANACU");
    actor(&x, "/humanitarian/REEJER");
    // letters of Roman numerals that make no numeral ("CIVIL") may be one
    let x = run("Partners such as UNICEF, CIVIL and WHO responded in Region XIII.");
    actor(&x, "/humanitarian/CIVIL");
    assert!(!actor_facets(&x).iter().any(|f| f.ends_with("/XIII")));
    // its later mentions are the same organisation, and it may speak
    let x = run("Aid came from UNHCR, ADSSE and WFP. ADSSE said 40 people were displaced.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.by.as_deref()
            == Some("/humanitarian/ADSSE")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn not_every_capitalised_word_in_a_list_is_an_organisation() {
    for body in [
        // a sentence's comma, not a list
        "Since the October issue of the RMM, FAO has raised its forecast.",
        // a name in capitals, and a title
        "ANNE CHRISTENSEN, IFRC, spoke. Ms Helle Thorning-Schmidt, CEO, Save the Children.",
        // a document code, a sector, a word of a longer name
        "See WHO/WHE/IHM/GIP/2018.2 and UNICEF/WASH. BBC Media Action, UNICEF and WFP met.",
        // an acronym the report spells out as something else
        "A Marburg virus disease (MVD) outbreak: WHO, MVD experts and UNICEF responded.",
        // a disease with its code
        "Partners such as UNICEF, COVID-19 and WHO responded.",
    ] {
        let x = run(body);
        let unknown: Vec<&str> = actor_facets(&x)
            .into_iter()
            .filter(|f| {
                [
                    "RMM",
                    "ANNE",
                    "CHRISTENSEN",
                    "CEO",
                    "GIP",
                    "IHM",
                    "WHE",
                    "WASH",
                    "BBC",
                    "MVD",
                    "COVID-19",
                ]
                .iter()
                .any(|a| f.ends_with(&format!("/{a}")))
            })
            .collect();
        assert!(unknown.is_empty(), "{body}: {unknown:?}");
    }
}

#[test]
fn an_acronym_given_to_a_known_actor_is_that_actor() {
    let x = run(
        "WHO and partners, including the US Centers for Disease Control and Prevention (CDC), \
         responded. CDC said 12 people died.",
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/United States")),
        "{}",
        claims_dump(&x)
    );
    // not inside another known name: "Africa CDC" speaks for itself
    let x = run(
        "The US Centers for Disease Control and Prevention (CDC) said 5 people died. \
         Africa CDC reported 10 deaths in Guinea.",
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(10)
            && c.by.as_deref() == Some("/humanitarian/Africa CDC")),
        "{}",
        claims_dump(&x)
    );
    // the bracket after a country names the country, not its ministry
    let x = run(
        "The Ministry of Health of the Kingdom of Saudi Arabia (KSA) reported a case. \
         Five deaths were reported from KSA.",
    );
    let gov = actor(&x, "/government/Saudi Arabia");
    assert!(
        gov.mentions.iter().all(|m| m.text != "KSA"),
        "{:?}",
        gov.mentions
    );
}

#[test]
fn spanish_names_of_international_organisations() {
    // "la Unión Europea" is the EU, not the Colombian town of La Unión
    let x = extractor().extract(
        &text("En Colombia, el Fondo fiduciario de la Unión Europea apoya a las víctimas."),
        Language::Es,
    );
    actor(&x, "/other/EU");
    assert!(
        !facets(&x).iter().any(|f| f.ends_with("/La Unión")),
        "{:?}",
        facets(&x)
    );
    let x = extractor().extract(
        &text("El representante del Programa de las Naciones Unidas para el Desarrollo, Peter Grohmann, dijo que 20 familias fueron evacuadas."),
        Language::Es,
    );
    actor(&x, "/humanitarian/UNDP");
}

#[test]
fn countries_written_with_st_and_ampersand() {
    let x = run("Maria severely affected Turks & Caicos, St Kitts & Nevis and St. Lucia.");
    for f in [
        "/Turks and Caicos Islands",
        "/Saint Kitts and Nevis",
        "/Saint Lucia",
    ] {
        location(&x, f);
    }
}

#[test]
fn a_minister_speaks_for_the_government() {
    let x = run("Luanda - Nearly 280,000 people in Angola are infected with HIV, said the Health minister on Friday.");
    assert!(
        has_claim(&x, "hazard/epidemic", |c| c.by.as_deref()
            == Some("/government/Angola")),
        "{}",
        claims_dump(&x)
    );
    let x = extractor().extract(
        &text("En Chile, el ministro del Interior informó que el número de fallecidos se incrementó a 5 personas."),
        Language::Es,
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/Chile")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_head_of_state_named_with_the_country_speaks_for_its_government() {
    let x = run("South Sudan President Salva Kiir said 20 soldiers were killed in Juba.");
    assert_eq!(
        actor(&x, "/person/Salva Kiir").organisation.as_deref(),
        Some("/government/South Sudan")
    );
    let x = extractor().extract(
        &text("El gobernador de Puerto Rico, Ricardo Rosselló, dijo que 64 personas murieron."),
        Language::Es,
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/Puerto Rico")),
        "{}",
        claims_dump(&x)
    );
    // a title that is no state office, or a country elsewhere, links nothing
    let x = run("In Kenya, project director Jane Mwangi said 20 people were killed.");
    assert_eq!(actor(&x, "/person/Jane Mwangi").organisation, None);
    // nor the president of a body named with the country
    let x = run("Kenya Medical Association President John Mbuvi said 4 people died.");
    assert_eq!(actor(&x, "/person/John Mbuvi").organisation, None);
}

#[test]
fn people_in_dire_need_is_a_humanitarian_need() {
    let x = run("Thousands of survivors are still in desperate need of humanitarian assistance.");
    assert!(
        has_claim(&x, "needs/health", |_| true),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn blockades_and_hard_to_reach_areas_are_about_access() {
    let x = run(
        "Humanitarian partners continue to face blockades of relief aid in hard-to-reach areas.",
    );
    assert!(
        has_claim(&x, "appeal/humanitarian-access", |_| true),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn new_arrivals_are_refugees_or_displaced_by_their_sentence() {
    let x = run("A total of 2,641 new arrivals were registered in 16 LGAs, where IDPs live.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(2641)),
        "{}",
        claims_dump(&x)
    );
    let x = extractor().extract(
        &text("Depuis janvier, 4 688 nouveaux arrivants ont été enregistrés au camp de réfugiés."),
        Language::Fr,
    );
    assert!(
        has_claim(&x, "displacement/refugees", |c| c.count == Some(4688)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn the_deaths_of_cases_are_counted() {
    let x =
        run("Saudi Arabia also notified WHO of the death of 8 MERS-CoV cases reported earlier.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(8)),
        "{}",
        claims_dump(&x)
    );
    // with a qualifier between
    let x = run("WHO was notified of the deaths of at least 8 cases in Guinea.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(8)
            && c.qualifier.as_deref() == Some("at least")),
        "{}",
        claims_dump(&x)
    );
    // cases alone are no count of the dead
    let x = run("A total of 1,788 cases have been reported, including four deaths.");
    assert!(
        !has_claim(&x, "casualties/killed", |c| c.count == Some(1788)),
        "{}",
        claims_dump(&x)
    );
    let x = extractor().extract(
        &text("L'attaque a causé la mort de 14 casques bleus."),
        Language::Fr,
    );
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(14)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn blue_helmets_coordinate_with_other_victims() {
    let x = extractor().extract(
        &text("Au moins 14 casques bleus et 5 soldats des FARDC tués lors de l'attaque."),
        Language::Fr,
    );
    for n in [14, 5] {
        assert!(
            has_claim(&x, "casualties/killed", |c| c.count == Some(n)),
            "{n}: {}",
            claims_dump(&x)
        );
    }
}

#[test]
fn the_list_under_an_attributed_lead_in_is_its_speakers() {
    let x = run(
        "As of 29 December, the Ugandan Ministry of Health has reported the following:\n\n\
         - Gulu district: 5 new confirmed cases and 6 deaths.\n\
         - Masindi district: 2 deaths.\n\n\
         Elsewhere, 4 people died in Kampala.",
    );
    for n in [6, 2] {
        assert!(
            has_claim(&x, "casualties/killed", |c| c.count == Some(n)
                && c.by.as_deref() == Some("/government/Uganda")),
            "{n}: {}",
            claims_dump(&x)
        );
    }
    // the paragraph after the list is the report's own
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(4)
            && c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_verb_before_a_colon_opens_what_follows() {
    // "X, a resident, said:" does not close the sentence of the last speaker
    let x = run("Human Rights Watch said the attack was unlawful.\n\n\
         Ammar al-Bouchiri, a local resident who was at home when the strike hit, said:\n\n\
         We heard a warplane. The explosion killed 3 people.");
    for kind in ["casualties/killed", "political/announcement"] {
        assert!(
            !has_claim(&x, kind, |c| c.by.as_deref() == Some("/humanitarian/HRW")
                && !c.sentence.contains("unlawful")),
            "{kind}: {}",
            claims_dump(&x)
        );
    }
}

#[test]
fn denials_claim_nothing_and_projections_are_marked() {
    let x = run("No casualties were reported after the earthquake in Herat.");
    assert!(
        !has_claim(&x, "casualties/killed", |_| true)
            && !has_claim(&x, "casualties/injured", |_| true),
        "{}",
        claims_dump(&x)
    );
    let x = extractor().extract(&text("Aucun décès n'a été signalé à Diffa."), Language::Fr);
    assert!(
        !has_claim(&x, "casualties/killed", |_| true),
        "{}",
        claims_dump(&x)
    );
    // a lack is the need itself
    let x = run("Families in the camp have no food and no clean water.");
    assert!(has_claim(&x, "needs/food", |_| true), "{}", claims_dump(&x));
    // a projection keeps its count, marked
    let x = run("Cyclone Mocha could displace up to 10,000 people in Rakhine.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(10000)
            && c.projection),
        "{}",
        claims_dump(&x)
    );
    let x = run("The floods displaced 2,000 people in Rakhine.");
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(2000)
            && !c.projection),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn ministers_of_any_common_portfolio_speak_for_the_government() {
    let x = extractor().extract(
        &text("El ministro de Medio Ambiente y Agua, Carlos Ortuño, informó que el Gobierno invirtió en agua potable en La Paz, Bolivia."),
        Language::Es,
    );
    assert_eq!(
        actor(&x, "/person/Carlos Ortuño").organisation.as_deref(),
        Some("/government/Bolivia")
    );
    let x = run("Nigeria's Education Minister Adamu Adamu said 20 schools were destroyed.");
    assert_eq!(
        actor(&x, "/person/Adamu Adamu").organisation.as_deref(),
        Some("/government/Nigeria")
    );
}

#[test]
fn contact_words_and_unit_names_are_no_person() {
    let x = run(
        "Fax: +33 4 91 59 44 77\n\nWHO Collaborating Centre for Control of Epidemic Meningitis \
         Centers for Disease Control and Prevention Atlanta, GA 30333 United States of America \
         Dr. Tanja Popovic Tel: +1 404 639 17 30 Fax: +1 404 639 31 23",
    );
    assert!(
        !x.actors.iter().any(|a| a.facet.ends_with(" Tel")),
        "{:?}",
        actor_facets(&x)
    );
    let x = extractor().extract(
        &text("Detalló que se prevé la asistencia del gobernador del Beni, Alex Ferrier, las autoridades de Defensa Civil, Comando Estratégico Operacional 'Mamoré', entre otras instituciones."),
        Language::Es,
    );
    assert!(
        !actor_facets(&x)
            .iter()
            .any(|f| f.starts_with("/person/Comando")),
        "{:?}",
        actor_facets(&x)
    );
}

#[test]
fn the_philippine_area_of_responsibility_is_the_country() {
    let x = run("Tembin exited the Philippine Area of Responsibility (PAR) on 22 December.");
    location(&x, "/Philippines");
    assert!(x.actors.is_empty(), "{:?}", actor_facets(&x));
}

#[test]
fn victims_named_by_their_participle_are_counted() {
    let x = extractor().extract(
        &text("Se registran 3 personas fallecidas, 15 desaparecidas y 3 heridas en Villa Santa Lucía."),
        Language::Es,
    );
    for (kind, n) in [
        ("casualties/killed", 3),
        ("casualties/missing", 15),
        ("casualties/injured", 3),
    ] {
        assert!(
            has_claim(&x, kind, |c| c.count == Some(n)),
            "{kind} {n}: {}",
            claims_dump(&x)
        );
    }
    // after a noun the participle is the trigger, not the head
    let x = extractor().extract(
        &text("La population déplacée est estimée à 335 016 individus : 241 987 personnes déplacées internes, 29 337 réfugiés hors camp et 63 692 retournés."),
        Language::Fr,
    );
    assert!(
        has_claim(&x, "displacement/displaced", |c| c.count == Some(241_987)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_disaster_that_left_people_dead() {
    let x = run("A tragic shipwreck in 2014 left over 200 dead off the coast of Libya.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(200)),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_dateline_is_no_place_reported_on() {
    for body in [
        "**Bangui, le 12 décembre 2017** — Le gouvernement a démarré le rapatriement de 1500 réfugiés soudanais.",
        "**La FAO et le PAM**\n\n**20 décembre 2017, Bangui** – Dans un contexte de souffrance humaine intense.",
    ] {
        let x = extractor().extract(&text(body), Language::Fr);
        assert!(
            !facets(&x).iter().any(|f| f.contains("Bangui")),
            "{body}: {:?}",
            facets(&x)
        );
    }
    // a place in a sentence with a date stays
    let x = run("Floods hit Bangui, 15 December 2017 - houses collapsed.");
    assert!(
        facets(&x).iter().any(|f| f.contains("Bangui")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn an_actor_placed_somewhere_speaks_for_itself() {
    // rw-2391124: the first of coordinated speakers, not the country
    // named in their place complement
    let x =
        run("Police and disaster officials in the Philippines say at least 133 people are dead.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/police/Philippines")),
        "{}",
        claims_dump(&x)
    );
    // who-DON0709
    let x = run("WHO officials in Viet Nam said that 20 people have died.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/WHO")),
        "{}",
        claims_dump(&x)
    );
    // a country's body speaks for its government
    let x = run("The Philippines' weather agency says seven typhoons have struck the nation.");
    assert!(
        has_claim(&x, "hazard/storm", |c| c.by.as_deref()
            == Some("/government/Philippines")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn french_and_spanish_reporting_verbs_in_their_other_forms() {
    // an adverb between auxiliary and participle, and the imperfect
    for body in [
        "Le HCR a également souligné que 300 personnes ont été déplacées.",
        "Le HCR a pour sa part déclaré que 300 personnes ont été déplacées.",
        "Le HCR rapportait récemment que 300 personnes ont été déplacées.",
    ] {
        let x = extractor().extract(&text(body), Language::Fr);
        assert!(
            has_claim(&x, "displacement/displaced", |c| c.by.as_deref()
                == Some("/humanitarian/UNHCR")),
            "{body}\n{}",
            claims_dump(&x)
        );
    }
    // the present of an agency writing of itself (rw-2382099)
    let body = "UNICEF estima que más de 400 niños han muerto desde principios del 2017.";
    let x = extractor().extract(&text(body), Language::Es);
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/humanitarian/UNICEF")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_storm_is_no_place_of_its_name() {
    // rw-2379644: Harvey, Illinois is not where Hurricane Harvey struck
    let x = run("After Hurricane Harvey hit Texas, floods in Houston displaced 30,000 people. Harvey made landfall on 25 August.");
    location(&x, "/United States of America/Texas/Houston");
    assert!(
        !x.locations.iter().any(|l| l.facet.ends_with("/Harvey")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn vietnamese_places_lie_in_their_own_provinces() {
    // the raw gazetteer filed Viet Nam's towns under other provinces
    // ("Hanoi" under An Giang, "Phu Quoc" under Đắk Nông)
    let x = run("In Viet Nam, the storm hit Nha Trang and Phu Quoc; Hanoi sent aid.");
    location(&x, "/Viet Nam/Khánh Hòa/Nha Trang");
    location(&x, "/Viet Nam/Kiến Giang/Phu Quoc");
    assert!(
        !x.locations.iter().any(|l| l.facet.contains("An Giang")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn a_district_called_so_names_its_country() {
    // drm-16039: a report that names no country
    let x = run("On 23 March a flood occurred in the district of Vose, destroying 40 houses.");
    location(&x, "/Tajikistan/Khatlon/Vose");
    // not when the report names another country, whose canton the
    // vocabulary lacks (rw-2379194)
    let body = "Au Tchad, le village est administré par le canton de Magui, où 300 personnes sont déplacées.";
    let x = extractor().extract(&text(body), Language::Fr);
    assert!(
        !x.locations.iter().any(|l| l.facet.starts_with("/Colombia")),
        "{:?}",
        facets(&x)
    );
}

#[test]
fn equateur_is_a_province_in_a_report_on_dr_congo() {
    // who-DON1228: the province, not Ecuador's French name
    let x = run("An outbreak of Ebola has been confirmed in the Democratic Republic of the Congo. Cases were reported in Equateur province.");
    location(&x, "/Democratic Republic of the Congo/Équateur");
    assert!(
        !x.locations.iter().any(|l| l.facet == "/Ecuador"),
        "{:?}",
        facets(&x)
    );
    // ... and Ecuador in French
    let x = extractor().extract(
        &text("L'Équateur a été frappé par un séisme : 20 morts à Quito."),
        Language::Fr,
    );
    location(&x, "/Ecuador");
}

#[test]
fn a_region_named_like_its_city_by_an_alias_means_the_city() {
    // rw-2356174: "New York" is the city (its alias), not the state
    let x = run("Zimbabwe: 1 million people on HIV treatment, announced in New York, United States, on 30 November.");
    location(&x, "/United States of America/New York/New York City");
}

#[test]
fn a_sentence_about_another_actor_inherits_no_source() {
    // the paragraph's last source does not reach a sentence whose subject
    // is another actor (who-DON: "WHO is supporting ... health authorities")
    let x = run("The Ministry of Health of Tanzania reported 20 deaths. WHO is supporting the national authorities with vaccination and treatment of patients.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.by.as_deref()
            == Some("/government/Tanzania")),
        "{}",
        claims_dump(&x)
    );
    assert!(
        has_claim(&x, "response/medical", |c| c.by.is_none()),
        "{}",
        claims_dump(&x)
    );
    // ... while a sentence without one still does
    let x = run("The Ministry of Health of Tanzania reported 20 deaths. A further 12 people died on Monday.");
    assert!(
        has_claim(&x, "casualties/killed", |c| c.count == Some(12)
            && c.by.as_deref() == Some("/government/Tanzania")),
        "{}",
        claims_dump(&x)
    );
}

#[test]
fn a_french_compass_division_has_its_english_name() {
    // who-DON1653: "North Kivu" is the province Nord-Kivu, not the Kivu region
    let x = run("The Democratic Republic of Congo (DRC) has reported a sharp increase in the number of cholera cases in the armed conflict area of North Kivu.");
    location(&x, "/Democratic Republic of the Congo/Kivu/Nord Kivu");
    let f = facets(&x);
    assert!(
        !f.contains(&"/Democratic Republic of the Congo/Kivu"),
        "{f:?}"
    );
    location(
        &run("Refugees arrived in Ennedi East, Chad."),
        "/Chad/Ennedi-Est",
    );
}

#[test]
fn a_division_qualifying_its_own_place_is_the_division() {
    // rw-2378659, rw-2388319: after one of its towns, the name is the
    // department or region, not its city of the same name
    for (body, want) in [
        (
            "Desplazamiento masivo en Magüí Payán (Nariño), Colombia.",
            "/Colombia/Nariño",
        ),
        (
            "Se produjo la inundación de viviendas en el distrito de Juliaca - Puno, Perú.",
            "/Peru/Puno",
        ),
    ] {
        location(&extractor().extract(&text(body), Language::Es), want);
    }
    // its government names the division too
    let x = extractor().extract(
        &text("El Gobernador de Chiapas visitó los municipios de La Concordia y Motozintla."),
        Language::Es,
    );
    location(&x, "/Mexico/Chiapas");
}

#[test]
fn a_surname_named_before_is_no_town() {
    // rw-2383979: Jimmy Morales, then "el presidente Morales", is not the
    // town of Morales (Izabal); a country keeps its name
    let x = extractor().extract(
        &text("El presidente de Guatemala, Jimmy Morales, anunció hoy la construcción de 200 viviendas. Así lo dijo el presidente Morales en su discurso en Ayutla."),
        Language::Es,
    );
    assert!(
        !facets(&x).iter().any(|f| f.ends_with("/Morales")),
        "{:?}",
        facets(&x)
    );
    let m = actor(&x, "/person/Jimmy Morales");
    assert_eq!(m.mentions.len(), 2, "{:?}", m.mentions);
}

#[test]
fn a_spanish_or_french_institute_is_an_organisation() {
    // rw-2382074, WHO outbreak news: "El Centro" (California) and
    // "Institut Pasteur" are no place and no person
    let x = extractor().extract(
        &text("El Centro de Periodismo Investigativo de Puerto Rico ofreció un dato distinto: 985 muertos adicionales."),
        Language::Es,
    );
    actor(
        &x,
        "/other/Centro de Periodismo Investigativo de Puerto Rico",
    );
    assert!(
        !facets(&x).iter().any(|f| f.contains("El Centro")),
        "{:?}",
        facets(&x)
    );
    let x = run("Samples were confirmed by the Institut Pasteur de Dakar, Senegal.");
    assert!(
        x.actors.iter().all(|a| a.kind != "person"),
        "{:?}",
        x.actors
    );
    let x = extractor().extract(&text("Las lluvias afectan a Centro América."), Language::Es);
    assert!(x.actors.is_empty(), "{:?}", x.actors);
}

#[test]
fn ministries_named_by_a_lower_case_domain_are_the_state() {
    // rw-2386489: the country after the ministry's domain
    let x = extractor().extract(
        &text("L'initiative conjointe s’effectuera en partenariat avec le Ministère de l'agriculture de la RDC et des ONG locales."),
        Language::Fr,
    );
    let a = actor(&x, "/government/DR Congo");
    assert_eq!(a.mentions[0].text, "Ministère de l'agriculture");
    // rw-2367954: else the report's country
    let x = extractor().extract(
        &text("Au Kasaï, en RDC, l’UNICEF a lancé un appel au Ministère de l’éducation pour qu’il autorise la mise en place d’écoles temporaires."),
        Language::Fr,
    );
    actor(&x, "/government/DR Congo");
    // a capitalised word after the opener is no lower-case domain
    let x = extractor().extract(&text("Le Ministère de Mme Diallo a répondu."), Language::Fr);
    assert!(actor_facets(&x).is_empty(), "{:?}", actor_facets(&x));
}

#[test]
fn a_department_after_the_place_it_serves_is_that_places_government() {
    // rw-2387844
    let x = run("Survivors received $287,000 in Disaster Unemployment Assistance through the Puerto Rico Department of Labor and Human Resources.");
    actor(&x, "/government/Puerto Rico");
    let x = run("The Lagos State Ministry of Health reported three deaths.");
    actor(&x, "/government/Nigeria");
}

#[test]
fn un_peacekeepers_are_the_peace_missions() {
    // rw-2358124, rw-2381784
    let x = run("UN peacekeepers and health partners set up mobile clinics in Wau. The UNMISS HIV/AIDS Unit held peer education training at the UN base.");
    assert_eq!(actor_facets(&x), ["/humanitarian/UNMISS"]);
    let x = run("Two UN Mission staff and two civilians were slightly injured, MINUSMA said.");
    assert_eq!(actor_facets(&x), ["/humanitarian/MINUSMA"]);
    // the UN that speaks, and "UN" with no mission named, stay the UN's
    let x = run("The UN said that UNMISS peacekeepers were deployed to the UN base in Malakal.");
    actor(&x, "/humanitarian/UN");
    let x = run("UN peacekeepers were deployed to the border.");
    actor(&x, "/humanitarian/UN");
}
