//! Example answers that pass every check: a complete draft for any service, applicant kind,
//! action and variant. Used by tests and previews; they describe no real person.
use super::catalogue::{Action, ApplicantKind, ServiceId};
use super::completeness::{checklist, draft_forms, DocumentState};
use super::draft::{Attachment, Draft, Row};
use super::forms::FieldKind;
use std::rc::Rc;

pub const EXAMPLE_IIN: &str = "900102300121";
pub const EXAMPLE_BIN: &str = "150440012344";

/// A valid example value for a field of `kind`.
pub fn value(kind: FieldKind, applicant: ApplicantKind) -> String {
    match kind {
        FieldKind::Text | FieldKind::LongText => "Example answer".into(),
        FieldKind::Email => "office@example.kz".into(),
        FieldKind::Phone => "8 701 123 45 67".into(),
        FieldKind::Iin => EXAMPLE_IIN.into(),
        FieldKind::Bin => EXAMPLE_BIN.into(),
        FieldKind::IinOrBin => match applicant {
            ApplicantKind::Individual => EXAMPLE_IIN.into(),
            ApplicantKind::LegalEntity => EXAMPLE_BIN.into(),
        },
        FieldKind::Iban => "KZ86125KZT5004100100".into(),
        FieldKind::Date => "2027-06-30".into(),
        FieldKind::PastDate => "2026-11-20".into(),
        FieldKind::Quantity => "2".into(),
        FieldKind::CommodityCode => "8543709000".into(),
        FieldKind::EaeuCountry => "Belarus".into(),
        FieldKind::Choice(cs) | FieldKind::MultiChoice(cs) => cs.first().map(|c| c.id).unwrap_or_default().into(),
        FieldKind::Checkbox => "true".into(),
    }
}

/// Every field and one row of every table answered, every required document attached.
pub fn complete(id: ServiceId, action: Action, kind: ApplicantKind, variants: &[&str]) -> Draft {
    let mut draft = Draft::new(id);
    draft.action = action;
    draft.kind = kind;
    draft.variants = variants.iter().map(|v| v.to_string()).collect();
    for form in draft_forms(&draft) {
        for section in form.sections {
            for field in section.fields {
                if field.kind != FieldKind::Checkbox || field.required {
                    draft.answers.insert(field.id.into(), value(field.kind, kind));
                }
            }
            if let Some(t) = section.table {
                let row: Row = t.columns.iter().map(|c| (c.id.to_string(), value(c.kind, kind))).collect();
                draft.tables.insert(t.id.into(), vec![Rc::new(row)]);
            }
        }
    }
    for (doc, state) in checklist(&draft) {
        if state == DocumentState::Missing {
            let name = if doc.extensions.is_empty() { "document.pdf" } else { "notification.xls" };
            draft.attachments.push(Attachment { document: doc.id.into(), name: name.into(), size: 1024, mime: "application/pdf".into(), sha256: "00".repeat(32) });
        }
    }
    draft
}
