use super::*;
use crate::domain::catalogue::SERVICES;
use std::collections::HashSet;

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn annexes(id: ServiceId, action: Action, kind: ApplicantKind, variants: &[&str]) -> Vec<u8> {
    forms_for(id, action, kind, &strings(variants)).iter().map(|f| f.annex).collect()
}

#[test]
fn the_right_forms_for_each_choice() {
    use Action::*;
    use ApplicantKind::*;
    use ServiceId::*;
    for licence in [StmLicence, CryptoDevLicence] {
        assert_eq!(annexes(licence, Issue, LegalEntity, &["development-production"]), [2, 4]);
        assert_eq!(annexes(licence, Issue, Individual, &[]), [3, 4]);
        assert_eq!(annexes(licence, Reissue, LegalEntity, &[]), [5]);
        assert_eq!(annexes(licence, Reissue, Individual, &[]), [6]);
    }
    assert_eq!(annexes(LeakChannelsLicence, Issue, LegalEntity, &["standard"]), [2, 4]);
    assert_eq!(annexes(LeakChannelsLicence, Issue, Individual, &["operations-centre"]), [3, 5]);
    assert_eq!(annexes(LeakChannelsLicence, Reissue, LegalEntity, &["standard"]), [6]);
    assert_eq!(annexes(LeakChannelsLicence, Reissue, Individual, &[]), [7]);
    for goods in [StmImportExport, CryptoImportExport] {
        assert_eq!(annexes(goods, Issue, LegalEntity, &["transit"]), [3]);
    }
    assert_eq!(annexes(TechnicalStudy, Issue, Individual, &[]), [3]);
    assert_eq!(annexes(CryptoNotification, Issue, LegalEntity, &[]), [2, 3]);
    assert_eq!(annexes(CryptoSalePermit, Issue, LegalEntity, &[]), [2, 4]);
    assert_eq!(annexes(CryptoSalePermit, Issue, Individual, &[]), [3, 4]);
}

#[test]
fn every_form_document_has_a_form_and_every_form_a_document() {
    for s in SERVICES {
        for d in s.documents {
            if let Some(annex) = d.form_annex {
                assert!(form(s.id, annex).is_some(), "{:?} annex {annex}", s.id);
            }
        }
    }
    for f in all() {
        assert!(service(f.service).documents.iter().any(|d| d.form_annex == Some(f.annex)), "{}", f.id());
    }
    assert_eq!(all().count(), 24);
}

#[test]
fn ids_are_unique_and_conditions_point_at_real_things() {
    for f in all() {
        let mut ids = HashSet::new();
        for field in f.fields() {
            assert!(ids.insert(field.id), "{} repeats {}", f.id(), field.id);
        }
        let mut section_ids = HashSet::new();
        for section in f.sections {
            assert!(section_ids.insert(section.id), "{} section id {}", f.id(), section.id);
            if let Some(table) = section.table {
                assert!(ids.insert(table.id), "{} table {}", f.id(), table.id);
                let mut columns = HashSet::new();
                assert!(table.columns.iter().all(|c| columns.insert(c.id)), "{} {}", f.id(), table.id);
            }
        }
        let variants: Vec<&str> = service(f.service).variants.map(|v| v.options.iter().map(|o| o.id).collect()).unwrap_or_default();
        let check = |c: &Condition| match *c {
            Condition::Always => {}
            Condition::Variant(vs) => assert!(vs.iter().all(|v| variants.contains(v)), "{} {vs:?}", f.id()),
            Condition::FieldHas { field, value } => {
                let target = f.fields().find(|x| x.id == field).unwrap_or_else(|| panic!("{} {field}", f.id()));
                match target.kind {
                    FieldKind::Choice(cs) | FieldKind::MultiChoice(cs) => assert!(cs.iter().any(|c| c.id == value)),
                    other => panic!("{} condition on {other:?}", f.id()),
                }
            }
            Condition::Ticked(field) => assert!(f.fields().any(|x| x.id == field && x.kind == FieldKind::Checkbox)),
        };
        for section in f.sections {
            check(&section.condition);
            section.fields.iter().for_each(|x| check(&x.condition));
        }
    }
}

mod seed {
    //! Walks the seed's annex forms and checks both ways: every field's words are in its annex,
    //! and every labelled line of the annex is answered by a field.
    use super::*;

