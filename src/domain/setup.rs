//! What changes when the applicant kind, action or variant changes: which answers and
//! attachments carry over, which no longer apply (kept, left out of the output) and what is new.
use super::completeness::{checklist, draft_forms, field_shown, section_shown, DocumentState};
use super::draft::Draft;
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Impact {
    /// Answered questions that stay in the application.
    pub carried: Vec<&'static str>,
    /// Answered questions that no longer apply; their answers are kept but not submitted.
    pub not_applicable: Vec<&'static str>,
    /// Questions the new choice adds.
    pub new_questions: Vec<&'static str>,
    /// Attached documents that no longer apply (kept, not submitted).
    pub attachments_not_applicable: Vec<&'static str>,
    /// Documents the new choice adds.
    pub new_documents: Vec<&'static str>,
}

impl Impact {
    pub fn is_empty(&self) -> bool {
        self.not_applicable.is_empty() && self.new_questions.is_empty() && self.attachments_not_applicable.is_empty() && self.new_documents.is_empty()
    }
}

/// (field id, label) of every question shown for the draft, plus table ids with their titles.
fn questions(draft: &Draft) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for form in draft_forms(draft) {
        for section in form.sections.iter().filter(|s| section_shown(s, draft)) {
            out.extend(section.fields.iter().filter(|f| field_shown(f, draft)).map(|f| (f.id, f.label)));
            out.extend(section.table.map(|t| (t.id, t.title)));
        }
    }
    out
}

fn answered(draft: &Draft, id: &str) -> bool {
    draft.answers.get(id).is_some_and(|v| !v.trim().is_empty() && v != "false") || !draft.rows(id).is_empty()
}

pub fn impact(before: &Draft, after: &Draft) -> Impact {
    let old = questions(before);
    let new = questions(after);
    let new_ids: BTreeSet<&str> = new.iter().map(|(id, _)| *id).collect();
    let old_ids: BTreeSet<&str> = old.iter().map(|(id, _)| *id).collect();
    let mut out = Impact::default();
    for (id, label) in &old {
        if answered(before, id) {
            if new_ids.contains(id) {
                out.carried.push(label);
            } else {
                out.not_applicable.push(label);
            }
        }
    }
    out.new_questions = new.iter().filter(|(id, _)| !old_ids.contains(id)).map(|(_, l)| *l).collect();
    let old_docs: Vec<_> = checklist(before);
    let new_docs: Vec<_> = checklist(after);
    let new_doc_ids: BTreeSet<&str> = new_docs.iter().map(|(d, _)| d.id).collect();
    let old_doc_ids: BTreeSet<&str> = old_docs.iter().map(|(d, _)| d.id).collect();
    out.attachments_not_applicable = old_docs.iter().filter(|(d, s)| *s == DocumentState::Attached && !new_doc_ids.contains(d.id)).map(|(d, _)| d.name).collect();
    out.new_documents = new_docs.iter().filter(|(d, s)| !old_doc_ids.contains(d.id) && *s != DocumentState::OnRequest).map(|(d, _)| d.name).collect();
    out.carried.dedup();
    out.not_applicable.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{Action, ApplicantKind, ServiceId};
    use crate::domain::draft::Attachment;

    #[test]
    fn legal_entity_to_individual_keeps_contacts_and_drops_the_bin() {
        let mut before = Draft::new(ServiceId::CryptoDevLicence);
        before.answers.insert("email".into(), "a@b.kz".into());
        before.answers.insert("applicant-bin".into(), "150440012345".into());
        let mut after = before.clone();
        after.kind = ApplicantKind::Individual;
        let i = impact(&before, &after);
        assert!(i.carried.contains(&"E-mail"));
        assert_eq!(i.not_applicable, ["Business identification number (BIN)"]);
        assert!(i.new_questions.contains(&"Individual identification number (IIN)"));
        assert!(i.new_questions.contains(&"Residence address of an individual"));
    }

    #[test]
    fn issue_to_reissue_drops_the_qualification_form_and_adds_change_evidence() {
        let mut before = Draft::new(ServiceId::StmLicence);
        before.variants = vec!["repair-sale".into()];
        before.answers.insert("rs-equipment".into(), "Letter No. 5".into());
        before.attachments.push(Attachment { document: "fee-payment".into(), name: "p.pdf".into(), size: 1, mime: "application/pdf".into(), sha256: String::new() });
        let mut after = before.clone();
        after.action = Action::Reissue;
        let i = impact(&before, &after);
        assert_eq!(i.not_applicable, ["Minimum set of technical means and control and measuring equipment"]);
        assert!(i.new_documents.contains(&"Electronic copies of documents about the changes behind the reissue"));
        assert!(i.attachments_not_applicable.is_empty(), "payment proof applies to both");
        assert!(i.new_questions.contains(&"Grounds for the reissue"));
    }

    #[test]
    fn movement_kind_transit_adds_the_transit_country() {
        let mut before = Draft::new(ServiceId::StmImportExport);
        before.variants = vec!["import".into()];
        before.answers.insert("purpose".into(), "Own needs".into());
        let mut after = before.clone();
        after.variants = vec!["transit".into()];
        let i = impact(&before, &after);
        assert_eq!(i.new_questions, ["Country of transit (a member state of the EAEU)"]);
        assert_eq!(i.not_applicable, ["Purpose of import / export"]);
    }
}
