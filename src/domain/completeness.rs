//! What the provider's completeness check would return for a draft, each item with its clause,
//! plus refusal risks worth a look before submitting.
use super::calendar::Calendar;
use super::catalogue::{service, Action, DocCondition, DocumentSpec, Fee};
use super::citation::Citation;
use super::draft::Draft;
use super::fees::fee_in_tenge;
use super::forms::validate::{check as check_value, holds, is_given, Context};
use super::forms::{forms_for, Field, FormSpec, Section, Table};
use super::schedule::{reissue_deadline, reissue_window, WindowState};
use super::validators::{Hint, Invalid};
use chrono::NaiveDate;
use serde::Serialize;

/// Where a finding is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Place {
    Service,
    Variant,
    Field { annex: u8, field: &'static str },
    Table { annex: u8, table: &'static str },
    Cell { annex: u8, table: &'static str, row: usize, column: &'static str },
    Document { document: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", content = "reason", rename_all = "snake_case")]
pub enum Problem {
    Missing,
    Invalid(Invalid),
    /// The file is not of a type the Rules require (the notification must be *.xls).
    WrongFileType,
    EmptyFile,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub place: Place,
    pub problem: Problem,
    /// The seed's words for what is missing or wrong.
    pub label: &'static str,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "risk", rename_all = "snake_case")]
pub enum Risk {
    /// No payment proof attached and not declared paid through the gateway (a refusal ground).
    FeeNotPaid { citation: Citation },
    /// The fee's tenge amount cannot be computed for the payment year.
    MciUnknown { year: i32 },
    ReissueWindow { deadline: NaiveDate, state: WindowState, citation: Citation },
    /// A valid value that deserves a second look (e.g. an IIN without a birth date).
    Hint { annex: u8, field: &'static str, hint: Hint },
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub findings: Vec<Finding>,
    pub risks: Vec<Risk>,
}

impl Verdict {
    /// Ready when the provider would find nothing incomplete or invalid.
    pub fn ready(&self) -> bool {
        self.findings.is_empty()
    }
}

pub fn section_shown(section: &Section, draft: &Draft) -> bool {
    holds(section.condition, &draft.variants, |f| draft.answer(f).map(str::to_owned))
}

pub fn field_shown(field: &Field, draft: &Draft) -> bool {
    holds(field.condition, &draft.variants, |f| draft.answer(f).map(str::to_owned))
}

/// The fields and tables of `form` the person sees, in order.
pub fn shown_sections<'a>(form: &'static FormSpec, draft: &'a Draft) -> impl Iterator<Item = &'static Section> + 'a {
    form.sections.iter().filter(move |s| section_shown(s, draft))
}

/// The forms this draft needs.
pub fn draft_forms(draft: &Draft) -> Vec<&'static FormSpec> {
    draft.service.map(|id| forms_for(id, draft.action, draft.kind, &draft.variants)).unwrap_or_default()
}

/// Checks one value as the field's rules say; `None` when it is fine or legitimately empty.
pub fn field_problem(field: &Field, raw: Option<&str>, ctx: Context) -> Option<Problem> {
    let raw = raw.unwrap_or("");
    if !is_given(field.kind, raw) {
        return field.required.then_some(Problem::Missing);
    }
    check_value(field.kind, raw, ctx).err().map(Problem::Invalid)
}

fn check_table(out: &mut Verdict, form: &FormSpec, table: &'static Table, draft: &Draft, ctx: Context) {
    let rows = draft.rows(table.id);
    let filled: Vec<_> = rows.iter().enumerate().filter(|(_, r)| r.values().any(|v| !v.trim().is_empty())).collect();
    if filled.len() < table.min_rows {
        out.findings.push(Finding { place: Place::Table { annex: form.annex, table: table.id }, problem: Problem::Missing, label: table.title, citation: form.citation() });
    }
    for (row, values) in filled {
        for column in table.columns {
            if let Some(problem) = field_problem(column, values.get(column.id).map(String::as_str), ctx) {
                out.findings.push(Finding {
                    place: Place::Cell { annex: form.annex, table: table.id, row, column: column.id },
                    problem,
                    label: column.label,
                    citation: form.citation(),
                });
            }
        }
    }
}

/// How a document of the list stands for this draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentState {
    /// A form filled in this app.
    Form,
    Attached,
    Missing,
    /// Not needed under its condition (declared paid via the gateway, already in state systems,
    /// the document is not in a foreign language).
    NotNeeded,
    Optional,
    /// Only when the provider asks.
    OnRequest,
}

pub fn document_state(doc: &DocumentSpec, draft: &Draft) -> DocumentState {
    if doc.form_annex.is_some() {
        return DocumentState::Form;
    }
    let attached = draft.attachments_for(doc.id).next().is_some();
    match doc.condition {
        _ if attached => DocumentState::Attached,
        DocCondition::Required => DocumentState::Missing,
        DocCondition::UnlessPaidViaGateway | DocCondition::UnlessInStateSystems if draft.waived.contains(doc.id) => DocumentState::NotNeeded,
        DocCondition::UnlessPaidViaGateway | DocCondition::UnlessInStateSystems => DocumentState::Missing,
        DocCondition::IfForeignLanguage if draft.answer("authority-document-foreign") == Some("true") => DocumentState::Missing,
        DocCondition::IfForeignLanguage => DocumentState::NotNeeded,
        DocCondition::IfAny | DocCondition::Optional => DocumentState::Optional,
        DocCondition::OnRequest => DocumentState::OnRequest,
    }
}

/// The document list of this draft's service, action, applicant kind and variant.
pub fn checklist(draft: &Draft) -> Vec<(&'static DocumentSpec, DocumentState)> {
    let Some(id) = draft.service else { return vec![] };
    service(id).documents.iter().filter(|d| d.applies.matches(draft.action, draft.kind, &draft.variants)).map(|d| (d, document_state(d, draft))).collect()
}

pub fn check(draft: &Draft, today: NaiveDate) -> Verdict {
    let mut out = Verdict::default();
    let Some(id) = draft.service else {
        out.findings.push(Finding { place: Place::Service, problem: Problem::Missing, label: "Service", citation: Citation::paragraph(1, 1) });
        return out;
    };
    let svc = service(id);
    if let Some(spec) = svc.variants {
        let chosen = spec.options.iter().filter(|o| draft.variants.iter().any(|v| v == o.id)).count();
        if chosen == 0 || (!spec.multiple && chosen > 1) {
            out.findings.push(Finding { place: Place::Variant, problem: Problem::Missing, label: spec.question, citation: spec.cite });
        }
    }
    let ctx = Context { kind: draft.kind, today };
    for form in draft_forms(draft) {
        for section in shown_sections(form, draft) {
            for field in section.fields.iter().filter(|f| field_shown(f, draft)) {
                let raw = draft.answer(field.id);
                if let Some(problem) = field_problem(field, raw, ctx) {
                    out.findings.push(Finding { place: Place::Field { annex: form.annex, field: field.id }, problem, label: field.label, citation: form.citation() });
                } else if let Some(Ok(accepted)) = raw.filter(|r| is_given(field.kind, r)).map(|r| check_value(field.kind, r, ctx)) {
                    out.risks.extend(accepted.hints.into_iter().map(|hint| Risk::Hint { annex: form.annex, field: field.id, hint }));
                }
            }
            if let Some(table) = section.table {
                check_table(&mut out, form, table, draft, ctx);
            }
        }
    }
    for (doc, state) in checklist(draft) {
        if state == DocumentState::Missing {
            out.findings.push(Finding { place: Place::Document { document: doc.id }, problem: Problem::Missing, label: doc.name, citation: doc.cite });
        }
        for a in draft.attachments_for(doc.id) {
            let lower = a.name.to_lowercase();
            let problem = if a.size == 0 {
                Some(Problem::EmptyFile)
            } else if !doc.extensions.is_empty() && !doc.extensions.iter().any(|e| lower.ends_with(e)) {
                Some(Problem::WrongFileType)
            } else {
                None
            };
            if let Some(problem) = problem {
                out.findings.push(Finding { place: Place::Document { document: doc.id }, problem, label: doc.name, citation: doc.cite });
            }
        }
    }
    if let Some(spec) = svc.action(draft.action) {
        if let Fee::Mci { tenths, cite } = spec.fee {
            let paid_via_gateway = draft.waived.contains("fee-payment");
            let proof = draft.attachments_for("fee-payment").next().is_some();
            if !paid_via_gateway && !proof {
                out.risks.push(Risk::FeeNotPaid { citation: cite });
            }
            let paid_on = draft.paid_on.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).unwrap_or(today);
            if fee_in_tenge(tenths, paid_on).is_err() {
                use chrono::Datelike;
                out.risks.push(Risk::MciUnknown { year: paid_on.year() });
            }
        }
    }
    if let (Action::Reissue, Some(reissue)) = (draft.action, svc.reissue) {
        if let Some(changed) = draft.answer("change-date").and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
            let deadline = reissue_deadline(&mut Calendar::new(), changed, reissue.window_calendar_days);
            out.risks.push(Risk::ReissueWindow { deadline, state: reissue_window(deadline, today), citation: reissue.window_cite });
        }
    }
    out
}

#[cfg(test)]
mod tests;