    const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/000_5da1d6562383d47f.txt");

    /// Lower case, words only; mends the translation's spelling slips (seed-map.md).
    fn norm(s: &str) -> String {
        let cleaned: String = s.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
        let words: Vec<&str> = cleaned.split_whitespace().map(|w| if w == "lega" { "legal" } else { w }).collect();
        words.join(" ")
    }

    struct Block {
        service: u8,
        annex: u8,
        lines: Vec<String>,
    }

    /// Splits the seed at its "Annex N" headings; order-level headings ("to the order") and a
    /// restart of annex numbers begin the next service's Rules (Rules 7 has no order heading).
    fn blocks() -> Vec<Block> {
        let text = std::fs::read_to_string(SEED).expect("the seed is at ../shared/seed beside the repository");
        let lines: Vec<&str> = text.lines().collect();
        let mut out: Vec<Block> = Vec::new();
        let (mut service, mut last_annex) = (0u8, 0u8);
        for (i, line) in lines.iter().enumerate() {
            let heading = line.strip_prefix("Annex ").and_then(|rest| rest.split_whitespace().next()).and_then(|n| n.parse::<u8>().ok());
            match heading {
                Some(n) => {
                    let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
                    if line.contains("to the order") || next.trim_start().starts_with("to the order") {
                        service += 1;
                        last_annex = 0;
                        out.push(Block { service: 0, annex: 0, lines: vec![] });
                    } else {
                        if n <= last_annex {
                            service += 1;
                        }
                        last_annex = n;
                        out.push(Block { service, annex: n, lines: vec![] });
                    }
                }
                // The title of the next Rules text ends the last annex of the previous one.
                None if line.starts_with("Rules for provision of") => out.push(Block { service: 0, annex: 0, lines: vec![] }),
                None => {
                    if let Some(b) = out.last_mut() {
                        b.lines.push(line.to_string());
                    }
                }
            }
        }
        out.retain(|b| b.service > 0);
        out
    }

