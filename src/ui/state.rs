//! All interface state in one reducer (as Yew's function_todomvc): pure, tested natively.
use super::route::Route;
use crate::domain::catalogue::{service, Action as ServiceAction, ApplicantKind, ServiceId};
use crate::domain::completeness::draft_forms;
use crate::domain::draft::{Attachment, Draft, Row, SharedRow};
use crate::domain::forms::paste::LineReport;
use crate::domain::setup::impact;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// One draft per service, so moving between services loses nothing.
    pub drafts: BTreeMap<ServiceId, Rc<Draft>>,
    /// Fields (by id) the person has left at least once: their errors show.
    pub touched: BTreeSet<String>,
    /// "Check" was pressed on this screen: every error shows.
    pub show_all_errors: bool,
    /// A set-up change whose effects are shown before it applies.
    pub pending: Option<Draft>,
    pub search: String,
    pub paste_report: Option<(String, Vec<LineReport>)>,
    /// A message about the last attachment (refused file, unreadable file).
    pub notice: Option<String>,
    pub today: NaiveDate,
}

impl AppState {
    pub fn new(today: NaiveDate) -> Self {
        Self {
            route: Route::Home,
            drafts: BTreeMap::new(),
            touched: BTreeSet::new(),
            show_all_errors: false,
            pending: None,
            search: String::new(),
            paste_report: None,
            notice: None,
            today,
        }
    }

    pub fn draft(&self, id: ServiceId) -> Rc<Draft> {
        self.drafts.get(&id).cloned().unwrap_or_else(|| Rc::new(Draft::new(id)))
    }
}

/// The kinds of set-up change, previewed before they apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupChange {
    Kind(ApplicantKind),
    Action(ServiceAction),
    /// Adds or removes one of several variants (service 1 subtypes).
    ToggleVariant(String),
    /// Chooses the single variant (service 3, movement kind).
    ChooseVariant(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Navigate(Route),
    /// Creates the draft of a service with the finder's presets, unless one exists already.
    Preset { service: ServiceId, action: ServiceAction, variant: Option<String> },
    Setup(ServiceId, SetupChange),
    ConfirmSetup,
    CancelSetup,
    SetAnswer { service: ServiceId, field: String, value: String },
    Touch(String),
    ShowAllErrors,
    AddRow { service: ServiceId, table: String },
    RemoveRow { service: ServiceId, table: String, row: usize },
    DuplicateRow { service: ServiceId, table: String, row: usize },
    MoveRow { service: ServiceId, table: String, row: usize, up: bool },
    SetCell { service: ServiceId, table: String, row: usize, column: String, value: String },
    PasteRows { service: ServiceId, table: String, rows: Vec<Row>, report: Vec<LineReport> },
    Attach { service: ServiceId, attachment: Attachment },
    RemoveAttachment { service: ServiceId, index: usize },
    Waive { service: ServiceId, document: String, waived: bool },
    SetPaidOn { service: ServiceId, date: Option<String> },
    SetSubmitAt { service: ServiceId, instant: Option<String> },
    SetSearch(String),
    Notice(Option<String>),
}

fn apply_setup(mut draft: Draft, change: SetupChange) -> Draft {
    match change {
        SetupChange::Kind(kind) => draft.kind = kind,
        SetupChange::Action(action) => draft.action = action,
        SetupChange::ToggleVariant(id) => {
            if let Some(i) = draft.variants.iter().position(|v| *v == id) {
                draft.variants.remove(i);
            } else {
                draft.variants.push(id);
            }
        }
        SetupChange::ChooseVariant(id) => draft.variants = vec![id],
    }
    draft
}

impl AppState {
    fn edit(&mut self, id: ServiceId, f: impl FnOnce(&mut Draft)) {
        let draft = self.drafts.entry(id).or_insert_with(|| Rc::new(Draft::new(id)));
        f(Rc::make_mut(draft));
    }

