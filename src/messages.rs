//! Every user-visible string of the interface, keyed by [`Msg`].
//!
//! Service data (names, documents, forms) carries its own seed wording; this table holds the
//! interface's words. Each message is declared once with its English text; a new language adds a
//! column to the table. `{name}` placeholders are filled by [`fill`].
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
}

macro_rules! messages {
    ($($id:ident => $en:expr,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($id,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$id,)*];
        }

        fn english(msg: Msg) -> &'static str {
            match msg { $(Msg::$id => $en,)* }
        }
    };
}

messages! {
    AppTitle => "KNB public services: the applicant's assistant",
    AppIntro => "Find the service you need, fill in its forms, check your documents and see the fee and the decision date. Nothing you enter leaves this device.",
    SkipToContent => "Skip to main content",
    ServicesHeading => "All eight services",
    Term => "Term",
    Fee => "Fee",
    OnIssue => "Issue",
    OnReissue => "Reissue",
    WorkingDays => "{n} working days",
    Mci => "{n} MCI",
    FreeOfCharge => "Free of charge",
    Source => "Source",
    ContactCentre => "Unified Contact Center: {phone}",
    Disclaimer => "An unofficial assistant based on the Rules approved by KNB order No. 34/қе of 6 May 2020 (as amended). The official text prevails.",
    FinderHeading => "What do you want to do?",
    FinderIntro => "Answer the question that fits, or search the services by name.",
    SearchLabel => "Search the services",
    SearchNoResults => "No service matches your search.",
    SearchResults => "{n} services match your search.",
    ViewService => "About this service",
    StartApplication => "Start or continue the application",
    BackToServices => "All services",
    WhatYouNeed => "What you will need",
    FormsToFill => "Forms to fill in",
    DocumentsToAttach => "Documents",
    RefusalGroundsHeading => "Grounds for refusal: check yourself",
    AppealsHeading => "If you disagree with the decision",
    TimelinePreview => "Timeline",
    WhoMayApply => "Who may apply",
    ResultHeading => "What you receive",
    OtherRequirements => "Other requirements",
    ReissueWindow => "Apply for a reissue within {n} calendar days of the change.",
    StepSetup => "Your application",
    StepDocuments => "Documents",
    StepCheck => "Check and finish",
    Steps => "Steps",
    ApplicantKindLegend => "Who is applying?",
    LegalEntity => "A legal entity (or its branch or representative office)",
    Individual => "An individual (including an individual entrepreneur)",
    ActionLegend => "What do you need?",
    ActionIssue => "A new license",
    ActionReissue => "Reissue (renew) my license after a change",
    ChangeImpactHeading => "Before you change this",
    CarriedOver => "These answers carry over",
    NoLongerApply => "These answers no longer apply (they are kept, but left out of the application)",
    NewQuestions => "New questions",
    NewDocuments => "New documents",
    AttachmentsNoLongerApply => "These attachments no longer apply (kept, not submitted)",
    ApplyChange => "Apply the change",
    KeepCurrent => "Keep my current choice",
    Continue => "Continue",
    Back => "Back",
    Optional => "(optional)",
    ErrorPrefix => "Error:",
    ErrorSummaryTitle => "There is a problem",
    CheckThisForm => "Check this form",
    FormIsComplete => "This form is complete.",
    AddRow => "Add a row",
    RemoveRow => "Remove",
    DuplicateRow => "Duplicate",
    MoveUp => "Move up",
    MoveDown => "Move down",
    RowNumber => "{label} {n}",
    NoRowsYet => "No rows yet.",
    PasteLabel => "Paste rows copied from a spreadsheet (one row per line, columns in the order above)",
    PasteButton => "Add pasted rows",
    PasteAdded => "Line {line}: added.",
    PasteWrongCount => "Line {line}: rejected, it has {found} cells but the table has {expected} columns.",
    PasteInvalid => "Line {line}: rejected, {problems}.",
    RowsCount => "{n} rows",
    DocumentsIntro => "Attach each document the Rules require. Files stay in this browser: only their name, size and a SHA-256 digest are recorded.",
    AttachFile => "Attach a file for: {document}",
    DropHere => "or drop files here",
    RemoveFile => "Remove {name}",
    StateForm => "Filled in this app",
    StateAttached => "Attached",
    StateMissing => "Missing",
    StateNotNeeded => "Not needed",
    StateOptional => "Optional",
    StateOnRequest => "Only if the provider asks for it",
    PaidViaGateway => "I paid (or will pay) through the e-government payment gateway",
    InStateSystems => "This information is already in state information systems",
    EmptyFileRefused => "{name} is empty and was not attached.",
    WrongTypeRefused => "{name} is not accepted here: the Rules require a {types} file.",
    FileReadFailed => "{name} could not be read.",
    ReviewHeading => "Check your answers",
    Change => "Change",
    NotAnswered => "Not answered",
    VerdictReady => "Ready: the package is complete and would pass the provider's completeness check.",
    VerdictNotReady => "Not ready: the provider would return the application as incomplete for these reasons.",
    RisksHeading => "Before you submit",
    RiskFeeNotPaid => "The fee is not paid yet or its proof is not attached: an unpaid fee is a ground for refusal.",
    RiskMciUnknown => "The MCI for {year} is not yet published, so the fee in tenge cannot be computed.",
    RiskReissueOpen => "Reissue deadline: {date} ({n} days left).",
    RiskReissueClosing => "Reissue deadline: {date}, only {n} days left.",
    RiskReissuePassed => "The 30-day reissue deadline passed on {date}.",
    HintIinBirthDate => "This IIN does not encode a birth date: allowed since 2013, but check it.",
    HintBinBranch => "This BIN belongs to a branch or representative office.",
    HintBinNonResident => "This BIN belongs to a non-resident legal entity.",
    SummaryHeading => "Fee and dates",
    PaymentDate => "Payment date",
    SubmissionTime => "Submission time (Astana)",
    RegisteredOn => "Registered on",
    DecisionBy => "Decision by",
    DecisionWorstCase => "If every pause is used in full",
    WithHearing => "If a hearing is held",
    HearingWindow => "Hearing notice by {notice}, hearing by {held}",
    PauseLine => "{name}: {from} – {to} (not counted)",
    ProvisionalYear => "Provisional: {reason}.",
    FeeInTenge => "{mci} MCI = {tenge} tenge ({year}: 1 MCI = {value} tenge)",
    HowCounted => "How the dates are counted",
    InvalidRequired => "Enter this: it is required.",
    InvalidIdLength => "Enter 12 digits.",
    InvalidIdChecksum => "This number's check digit does not match: check for a typing slip.",
    InvalidBinNotIin => "This is an IIN (an individual's number): a legal entity enters its BIN.",
    InvalidIinNotBin => "This is a BIN (a legal entity's number): an individual enters an IIN.",
    InvalidBinEntityType => "This is not a valid BIN: its registration month or entity type is wrong.",
    InvalidIban => "Enter a Kazakhstan IBAN: KZ, 2 check digits and 16 characters, e.g. KZ86 125K ZT50 0410 0100.",
    InvalidEmail => "Enter an e-mail address like name@example.kz.",
    InvalidPhone => "Enter a Kazakhstan number: +7 7xx xxx xx xx or 8 7xx xxx xx xx.",
    InvalidPostalCode => "Enter a 6-digit postal code or a 7-character Kazpost code.",
    InvalidCommodityCode => "Enter the 10-digit EAEU commodity code.",
    InvalidNotEaeuMember => "Transit goes through a member state of the EAEU: Armenia, Belarus, Kazakhstan, Kyrgyzstan or Russia.",
    InvalidDate => "Enter a real date.",
    InvalidDateInFuture => "This date cannot be in the future.",
    InvalidNumber => "Enter a whole number greater than zero.",
    InvalidChoice => "Choose one of the options.",
    ProblemWrongFileType => "The file type is not the one the Rules require.",
    ProblemEmptyFile => "The file is empty.",
    MissingDocument => "Attach this document.",
    MissingTable => "Add at least one row.",
    MissingVariant => "Answer this question.",
    CondRequired => "Required",
    CondUnlessPaidViaGateway => "Not needed if you pay through the e-government payment gateway",
    CondIfAny => "If there are any",
    CondOptional => "Optional: not giving it is no ground for refusal",
    CondIfForeignLanguage => "Only if that document is in a foreign language",
    CondOnRequest => "Only if the provider asks for it",
    CondUnlessInStateSystems => "Not needed for information already in state information systems",
    ForLegalEntity => "legal entity",
    ForIndividual => "individual",
    ForIssue => "issue",
    ForReissue => "reissue",
    StageByDay => "By working day {n}: {name}",
    PauseNotCounted => "{name}: up to {length}, not counted in the term",
    CalendarDays => "{n} calendar days",
    HearingRule => "If a refusal is considered, you are notified at least {notice} working days before the end of the term and heard within {held} working days of the notice.",
    HearingExtends => "A hearing extends the term by {n} working days.",
    ConsideredWithin => "Considered within {n} working days",
    Yes => "Yes",
    No => "No",
    ChangeField => "Change {label}",
    GoToProblem => "Go to it",
    NavServices => "Services",
    NavDrafts => "My drafts ({n})",
    HelpdeskMode => "Help-desk mode",
    DraftsHeading => "My drafts",
    DraftsIntro => "Drafts are kept in this browser only. Export a draft to keep a copy or move it to another device; attachments are listed, not copied.",
    NoDrafts => "No drafts yet. Start an application from the list of services.",
    DraftName => "Name",
    DraftService => "Service",
    DraftApplicant => "Applicant",
    DraftChanged => "Last change",
    DraftStatus => "Status",
    DraftActions => "Actions",
    StatusReady => "Ready",
    StatusNotReady => "Not ready ({n} to do)",
    OpenDraft => "Open",
    RenameDraft => "Rename",
    NewName => "New name for {name}",
    SaveName => "Save name",
    DuplicateDraft => "Duplicate",
    DeleteDraft => "Delete",
    ExportDraft => "Export",
    DraftDeleted => "Draft \"{name}\" deleted.",
    Undo => "Undo",
    ImportHeading => "Import a draft",
    ImportLabel => "Choose a draft file (.json)",
    Imported => "Imported \"{name}\" and opened it.",
    ImportDamaged => "This file is damaged or not complete: nothing was imported.",
    ImportNotADraft => "This file is not a draft of this assistant: nothing was imported.",
    ImportNewer => "This draft was saved by a newer version of the assistant (format {n}): nothing was imported. Please update.",
    ImportTooLarge => "This file is too large to be a draft: nothing was imported.",
    ImportUnreadable => "The file could not be read: nothing was imported.",
    NewDraftForService => "Start a new draft",
    StorageUnavailable => "This browser does not allow saving: your answers stay only while this page is open. Export the draft to keep it.",
    StorageFull => "The browser's storage is full, so the latest changes were not saved. Your answers are still here: export the draft to keep it.",
    StorageCorrupted => "The saved drafts could not be read; they were kept aside unchanged. Your current answers are here: export them to keep a copy.",
    ExportThisDraft => "Export this draft",
    PrintForms => "Print or save as PDF",
    PrintHeading => "Printed forms",
    PrintButton => "Print",
    InventoryHeading => "Document inventory",
    FeeAndTimelineHeading => "Fee and timeline",
    ToProvider => "To",
    FromApplicant => "from",
    DocumentsAttachedCount => "{n} document(s) attached",
    DateOfFilling => "Date of filling",
    Signature => "(signature)",
    ReadBackHeading => "Read-back",
    ReadBackIntro => "Read the questions and answers in order. Both sides can compare the draft code instead of every answer.",
    DraftCode => "Draft code",
    ReferenceCard => "Reference card",
    ProviderHours => "The provider works Monday to Friday, 09:00–19:00 Astana time, lunch 13:00–15:00; the portal accepts applications at any time.",
    NotFoundHeading => "Page not found",
    NotFoundText => "There is nothing at this address.",
}

/// The text of `msg` in `lang`.
pub fn text(msg: Msg, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english(msg),
    }
}

/// Replaces each `{key}` in `template` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |acc, (key, value)| acc.replace(&format!("{{{key}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_a_text_and_placeholders_fill() {
        for msg in Msg::ALL {
            assert!(!text(*msg, Lang::En).trim().is_empty(), "{msg:?}");
        }
        assert_eq!(fill(text(Msg::WorkingDays, Lang::En), &[("n", "15")]), "15 working days");
    }
}