    /// The block holding a form: its own heading, or the nearest earlier one of the same Rules
    /// where the translation lost the heading (Rules 2, Annex 3).
    fn block_of<'a>(blocks: &'a [Block], f: &FormSpec) -> &'a Block {
        let n = f.service.rules_number();
        blocks.iter().filter(|b| b.service == n && b.annex <= f.annex).max_by_key(|b| b.annex).expect("a block for every form")
    }

    fn seeds_of(f: &FormSpec) -> Vec<String> {
        let mut seeds: Vec<String> = Vec::new();
        for section in f.sections {
            seeds.extend(section.fields.iter().filter_map(|x| x.seed).flat_map(|s| s.split('|')).map(norm));
            if let Some(t) = section.table {
                seeds.extend(t.columns.iter().filter_map(|c| c.seed).flat_map(|s| s.split('|')).map(norm));
            }
            seeds.extend(choice_labels(section));
            seeds.push(norm(section.title));
            seeds.extend(section.table.and_then(|t| t.seed).map(norm));
        }
        seeds.push(norm(f.request));
        seeds.retain(|s| !s.is_empty());
        seeds
    }

    /// The options of choice fields answer the seed's numbered options (reissue grounds).
    fn choice_labels(section: &Section) -> Vec<String> {
        section
            .fields
            .iter()
            .flat_map(|x| match x.kind {
                FieldKind::Choice(cs) | FieldKind::MultiChoice(cs) => cs.iter().map(|c| norm(c.label)).collect(),
                _ => vec![],
            })
            .collect()
    }

    #[test]
    fn every_field_is_worded_as_in_its_annex() {
        let blocks = blocks();
        for f in all() {
            let text = norm(&block_of(&blocks, f).lines.join(" "));
            for table in f.sections.iter().filter_map(|s| s.table) {
                let seed = table.seed.unwrap_or_default();
                assert!(text.contains(&norm(seed)), "{}: table {} ({seed:?}) is not in the seed's annex", f.id(), table.id);
            }
            for field in f.fields().chain(f.sections.iter().filter_map(|s| s.table).flat_map(|t| t.columns.iter())) {
                if let Some(seed) = field.seed {
                    let found = seed.split('|').any(|alternative| text.contains(&norm(alternative)));
                    assert!(found, "{}: field {} ({seed:?}) is not in the seed's annex", f.id(), field.id);
                }
            }
        }
    }

    /// Lines of the annex that ask for something: "Label _____", "N) information …", the
    /// columns of a table, and a line followed by its parenthesised hint.
    fn labelled_lines(block: &Block) -> Vec<String> {
        let lines: Vec<&str> = block.lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some(columns) = line.strip_prefix("Item №") {
                out.extend(columns.split('\t').map(norm));
                continue;
            }
            if let Some((label, _)) = line.split_once("_____") {
                out.push(norm(label));
            }
            let numbered = line.split_once(|c| c == ')' || c == '.').is_some_and(|(n, _)| !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()));
            if numbered {
                // Without its number: "4) alienation …" is answered by the choice "Alienation …".
                let text = norm(line);
                out.push(text.split_once(' ').map(|(_, rest)| rest.to_owned()).unwrap_or(text));
            }
            let hinted = lines.get(i + 1).is_some_and(|next| next.starts_with('(') && !next.starts_with("(signature"));
            if hinted && !line.starts_with('(') {
                out.push(norm(line));
            }
        }
        out.retain(|l| l.split(' ').count() >= 1 && l.len() >= 3);
        out
    }

    /// Parts of a form that are not answers: the addressee, the signature lines, the service
    /// provider's own entries, footnotes and notes.
    const NOT_ANSWERS: &[&str] = &[
        "to", "from", "form", "signature", "date of filling", "document s attached", "registered in the register", "it is hereby confirmed",
        "the service provider receives", "approved by", "note", "manager", "authorized person", "the list of questions", "the qualification test", "dated",
        "i ask to issue a license and or annex to the license specify as required to implement", "to engage in", "no", "application",
        "a", "b", "c", "9 date of filling", "is carried out", "registration numbers and dates", "of diploma s", "of the national security bodies",
        "the licensor", "the licensor issued the license", "grounds as well as", "and", "fire alarm", "registration number and date",
        "availability of these means", "documents confirming", "copy", "if necessary", "filled in", "case of import", "through which",
        "in case of", "at that the recipient", "the applicant agrees", "protected by law", "details of the previously issued conclusion",
        "for import and export", "indicate", "full name", "surname", "postal code", "account number", "house", "security bodies",
        "registration", "areas", "issue of the diploma", "on the ownership right", "for issuance of permit",
        "constituting a secret", "numbers and dates", "who issued the license",
    ];

    fn answered(candidate: &str, seeds: &[String]) -> bool {
        // A short seed ("Model", "Bank account") answers only a line that starts with it.
        let covers = |s: &String| {
            if s.split(' ').count() >= 3 {
                candidate.contains(s.as_str()) || s.contains(candidate)
            } else {
                candidate == s || candidate.starts_with(&format!("{s} "))
            }
        };
        NOT_ANSWERS.iter().any(|n| candidate == *n || candidate.starts_with(&format!("{n} "))) || seeds.iter().any(covers)
    }

    #[test]
    fn every_labelled_line_of_an_annex_has_a_field() {
        let blocks = blocks();
        let mut missing = Vec::new();
        for b in &blocks {
            let forms: Vec<&FormSpec> = all().filter(|f| std::ptr::eq(block_of(&blocks, f), b)).collect();
            if forms.is_empty() {
                continue;
            }
            let seeds: Vec<String> = forms.iter().flat_map(|f| seeds_of(f)).collect();
            for candidate in labelled_lines(b) {
                if !answered(&candidate, &seeds) {
                    missing.push(format!("Rules {} Annex {}: {candidate:?}", b.service, b.annex));
                }
            }
        }
        assert!(missing.is_empty(), "lines of the seed's forms with no field:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_seed_splits_into_eight_rules() {
        let blocks = blocks();
        let services: HashSet<u8> = blocks.iter().map(|b| b.service).collect();
        assert_eq!(services.len(), 8, "{:?}", blocks.iter().map(|b| (b.service, b.annex)).collect::<Vec<_>>());
        assert!(blocks.iter().any(|b| b.service == 7 && b.annex == 3 && b.lines.join(" ").contains("Notification")));
    }
}
