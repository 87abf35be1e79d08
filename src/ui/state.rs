//! All interface state in one reducer (as Yew's function_todomvc): pure, tested natively.
use super::route::Route;
use crate::domain::catalogue::{service, Action as ServiceAction, ApplicantKind, ServiceId};
use crate::domain::completeness::draft_forms;
use crate::domain::draft::{Attachment, Draft, Row, SharedRow};
use crate::domain::forms::paste::LineReport;
use crate::domain::setup::impact;
use crate::store::{Entry, Library};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// A named draft in memory; its draft is shared so unchanged drafts cost nothing to copy.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub id: String,
    pub name: String,
    pub changed_at: String,
    pub draft: Rc<Draft>,
}

/// Who is using the app: an applicant, or help-desk staff reading answers back to a caller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Applicant,
    Helpdesk,
}

/// Why the browser did not keep the drafts; the drafts in memory are kept all the same.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage is switched off or not allowed (private mode, policy).
    Unavailable,
    /// The browser's storage is full.
    Full,
    /// What was stored could not be read; it was kept aside under another key.
    Corrupted,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// Every draft, newest first as the person arranged them.
    pub drafts: Vec<Saved>,
    /// The open draft of each service: its steps show that draft.
    pub open: BTreeMap<ServiceId, String>,
    /// The last deleted draft and its place, for undo.
    pub deleted: Option<(usize, Saved)>,
    /// Grows with every change of the drafts: the autosave watches it.
    pub revision: u64,
    /// The time of the action being applied (RFC 3339), stamped on changed drafts.
    pub now: String,
    /// Makes new draft ids unique: a per-session prefix and a counter.
    pub id_prefix: String,
    pub next_serial: u32,
    pub storage_problem: Option<StorageProblem>,
    /// The outcome of the last import, in the user's words.
    pub import_message: Option<String>,
    pub mode: Mode,
    pub lang: crate::messages::Lang,
    /// SHA-256 digests of the files attached in this browser session: a listed attachment whose
    /// digest is here was checked against the real file (contents are never kept).
    pub verified: BTreeSet<String>,
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
            drafts: Vec::new(),
            open: BTreeMap::new(),
            deleted: None,
            revision: 0,
            now: String::new(),
            id_prefix: "d".into(),
            next_serial: 1,
            storage_problem: None,
            import_message: None,
            mode: Mode::Applicant,
            lang: crate::messages::Lang::En,
            verified: BTreeSet::new(),
            touched: BTreeSet::new(),
            show_all_errors: false,
            pending: None,
            search: String::new(),
            paste_report: None,
            notice: None,
            today,
        }
    }

    /// The open draft of a service (an empty one until the first answer).
    pub fn draft(&self, id: ServiceId) -> Rc<Draft> {
        self.open_entry(id).map(|s| s.draft.clone()).unwrap_or_else(|| Rc::new(Draft::new(id)))
    }

    pub fn open_entry(&self, id: ServiceId) -> Option<&Saved> {
        let open = self.open.get(&id)?;
        self.drafts.iter().find(|s| &s.id == open)
    }

    /// Starts from what the browser kept.
    pub fn with_library(mut self, library: Library) -> Self {
        self.drafts = library.entries.into_iter().map(|e| Saved { id: e.id, name: e.name, changed_at: e.changed_at, draft: Rc::new(e.draft) }).collect();
        self.open = library.open.into_iter().filter(|(_, id)| self.drafts.iter().any(|s| &s.id == id)).collect();
        self
    }

    /// What the browser keeps.
    pub fn library(&self) -> Library {
        Library {
            entries: self.drafts.iter().map(|s| Entry { id: s.id.clone(), name: s.name.clone(), changed_at: s.changed_at.clone(), draft: (*s.draft).clone() }).collect(),
            open: self.open.clone(),
        }
    }

    fn new_id(&mut self) -> String {
        let id = format!("{}-{}", self.id_prefix, self.next_serial);
        self.next_serial += 1;
        id
    }

    /// Adds a draft at the top and opens it.
    fn add(&mut self, name: String, draft: Draft) -> String {
        let id = self.new_id();
        if let Some(service) = draft.service {
            self.open.insert(service, id.clone());
        }
        self.drafts.insert(0, Saved { id: id.clone(), name, changed_at: self.now.clone(), draft: Rc::new(draft) });
        self.revision += 1;
        id
    }
}