    fn edit_rows(&mut self, id: ServiceId, table: &str, f: impl FnOnce(&mut Vec<SharedRow>)) {
        self.edit(id, |d| {
            let rows = d.tables.entry(table.to_owned()).or_default();
            f(rows);
        });
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(route) => {
                if route != self.route {
                    self.show_all_errors = false;
                    self.pending = None;
                    self.paste_report = None;
                    self.notice = None;
                }
                self.route = route;
            }
            Action::Preset { service: id, action, variant } => {
                if !self.drafts.contains_key(&id) {
                    let mut draft = Draft::new(id);
                    if service(id).action(action).is_some() {
                        draft.action = action;
                    }
                    draft.variants = variant.into_iter().collect();
                    self.drafts.insert(id, Rc::new(draft));
                }
            }
            Action::Setup(id, change) => {
                let before = self.draft(id);
                let after = apply_setup((*before).clone(), change);
                let effect = impact(&before, &after);
                if effect.not_applicable.is_empty() && effect.attachments_not_applicable.is_empty() {
                    self.drafts.insert(id, Rc::new(after));
                    self.pending = None;
                } else {
                    self.pending = Some(after);
                }
            }
            Action::ConfirmSetup => {
                if let Some(draft) = self.pending.take() {
                    if let Some(id) = draft.service {
                        self.drafts.insert(id, Rc::new(draft));
                    }
                }
            }
            Action::CancelSetup => self.pending = None,
            Action::SetAnswer { service, field, value } => self.edit(service, |d| {
                d.answers.insert(field, value);
            }),
            Action::Touch(field) => {
                self.touched.insert(field);
            }
            Action::ShowAllErrors => self.show_all_errors = true,
            Action::AddRow { service, table } => self.edit_rows(service, &table, |rows| rows.push(Rc::new(Row::new()))),
            Action::RemoveRow { service, table, row } => self.edit_rows(service, &table, |rows| {
                if row < rows.len() {
                    rows.remove(row);
                }
            }),
            Action::DuplicateRow { service, table, row } => self.edit_rows(service, &table, |rows| {
                if let Some(copy) = rows.get(row).cloned() {
                    rows.insert(row + 1, copy);
                }
            }),
            Action::MoveRow { service, table, row, up } => self.edit_rows(service, &table, |rows| {
                let other = if up { row.checked_sub(1) } else { Some(row + 1) };
                if let Some(other) = other.filter(|o| *o < rows.len() && row < rows.len()) {
                    rows.swap(row, other);
                }
            }),
            Action::SetCell { service, table, row, column, value } => self.edit_rows(service, &table, |rows| {
                if let Some(r) = rows.get_mut(row) {
                    Rc::make_mut(r).insert(column, value);
                }
            }),
            Action::PasteRows { service, table, rows: new_rows, report } => {
                self.edit_rows(service, &table, |rows| {
                    // An empty starter row is replaced rather than kept above the pasted ones.
                    rows.retain(|r| r.values().any(|v| !v.trim().is_empty()));
                    rows.extend(new_rows.into_iter().map(Rc::new));
                });
                self.paste_report = Some((table, report));
            }
            Action::Attach { service, attachment } => self.edit(service, |d| d.attachments.push(attachment)),
            Action::RemoveAttachment { service, index } => self.edit(service, |d| {
                if index < d.attachments.len() {
                    d.attachments.remove(index);
                }
            }),
            Action::Waive { service, document, waived } => self.edit(service, |d| {
                if waived {
                    d.waived.insert(document);
                } else {
                    d.waived.remove(&document);
                }
            }),
            Action::SetPaidOn { service, date } => self.edit(service, |d| d.paid_on = date.filter(|s| !s.is_empty())),
            Action::SetSubmitAt { service, instant } => self.edit(service, |d| d.submit_at = instant.filter(|s| !s.is_empty())),
            Action::SetSearch(query) => self.search = query,
            Action::Notice(notice) => self.notice = notice,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// Always a new `Rc`: Yew skips the re-render when the same one comes back.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The steps of an application, in order.
pub fn steps(draft: &Draft) -> Vec<Route> {
    let Some(id) = draft.service else { return vec![] };
    let mut out = vec![Route::Setup(id)];
    out.extend(draft_forms(draft).iter().map(|f| Route::Form(id, f.annex)));
    out.push(Route::Documents(id));
    out.push(Route::Review(id));
    out
}

/// The step before and after `route`, if any.
pub fn neighbours(draft: &Draft, route: Route) -> (Option<Route>, Option<Route>) {
    let all = steps(draft);
    let Some(i) = all.iter().position(|r| *r == route) else { return (None, None) };
    (i.checked_sub(1).map(|p| all[p]), all.get(i + 1).copied())
}

#[cfg(test)]
mod tests;
