//! Translations of the seed-derived data (service names, forms, documents, stages, refusal
//! grounds…), keyed by the English wording that the data carries. The interface's own words are
//! in `messages`.
use crate::domain::catalogue::SERVICES;
use crate::domain::finder::QUESTIONS;
use crate::domain::forms::{self, FieldKind};
use crate::messages::Lang;

mod kk;
mod ru;

/// `english` in `lang`; the English itself where no translation exists (a test keeps the
/// tables complete for every language the switch offers).
pub fn translate(english: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Ru => lookup(ru::DATA, english),
        Lang::Kk => lookup(kk::DATA, english),
    }
}

fn lookup(table: &'static [(&'static str, &'static str)], english: &'static str) -> &'static str {
    table.binary_search_by(|(en, _)| (*en).cmp(english)).map(|i| table[i].1).unwrap_or(english)
}

/// Every user-visible string of the data, once each, in a stable order.
pub fn data_texts() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut push = |s: &'static str| {
        if !s.trim().is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    for s in SERVICES {
        for t in [s.name, s.short_name, s.recipients, s.result] {
            push(t);
        }
        if let Some(v) = s.variants {
            push(v.question);
            v.options.iter().for_each(|o| push(o.label));
        }
        if let Some(r) = s.reissue {
            r.grounds.iter().for_each(|g| push(g.text));
        }
        for a in s.actions {
            a.term.stages.iter().for_each(|st| push(st.name));
            a.term.pauses.iter().for_each(|p| push(p.name));
        }
        s.documents.iter().for_each(|d| push(d.name));
        s.refusal_grounds.iter().for_each(|r| push(r.text));
        s.other_requirements.iter().for_each(|r| push(r.text));
        for a in s.appeals {
            push(a.body);
            push(a.text);
        }
    }
    for f in forms::all() {
        for t in [f.title, f.request, f.confirmation, f.signatory] {
            push(t);
        }
        for section in f.sections {
            push(section.title);
            if let Some(n) = section.note {
                push(n);
            }
            let table_fields = section.table.map(|t| {
                push(t.title);
                push(t.row_label);
                t.columns
            });
            for field in section.fields.iter().chain(table_fields.unwrap_or_default()) {
                push(field.label);
                push(field.help);
                if let FieldKind::Choice(cs) | FieldKind::MultiChoice(cs) = field.kind {
                    cs.iter().for_each(|c| push(c.label));
                }
            }
        }
    }
    QUESTIONS.iter().for_each(|q| push(q.text));
    crate::domain::validators::EAEU_MEMBERS.iter().for_each(|m| push(m));
    push(crate::domain::estimate::EXPLANATION);
    for year in [2017, 2027, 2030] {
        if let Some(p) = crate::domain::calendar::provisional(year) {
            push(p.reason);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_text_is_translated_and_no_translation_is_stale() {
        let texts = data_texts();
        assert!(texts.len() > 300);
        for lang in Lang::AVAILABLE.into_iter().filter(|l| *l != Lang::En) {
            let missing: Vec<&str> = texts.iter().copied().filter(|t| translate(t, lang) == *t).collect();
            assert!(missing.is_empty(), "{lang:?} lacks (or copies) {} texts, e.g. {:?}", missing.len(), &missing[..missing.len().min(5)]);
        }
        for table in [ru::DATA, kk::DATA] {
            let stale: Vec<&str> = table.iter().map(|(en, _)| *en).filter(|en| !texts.contains(en)).collect();
            assert!(stale.is_empty(), "translations of texts the data no longer has: {stale:?}");
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "the table is sorted for lookup");
        }
    }

    #[test]
    fn a_service_name_reads_in_russian() {
        let name = crate::domain::catalogue::service(crate::domain::catalogue::ServiceId::CryptoSalePermit).name;
        assert_eq!(translate(name, Lang::Ru), "Выдача разрешения на реализацию (в том числе иную передачу) средств криптографической защиты информации");
        assert_eq!(translate(name, Lang::En), name);
    }
}