/// The name a new draft gets: the service's short name, in the interface language.
pub fn default_name(id: ServiceId, lang: crate::messages::Lang) -> String {
    crate::i18n::translate(service(id).short_name, lang).to_owned()
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
    /// The time of the next action (the app stamps every action with it).
    Clock(String),
    /// A move the person asked for: the app turns it into an address (standalone) or a
    /// `Navigate` (embedded); the reducer itself treats it as `Navigate`.
    Go(Route),
    Navigate(Route),
    NewDraft(ServiceId),
    OpenDraft(String),
    RenameDraft { id: String, name: String },
    DuplicateDraft(String),
    DeleteDraft(String),
    UndoDelete,
    /// A draft read from a file; it is added as a new draft and opened.
    Import(Entry),
    ImportMessage(Option<String>),
    Storage(Option<StorageProblem>),
    SetMode(Mode),
    /// The interface language; the draft itself is language-neutral and keeps every answer.
    SetLang(crate::messages::Lang),
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
    /// Changes the open draft of a service, creating it on the first answer.
    fn edit(&mut self, id: ServiceId, f: impl FnOnce(&mut Draft)) {
        if self.open_entry(id).is_none() {
            self.add(default_name(id, self.lang), Draft::new(id));
        }
        let now = self.now.clone();
        let open = self.open.get(&id).cloned();
        if let Some(saved) = self.drafts.iter_mut().find(|s| Some(&s.id) == open.as_ref()) {
            f(Rc::make_mut(&mut saved.draft));
            saved.changed_at = now;
        }
        self.revision += 1;
    }

    fn replace_open(&mut self, id: ServiceId, draft: Draft) {
        self.edit(id, move |d| *d = draft);
    }

    fn edit_rows(&mut self, id: ServiceId, table: &str, f: impl FnOnce(&mut Vec<SharedRow>)) {
        self.edit(id, |d| {
            let rows = d.tables.entry(table.to_owned()).or_default();
            f(rows);
        });
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Go(route) | Action::Navigate(route) => {
                if route != self.route {
                    self.show_all_errors = false;
                    self.pending = None;
                    self.paste_report = None;
                    self.notice = None;
                }
                self.route = route;
            }
            Action::Preset { service: id, action, variant } => {
                if self.open_entry(id).is_none() {
                    let mut draft = Draft::new(id);
                    if service(id).action(action).is_some() {
                        draft.action = action;
                    }
                    draft.variants = variant.into_iter().collect();
                    self.add(default_name(id, self.lang), draft);
                }
            }
            Action::Clock(now) => self.now = now,
            Action::NewDraft(id) => {
                self.add(default_name(id, self.lang), Draft::new(id));
            }
            Action::OpenDraft(id) => {
                if let Some(service) = self.drafts.iter().find(|s| s.id == id).and_then(|s| s.draft.service) {
                    self.open.insert(service, id);
                    self.revision += 1;
                }
            }
            Action::RenameDraft { id, name } => {
                if let Some(saved) = self.drafts.iter_mut().find(|s| s.id == id) {
                    saved.name = name;
                    self.revision += 1;
                }
            }
            Action::DuplicateDraft(id) => {
                if let Some(saved) = self.drafts.iter().find(|s| s.id == id).cloned() {
                    let suffix = crate::messages::text(crate::messages::Msg::CopySuffix, self.lang);
                    let copy = self.add(format!("{} ({suffix})", saved.name), (*saved.draft).clone());
                    // The copy is opened; the list keeps it next to its original.
                    if let Some(at) = self.drafts.iter().position(|s| s.id == copy) {
                        let moved = self.drafts.remove(at);
                        let original = self.drafts.iter().position(|s| s.id == id).map_or(0, |i| i + 1);
                        self.drafts.insert(original, moved);
                    }
                }
            }
            Action::DeleteDraft(id) => {
                if let Some(at) = self.drafts.iter().position(|s| s.id == id) {
                    let removed = self.drafts.remove(at);
                    self.open.retain(|_, open| *open != id);
                    self.deleted = Some((at, removed));
                    self.revision += 1;
                }
            }
            Action::UndoDelete => {
                if let Some((at, saved)) = self.deleted.take() {
                    if let Some(service) = saved.draft.service {
                        self.open.entry(service).or_insert_with(|| saved.id.clone());
                    }
                    self.drafts.insert(at.min(self.drafts.len()), saved);
                    self.revision += 1;
                }
            }
            Action::Import(entry) => {
                self.add(entry.name, entry.draft);
            }
            Action::ImportMessage(message) => self.import_message = message,
            Action::Storage(problem) => self.storage_problem = problem,
            Action::SetMode(mode) => self.mode = mode,
            Action::SetLang(lang) => self.lang = lang,
            Action::Setup(id, change) => {
                let before = self.draft(id);
                let after = apply_setup((*before).clone(), change);
                let effect = impact(&before, &after);
                if effect.not_applicable.is_empty() && effect.attachments_not_applicable.is_empty() {
                    self.replace_open(id, after);
                    self.pending = None;
                } else {
                    self.pending = Some(after);
                }
            }
            Action::ConfirmSetup => {
                if let Some(draft) = self.pending.take() {
                    if let Some(id) = draft.service {
                        self.replace_open(id, draft);
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
            Action::Attach { service, attachment } => {
                self.verified.insert(attachment.sha256.clone());
                // The same file again (e.g. after an import) confirms the listed one, not a second copy.
                let listed = self.draft(service).attachments.iter().any(|a| a.document == attachment.document && a.sha256 == attachment.sha256);
                if !listed {
                    self.edit(service, |d| d.attachments.push(attachment));
                }
            }
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
